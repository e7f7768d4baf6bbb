import type { PersonalDataKind } from '../../domain/privacy/finding';

// Import code never writes sentences for users: it names what is wrong with a code and the facts
// needed to say it (row, field, value), and the UI turns those into Dutch or English text.

/** Problems that make the whole file unusable as it is; no row can be imported. */
export const fileProblemCodes = [
	'empty-file',
	'no-header',
	'no-rows',
	'blank-column-name',
	'duplicate-column-name',
	'unclosed-quote',
	'not-geojson',
	'no-features',
	'missing-column',
	'unknown-column',
	'invalid-option'
] as const;

/** Problems with one row (or one GeoJSON feature); they block saving until fixed. */
export const rowProblemCodes = [
	'row-length-mismatch',
	'malformed-quote',
	'invalid-feature',
	'unsupported-geometry',
	'invalid-coordinates',
	'coordinates-look-like-rd',
	'coordinates-swapped',
	'coordinates-outside-netherlands',
	'incomplete-location',
	'missing-value',
	'too-long',
	'not-a-number',
	'ambiguous-number',
	'out-of-range',
	'invalid-date',
	'invalid-area-code',
	'unknown-category',
	'unknown-target-group',
	'unknown-offer-kind',
	'unknown-need-source',
	'unknown-status',
	'unknown-count-unit',
	'unknown-confidence',
	'named-resident',
	'schema-mismatch'
] as const;

/** A problem that stops the whole file from being imported. */
export type FileProblemCode = (typeof fileProblemCodes)[number];

/** A problem that stops one row from being imported. */
export type RowProblemCode = (typeof rowProblemCodes)[number];

/** Every kind of import problem. */
export type ImportProblemCode = FileProblemCode | RowProblemCode;

/** One thing wrong with an imported file, precise enough for the UI to point at the cell. */
export interface ImportProblem {
	code: ImportProblemCode;
	/** The row as a spreadsheet numbers it (header = 1), or the GeoJSON feature number (first = 1). */
	row?: number;
	/** The import field (`name`, `categories`, …) or option the problem is about. */
	field?: string;
	/** The column header in the file the value came from. */
	column?: string;
	/** The 1-based position of a column, for columns without a usable name. */
	columnNumber?: number;
	/** The offending value, cut to at most 80 characters. */
	value?: string;
	/** For `row-length-mismatch`: the number of cells expected and found. */
	expected?: number;
	found?: number;
	/** For `too-long` and `out-of-range`: the allowed bounds (characters or the field's unit). */
	min?: number;
	max?: number;
}

/** A row that can be imported but holds something worth a second look. */
export interface ImportWarning {
	code: 'personal-data';
	/** The row as a spreadsheet numbers it (header = 1), or the GeoJSON feature number. */
	row: number;
	field: string;
	column?: string;
	kind: PersonalDataKind;
	/** Where in the cell's text, as UTF-16 offsets (`end` exclusive), so the UI can highlight it. */
	start: number;
	end: number;
	/** The text found, cut to at most 80 characters. */
	value: string;
}

/** The longest value a problem repeats, in characters. */
export const maxProblemValueLength = 80;

/** Cuts a value to at most 80 characters, ending in `…` when cut. */
export function truncateValue(value: string): string {
	return value.length <= maxProblemValueLength
		? value
		: `${value.slice(0, maxProblemValueLength - 1)}…`;
}
