import Papa from 'papaparse';
import { cbsProblem, type CbsProblem, type ProblemLocation } from './problems';

// A CBS table saved as CSV: a header row, then one row per area. CBS and spreadsheet programs
// write `,` or `;` (Dutch Excel, with decimal commas), sometimes a byte-order mark, and quote
// fields that hold the delimiter. Row numbers are kept as a spreadsheet shows them.

/** A table read from a file: unique column names and one record of cells per row. */
export interface SourceTable {
	/** Column names in file order, trimmed and unique. */
	columns: string[];
	/** One record per non-empty row; a cell the row lacks is absent. */
	records: { values: Record<string, unknown>; where: ProblemLocation }[];
	problems: CbsProblem[];
}

const candidateDelimiters = [',', ';', '\t'] as const;

/** The delimiter the header line uses most (outside quotes): `,`, `;` or tab; `,` when none. */
export function detectDelimiter(text: string): string {
	const counts = new Map<string, number>();
	let quoted = false;
	for (const char of text) {
		if (char === '"') quoted = !quoted;
		else if (!quoted && (char === '\n' || char === '\r')) break;
		else if (!quoted) counts.set(char, (counts.get(char) ?? 0) + 1);
	}
	let best = ',';
	for (const delimiter of candidateDelimiters) {
		if ((counts.get(delimiter) ?? 0) > (counts.get(best) ?? 0)) best = delimiter;
	}
	return best;
}

/**
 * Parses CSV text with a header row into a table: detects the delimiter (or takes it from Excel's
 * `sep=` line), drops a byte-order mark, skips empty rows, and reports syntax errors and rows of
 * the wrong length with their spreadsheet row number (header = row 1); a second column of the
 * same name is reported and ignored.
 */
export function parseCsvTable(text: string): SourceTable {
	const clean = text.replace(/^\uFEFF/, '');
	// Excel's `sep=;` line names the delimiter; Excel hides it, so the header is still row 1.
	const hint = /^sep=([^\r\n])\r?\n/i.exec(clean);
	const body = hint ? clean.slice(hint[0].length) : clean;
	const parsed = Papa.parse<string[]>(body, {
		delimiter: hint?.[1] ?? detectDelimiter(body),
		header: false,
		skipEmptyLines: false
	});
	const problems: CbsProblem[] = parsed.errors.map((error) =>
		cbsProblem('csv-syntax', {
			...(error.row === undefined ? {} : { row: error.row + 1 }),
			value: error.code
		})
	);
	const [header = [], ...rows] = parsed.data;
	const columns: string[] = [];
	const keep: { index: number; name: string }[] = [];
	header.forEach((raw, index) => {
		const name = raw.trim();
		if (name === '') return;
		if (columns.includes(name)) {
			problems.push(cbsProblem('duplicate-column', { row: 1, column: name }));
			return;
		}
		columns.push(name);
		keep.push({ index, name });
	});
	const records: SourceTable['records'] = [];
	rows.forEach((fields, i) => {
		const row = i + 2;
		if (fields.every((field) => field.trim() === '')) return;
		if (fields.length !== header.length) {
			problems.push(cbsProblem('csv-field-count', { row, value: `${fields.length}` }));
		}
		// fromEntries defines own properties, so even a column called `__proto__` stays a cell.
		const cells = keep.filter(({ index }) => index < fields.length);
		const values = Object.fromEntries(cells.map(({ index, name }) => [name, fields[index]]));
		records.push({ values, where: { row } });
	});
	return { columns, records, problems };
}
