import Papa from 'papaparse';
import { unescapeFormula } from '../csv/write-csv';
import { truncateValue, type ImportProblem } from './problems';
import type { ParseResult, Table } from './table';

// CSV from spreadsheets, read with papaparse (quoted fields, quoted newlines, any line ending).
// Rows are numbered as the spreadsheet numbers them: the header is row 1, a blank line keeps its
// number, and a quoted newline does not start a new row. The GeoJSON reader lives beside this
// one and is re-exported here, so both ways into a table are found in one place.
export { parseGeoJsonRecords } from './parse-geojson';

type Delimiter = ';' | '\t' | ',';
const delimiters: readonly Delimiter[] = [';', '\t', ','];

/**
 * The delimiter of a CSV text: whichever of `;`, tab and `,` occurs most often (outside quotes)
 * in its first non-blank line. Only the header line is used because headers rarely hold commas,
 * while data often does (decimal commas, lists of categories); ties and none go to `,`.
 */
export function detectDelimiter(text: string): Delimiter {
	const counts = { ';': 0, '\t': 0, ',': 0 };
	let quoted = false;
	let seenContent = false;
	for (const char of text) {
		if (char === '"') quoted = !quoted;
		else if (!quoted && (char === '\n' || char === '\r')) {
			if (seenContent) break;
		} else if (!quoted && char in counts) counts[char as keyof typeof counts]++;
		if (char.trim() !== '') seenContent = true;
	}
	const best = delimiters.reduce<Delimiter>((a, b) => (counts[b] > counts[a] ? b : a), ',');
	return counts[best] > 0 ? best : ',';
}

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');
const looksLikeData = (cell: string) => /^[-+]?\d+(?:[.,]\d+)*$/.test(cell.trim());

/** Reads CSV text (`,`, `;` or tab separated, with or without BOM) into a table of text cells. */
export function parseCsv(text: string): ParseResult {
	const content = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	if (content.trim() === '') return { ok: false, problems: [{ code: 'empty-file' }] };

	const parsed = Papa.parse<string[]>(content, {
		delimiter: detectDelimiter(content),
		skipEmptyLines: false
	});
	const unclosed = parsed.errors.find((e) => e.code === 'MissingQuotes');
	if (unclosed) {
		return { ok: false, problems: [{ code: 'unclosed-quote', row: (unclosed.row ?? 0) + 1 }] };
	}
	const malformed = new Set(
		parsed.errors.filter((e) => e.code === 'InvalidQuotes').map((e) => e.row)
	);
	const records = parsed.data;

	const headerIndex = records.findIndex((cells) => !isBlank(cells));
	const header = (records[headerIndex] ?? []).map((name) => name.trim());
	if (header.every((name) => name === '' || looksLikeData(name))) {
		return { ok: false, problems: [{ code: 'no-header', row: headerIndex + 1 }] };
	}
	const width = header.findLastIndex((name) => name !== '') + 1;
	const columns = header.slice(0, width);
	const problems = checkHeader(columns, headerIndex + 1);

	const table: Table = { origin: 'csv', columns, rows: [], rowNumbers: [], problems: [] };
	for (let i = headerIndex + 1; i < records.length; i++) {
		const cells = records[i]!;
		if (isBlank(cells)) continue;
		const row = i + 1;
		if (malformed.has(i)) {
			table.problems.push({ code: 'malformed-quote', row });
			continue;
		}
		// Spreadsheets often write empty cells past the last named column; those are dropped.
		const extra = cells.slice(width);
		if (cells.length < width || !isBlank(extra)) {
			table.problems.push({
				code: 'row-length-mismatch',
				row,
				expected: width,
				found: cells.length
			});
			continue;
		}
		// Cells this app (or a careful spreadsheet) escaped against formulas come back as typed.
		table.rows.push((extra.length ? cells.slice(0, width) : cells).map(unescapeFormula));
		table.rowNumbers.push(row);
	}
	// A column with a blank name but values in it cannot be mapped.
	const unnamedWithData = header.findIndex(
		(_name, i) => i >= width && records.some((cells) => (cells[i] ?? '').trim() !== '')
	);
	if (unnamedWithData >= 0) {
		problems.push({ code: 'blank-column-name', columnNumber: unnamedWithData + 1 });
	}
	if (problems.length) return { ok: false, problems };
	if (table.rows.length === 0 && table.problems.length === 0) {
		return { ok: false, problems: [{ code: 'no-rows' }] };
	}
	return { ok: true, table };
}

/** Finds blank and duplicate names among the named columns of a header row. */
function checkHeader(columns: readonly string[], row: number): ImportProblem[] {
	const problems: ImportProblem[] = [];
	const seen = new Set<string>();
	columns.forEach((name, i) => {
		if (name === '') {
			problems.push({ code: 'blank-column-name', row, columnNumber: i + 1 });
			return;
		}
		const key = name.toLowerCase();
		if (seen.has(key)) {
			problems.push({
				code: 'duplicate-column-name',
				row,
				column: name,
				columnNumber: i + 1,
				value: truncateValue(name)
			});
		}
		seen.add(key);
	});
	return problems;
}
