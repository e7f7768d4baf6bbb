// The CBS readers never write sentences for people: they return problems as typed objects, and the
// UI turns each code into Dutch or English text in one place. A problem says what is wrong and
// where (feature or row number, column, value), so the text can point at the exact spot.

/** How much a problem matters: severities ordered from "left something out" to "for the record". */
export type CbsProblemSeverity = 'error' | 'warning' | 'info';

/** How serious each kind of problem is; `error` means a file, feature, row or join was not used. */
export const cbsProblemSeverity = {
	// The whole file.
	'empty-file': 'error',
	'crs-unsupported': 'error',
	'crs-mismatch': 'error',
	'coordinates-lat-lon-swapped': 'error',
	'coordinates-unrecognised': 'error',
	'missing-code-column': 'error',
	'duplicate-column': 'warning',
	'ambiguous-column': 'info',
	'csv-syntax': 'warning',
	'csv-field-count': 'warning',
	// One feature or row; an error means it was skipped.
	'not-a-record': 'error',
	'missing-code': 'error',
	'invalid-code': 'error',
	'duplicate-code': 'error',
	'missing-year': 'error',
	'invalid-year': 'error',
	'missing-name': 'warning',
	'missing-geometry': 'error',
	'unsupported-geometry': 'error',
	'invalid-coordinates': 'error',
	'coordinates-out-of-range': 'error',
	'empty-geometry': 'error',
	'ring-closed': 'warning',
	'ring-too-short': 'warning',
	'invalid-value': 'warning',
	'conflicting-values': 'warning',
	// Joining figures to boundaries.
	'row-without-area': 'warning',
	'area-without-row': 'warning',
	'year-mismatch': 'warning'
} as const satisfies Record<string, CbsProblemSeverity>;

/** Every kind of problem the CBS readers report, as a kebab-case code. */
export type CbsProblemCode = keyof typeof cbsProblemSeverity;

/** Where in a file a problem is: a 1-based feature number, or a 1-based row (CSV header = row 1). */
export interface ProblemLocation {
	/** The feature's position in a FeatureCollection, counting from 1. */
	feature?: number;
	/** The row as a spreadsheet shows it (CSV header = row 1), or the position in a JSON array from 1. */
	row?: number;
}

/** One thing wrong with CBS input, precise enough to find and fix it in the file. */
export interface CbsProblem extends ProblemLocation {
	code: CbsProblemCode;
	severity: CbsProblemSeverity;
	/** The column or property name as written in the file. */
	column?: string;
	/** Several columns, when the problem is about how they relate. */
	columns?: string[];
	/** The offending value as text, cut to 80 characters. */
	value?: string;
	/** The CBS area code the problem is about. */
	areaCode?: string;
	/** The year the problem is about (a reference year, e.g. 2024). */
	year?: number;
	/** The indicator id from `methodology/indicators.json`. */
	indicator?: string;
	/** Which polygon of a multipolygon, counting from 1. */
	polygon?: number;
	/** Which ring of a polygon, counting from 1 (1 = the outer ring). */
	ring?: number;
}

/** Details of a problem besides its code and severity. */
export type CbsProblemDetails = Omit<CbsProblem, 'code' | 'severity'>;

const maxValueLength = 80;

/** The text of any value for a problem report, cut to at most 80 characters. */
export function valueText(value: unknown): string {
	let text: string;
	if (typeof value === 'string') text = value;
	else if (value === undefined) text = '';
	else {
		try {
			text = JSON.stringify(value) ?? String(value);
		} catch {
			text = String(value);
		}
	}
	return text.length > maxValueLength ? `${text.slice(0, maxValueLength - 1)}…` : text;
}

/** Builds a problem of the given code, with the severity that code always has. */
export function cbsProblem(code: CbsProblemCode, details: CbsProblemDetails = {}): CbsProblem {
	return { code, severity: cbsProblemSeverity[code], ...details };
}
