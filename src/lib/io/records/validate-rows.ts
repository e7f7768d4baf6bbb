import type { z } from 'zod';
import type { Methodology } from '../../domain/methodology/load';
import { needDraftSchema, offerDraftSchema, type NeedDraft, type OfferDraft } from './drafts';
import type { ColumnMapping, NeedMapping, OfferMapping } from './import-fields';
import type { ImportProblem, ImportWarning } from './problems';
import { readNeed, requiredNeedFields } from './read-need';
import { readOffer, requiredOfferFields } from './read-offer';
import { RowReader } from './row-reader';
import type { Table } from './table';
import { importVocabulary } from './vocabulary';

/** Choices for a whole file that its columns do not make. */
export interface ValidateOptions {
	/** Stored as each offer's `source`, e.g. `import: aanbod.csv`; defaults to `import`. */
	recordSource?: string;
	/**
	 * The need source id for every row when the file has no source column. Defaults to
	 * `signaal-professional`: lists of needs handed to a wijk team are most often a professional's
	 * registration (wijkteam, welfare worker); the UI should let the team pick another.
	 */
	defaultNeedSource?: string;
}

/** A row that can be saved: its number as the spreadsheet shows it, and what it becomes. */
export interface ImportedRow<D> {
	row: number;
	draft: D;
}

/** The outcome of checking every row: rows ready to save, problems that block, and warnings. */
export interface ValidationResult<D> {
	valid: ImportedRow<D>[];
	/** Every problem, from reading the file and from its values, ordered by row. */
	problems: ImportProblem[];
	warnings: ImportWarning[];
}

type Reader<F extends string, D> = (r: RowReader<F>) => D;

/** Problems with the mapping itself: columns that do not exist, required fields without one. */
function checkMapping<F extends string>(
	table: Table,
	mapping: ColumnMapping<F>,
	required: readonly F[]
): ImportProblem[] {
	const problems: ImportProblem[] = [];
	for (const [field, column] of Object.entries<number | null>(mapping)) {
		const exists =
			column === null || (Number.isInteger(column) && column >= 0 && column < table.columns.length);
		if (!exists) problems.push({ code: 'unknown-column', field, columnNumber: column + 1 });
	}
	for (const field of required) {
		if (mapping[field] === null) problems.push({ code: 'missing-column', field });
	}
	return problems;
}

/** Checks the mapping, then reads every row; a row is valid only if nothing is wrong with it. */
function validate<F extends string, D>(
	table: Table,
	mapping: ColumnMapping<F>,
	required: readonly F[],
	optionProblems: ImportProblem[],
	read: Reader<F, D>,
	schema: z.ZodType<D>
): ValidationResult<D> {
	const fileProblems = [...optionProblems, ...checkMapping(table, mapping, required)];
	if (fileProblems.length) return { valid: [], problems: fileProblems, warnings: [] };

	const blocked = new Set(table.problems.map((p) => p.row));
	const valid: ImportedRow<D>[] = [];
	const problems = [...table.problems];
	const warnings: ImportWarning[] = [];
	for (let i = 0; i < table.rows.length; i++) {
		const reader = new RowReader(table, i, mapping);
		const draft = read(reader);
		if (reader.problems.length === 0) {
			// The readers build values the schema accepts; this guards that promise as code changes.
			const checked = schema.safeParse(draft);
			if (!checked.success) {
				const issue = checked.error.issues[0];
				reader.problems.push({
					code: 'schema-mismatch',
					row: reader.row,
					field: String(issue?.path[0] ?? '')
				});
			}
		}
		problems.push(...reader.problems);
		warnings.push(...reader.warnings);
		if (reader.problems.length === 0 && !blocked.has(reader.row)) {
			valid.push({ row: reader.row, draft });
		}
	}
	problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
	return { valid, problems, warnings };
}

/** Checks every row of an offers table against the methodology and returns drafts, problems and warnings. */
export function validateOffers(
	table: Table,
	mapping: OfferMapping,
	methodology: Pick<Methodology, 'taxonomy'>,
	options: ValidateOptions = {}
): ValidationResult<OfferDraft> {
	const vocabulary = importVocabulary(methodology.taxonomy);
	const source = options.recordSource ?? 'import';
	const problems: ImportProblem[] = [];
	if (source.length > 200) problems.push({ code: 'invalid-option', field: 'recordSource' });
	return validate(
		table,
		mapping,
		requiredOfferFields,
		problems,
		(r) => readOffer(r, vocabulary, source),
		offerDraftSchema
	);
}

/** Checks every row of a needs table against the methodology and returns drafts, problems and warnings. */
export function validateNeeds(
	table: Table,
	mapping: NeedMapping,
	methodology: Pick<Methodology, 'taxonomy'>,
	options: ValidateOptions = {}
): ValidationResult<NeedDraft> {
	const vocabulary = importVocabulary(methodology.taxonomy);
	const problems: ImportProblem[] = [];
	const source = vocabulary.needSources(options.defaultNeedSource ?? 'signaal-professional');
	if (!source && mapping.source === null) {
		problems.push({
			code: 'invalid-option',
			field: 'defaultNeedSource',
			value: options.defaultNeedSource ?? 'signaal-professional'
		});
	}
	return validate(
		table,
		mapping,
		requiredNeedFields,
		problems,
		(r) => readNeed(r, vocabulary, source ?? ''),
		needDraftSchema
	);
}
