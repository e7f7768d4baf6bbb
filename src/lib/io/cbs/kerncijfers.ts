import { NabuurError } from '../../domain/errors';
import { parseCsvTable, type SourceTable } from './csv-table';
import { cbsProblem, type CbsProblem, type ProblemLocation } from './problems';
import { readRecord, type CbsReadOptions, type CbsRecord } from './read-record';
import { hasCodeColumn, layoutProblems, planRecordLayout } from './record-layout';

// Kerncijfers wijken en buurten (CBS key figures) without boundaries: a CSV export, a JSON array,
// the properties of a GeoJSON file, or a StatLine OData response (`{ value: [...] }`). Each row
// becomes the figures of one area in one year, to be joined to boundaries by code and year.

/** The figures of one area in one year, with where they stand in the file. */
export type KerncijferRow = CbsRecord & ProblemLocation;

/** What a file of CBS figures held, and everything that was wrong with it. */
export interface KerncijfersResult {
	/** One row per area and year, in file order. */
	rows: KerncijferRow[];
	problems: CbsProblem[];
	/** The columns each found indicator was read from (preferred first), by indicator id. */
	matchedIndicators: Record<string, string[]>;
	/** Ids of indicators the file has no column for. */
	missingIndicators: string[];
	/** Columns not used for code, name, year or an indicator, in file order. */
	ignoredColumns: string[];
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readTable(table: SourceTable, options: CbsReadOptions): KerncijfersResult {
	const layout = planRecordLayout(table.columns, options.indicators);
	const result: KerncijfersResult = {
		rows: [],
		problems: [...table.problems, ...layoutProblems(layout)],
		matchedIndicators: layout.indicators.columns,
		missingIndicators: layout.indicators.missing,
		ignoredColumns: layout.ignoredColumns
	};
	const { problems } = result;
	if (table.records.length === 0) {
		problems.push(cbsProblem('empty-file'));
		return result;
	}
	if (!hasCodeColumn(layout)) {
		problems.push(cbsProblem('missing-code-column'));
		return result;
	}
	const seen = new Set<string>();
	for (const { values, where } of table.records) {
		const record = readRecord(values, layout, options.year, where, problems);
		if (!record) continue;
		const key = `${record.code}|${record.year}`;
		if (seen.has(key)) {
			const details = { ...where, areaCode: record.code, year: record.year };
			problems.push(cbsProblem('duplicate-code', details));
			continue;
		}
		seen.add(key);
		result.rows.push({ ...record, ...where });
	}
	return result;
}

/**
 * Reads CBS figures from CSV text with a header row (`,` or `;`, optional byte-order mark, quoted
 * fields); row numbers in problems are spreadsheet rows, header = row 1.
 */
export function readKerncijfersCsv(text: string, options: CbsReadOptions): KerncijfersResult {
	return readTable(parseCsvTable(text), options);
}

function jsonItems(input: unknown): { items: unknown[]; where: (i: number) => ProblemLocation } {
	if (Array.isArray(input)) return { items: input, where: (i) => ({ row: i + 1 }) };
	if (isObject(input) && input.type === 'FeatureCollection' && Array.isArray(input.features)) {
		return { items: input.features, where: (i) => ({ feature: i + 1 }) };
	}
	if (isObject(input) && Array.isArray(input.value)) {
		return { items: input.value, where: (i) => ({ row: i + 1 }) };
	}
	throw new NabuurError(
		'file-unreadable',
		'expected an array of rows, a GeoJSON FeatureCollection or a StatLine OData { value: [...] }'
	);
}

/**
 * Reads CBS figures from parsed JSON: an array of row objects, a GeoJSON FeatureCollection (its
 * properties) or a StatLine OData response `{ value: [...] }`; `row` in problems is the 1-based
 * position in the array, `feature` the 1-based feature number.
 * @throws NabuurError 'file-unreadable' when the input has none of these shapes.
 */
export function readKerncijfersJson(input: unknown, options: CbsReadOptions): KerncijfersResult {
	const { items, where } = jsonItems(input);
	const isCollection = isObject(input) && input.type === 'FeatureCollection';
	const table: SourceTable = { columns: [], records: [], problems: [] };
	const columns = new Set<string>();
	items.forEach((item, i) => {
		const values = isCollection && isObject(item) ? item.properties : item;
		if (!isObject(values) && !(isCollection && isObject(item))) {
			table.problems.push(cbsProblem('not-a-record', where(i)));
			return;
		}
		const cells = isObject(values) ? values : {};
		for (const key of Object.keys(cells)) columns.add(key);
		table.records.push({ values: cells, where: where(i) });
	});
	table.columns = [...columns];
	return readTable(table, options);
}
