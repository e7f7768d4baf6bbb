import { offerSchema } from '../../domain/records';
import type { OfferDraft } from './drafts';
import type { OfferField } from './import-fields';
import type { RowReader } from './row-reader';
import type { ImportVocabulary } from './vocabulary';

/** Fields an offers file must have a column for; the others have a default or may stay empty. */
export const requiredOfferFields: readonly OfferField[] = ['name', 'kind', 'categories'];

// Text limits come from the record schema, so the two cannot drift apart.
const { name, organisation, description } = offerSchema.shape;
const maxLength = {
	name: name.maxLength ?? Infinity,
	organisation: organisation.maxLength ?? Infinity,
	description: description.maxLength ?? Infinity
};

/**
 * Reads one row as an offer. A field without a column gets its default (status `actief`, no
 * target groups, no location, area, reach, capacity or check date, empty texts); an empty cell
 * in a column that is there is reported where the field requires a value, never defaulted.
 * `lastVerified` is never set to the import date: a date nobody checked would be invented.
 */
export function readOffer(
	r: RowReader<OfferField>,
	vocabulary: ImportVocabulary,
	recordSource: string
): OfferDraft {
	return {
		name: r.text('name', { max: maxLength.name, required: true }),
		organisation: r.text('organisation', { max: maxLength.organisation }),
		kind: r.term('kind', vocabulary.offerKinds, 'unknown-offer-kind', { required: true }) ?? '',
		categories: r.terms('categories', vocabulary.categories, 'unknown-category', {
			required: true
		}),
		targetGroups: r.terms('targetGroups', vocabulary.targetGroups, 'unknown-target-group'),
		location: r.location({ lon: 'lon', lat: 'lat', location: 'location' }),
		areaCode: r.areaCode('areaCode'),
		reachMeters: r.number('reachMeters', { above: 0 }),
		capacity: r.number('capacity', { min: 0 }),
		status: r.has('status')
			? (r.term('status', vocabulary.statuses, 'unknown-status', { required: true }) ?? 'actief')
			: 'actief',
		lastVerified: r.date('lastVerified'),
		description: r.text('description', { max: maxLength.description }),
		source: recordSource
	};
}
