import { needSchema } from '../../domain/records';
import type { NeedDraft } from './drafts';
import type { NeedField } from './import-fields';
import type { RowReader } from './row-reader';
import type { ImportVocabulary } from './vocabulary';

/** Fields a needs file must have a column for; the others have a default or may stay empty. */
export const requiredNeedFields: readonly NeedField[] = ['category', 'targetGroup', 'date'];

// The note's limit comes from the record schema, so the two cannot drift apart.
const maxNoteLength = needSchema.shape.note.maxLength ?? Infinity;

/**
 * Reads one row as a need signal. A field without a column gets its default (count 1,
 * countUnit `personen`, confidence `middel`, source `defaultSource`, no area or location, empty
 * note); an empty or bad cell in a column that is there is reported, never defaulted. A note
 * that names a person (`mevrouw Jansen`) is an error: needs are aggregate, never a resident.
 */
export function readNeed(
	r: RowReader<NeedField>,
	vocabulary: ImportVocabulary,
	defaultSource: string
): NeedDraft {
	const required = { required: true };
	return {
		category: r.term('category', vocabulary.categories, 'unknown-category', required) ?? '',
		targetGroup:
			r.term('targetGroup', vocabulary.targetGroups, 'unknown-target-group', required) ?? '',
		areaCode: r.areaCode('areaCode'),
		location: r.location({ lon: 'lon', lat: 'lat', location: 'location' }),
		count: r.has('count') ? (r.number('count', { above: 0, required: true }) ?? 1) : 1,
		countUnit: r.has('countUnit')
			? (r.term('countUnit', vocabulary.countUnits, 'unknown-count-unit', required) ?? 'personen')
			: 'personen',
		source: r.has('source')
			? (r.term('source', vocabulary.needSources, 'unknown-need-source', required) ?? defaultSource)
			: defaultSource,
		date: r.date('date', required) ?? '',
		confidence: r.has('confidence')
			? (r.term('confidence', vocabulary.confidences, 'unknown-confidence', required) ?? 'middel')
			: 'middel',
		note: r.text('note', { max: maxNoteLength, namesAreErrors: true })
	};
}
