import Papa from 'papaparse';

/** A cell of a CSV file: text, a number, or empty. */
export type CsvCell = string | number | null;

/** Characters that make a spreadsheet read a cell as a formula. */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * Makes a text cell safe against formula injection: a cell starting with `=`, `+`, `-`, `@`, tab
 * or carriage return gets a leading apostrophe, so spreadsheets show it as text. Numbers are
 * written as numbers and need no escaping.
 */
export function escapeFormula(text: string): string {
	return formulaStart.test(text) ? `'${text}` : text;
}

/**
 * Reads back a cell that `escapeFormula` wrote: the apostrophe in front of `=`, `+`, `-`, `@`, tab
 * or carriage return is dropped, so an exported name imports as it was typed.
 */
export function unescapeFormula(text: string): string {
	return text.startsWith("'") && formulaStart.test(text.slice(1)) ? text.slice(1) : text;
}

/**
 * Writes rows as CSV (comma-separated, every text quoted where needed, `\r\n` line ends as RFC 4180
 * asks). Numbers use a decimal point; NaN and null become empty cells.
 */
export function writeCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
	const cell = (value: CsvCell) =>
		value === null || (typeof value === 'number' && !Number.isFinite(value))
			? ''
			: typeof value === 'number'
				? String(value)
				: escapeFormula(value);
	return Papa.unparse(
		{ fields: header.map((name) => escapeFormula(name)), data: rows.map((row) => row.map(cell)) },
		{ newline: '\r\n', escapeFormulae: false }
	);
}
