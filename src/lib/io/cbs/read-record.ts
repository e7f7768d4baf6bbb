import type { Indicator } from '../../domain/methodology/schema';
import { areaSchema } from '../../domain/records';
import { parseCbsCode, type CbsCode, type CbsLevel } from './cbs-code';
import { readCbsValue } from './cbs-value';
import { cbsProblem, valueText, type CbsProblem, type ProblemLocation } from './problems';
import type { RecordLayout } from './record-layout';

// One row of a CBS table (a CSV row, a JSON object, a feature's properties) read into an area's
// code, level, year, name and indicator values. Shared by the boundary and figure readers, so the
// two agree on every rule.

/** What every CBS reader needs to know besides the file. */
export interface CbsReadOptions {
	/** The reference year for records without a `jaar` column (e.g. 2024). */
	year?: number;
	/** The indicators to read, from `methodology/indicators.json`. */
	indicators: readonly Indicator[];
}

/** What one CBS record says about one area. */
export interface CbsRecord {
	/** The CBS area code, trimmed (`BU03440111`, `WK034401`, `GM0344`). */
	code: string;
	level: CbsLevel;
	/** The reference year of the boundaries or figures (e.g. 2024). */
	year: number;
	/** The area's name, when the record has one. */
	name?: string;
	/** Indicator values by id (units per indicators.json); null = present but suppressed/unknown. */
	indicators: Record<string, number | null>;
}

/** The cells of one record by column name; a column the record lacks is absent or undefined. */
export type RecordValues = Readonly<Record<string, unknown>>;

function cell(values: RecordValues, column: string): unknown {
	return Object.hasOwn(values, column) ? values[column] : undefined;
}

function isFilled(raw: unknown): boolean {
	return raw !== undefined && raw !== null && !(typeof raw === 'string' && raw.trim() === '');
}

function readCode(
	values: RecordValues,
	layout: RecordLayout,
	where: ProblemLocation,
	problems: CbsProblem[]
): CbsCode | null {
	let invalid: { column: string; raw: unknown } | undefined;
	const attempt = (column: string, level?: CbsLevel): CbsCode | null => {
		const raw = cell(values, column);
		const parsed = parseCbsCode(raw);
		if (parsed && (!level || parsed.level === level)) return parsed;
		if (isFilled(raw)) invalid ??= { column, raw };
		return null;
	};
	for (const column of layout.genericCodeColumns) {
		const parsed = attempt(column);
		if (parsed) return parsed;
	}
	const levelColumns = layout.levelCodeColumns;
	for (const column of levelColumns?.columns ?? []) {
		const parsed = attempt(column, levelColumns?.level);
		if (parsed) return parsed;
	}
	if (invalid) {
		const { column, raw } = invalid;
		problems.push(cbsProblem('invalid-code', { ...where, column, value: valueText(raw) }));
	} else {
		const column = layout.genericCodeColumns[0] ?? levelColumns?.columns[0];
		problems.push(cbsProblem('missing-code', { ...where, ...(column ? { column } : {}) }));
	}
	return null;
}

function validYear(raw: unknown): number | null {
	const text = typeof raw === 'string' ? raw.trim() : raw;
	const year = typeof text === 'string' && /^\d{4}$/.test(text) ? Number(text) : text;
	const parsed = areaSchema.shape.year.safeParse(year);
	return parsed.success ? parsed.data : null;
}

function readYear(
	values: RecordValues,
	layout: RecordLayout,
	defaultYear: number | undefined,
	where: ProblemLocation,
	problems: CbsProblem[]
): number | null {
	const column = layout.yearColumns.find((c) => isFilled(cell(values, c)));
	const raw = column === undefined ? defaultYear : cell(values, column);
	if (raw === undefined) {
		problems.push(cbsProblem('missing-year', where));
		return null;
	}
	const year = validYear(raw);
	if (year === null) {
		const details = { ...where, ...(column ? { column } : {}), value: valueText(raw) };
		problems.push(cbsProblem('invalid-year', details));
	}
	return year;
}

function readName(values: RecordValues, layout: RecordLayout, level: CbsLevel): string | undefined {
	for (const column of [...layout.levelNameColumns[level], ...layout.genericNameColumns]) {
		const raw = cell(values, column);
		if (typeof raw === 'string' && raw.trim() !== '') return raw.trim();
	}
	return undefined;
}

function readIndicators(
	values: RecordValues,
	layout: RecordLayout,
	where: ProblemLocation,
	problems: CbsProblem[]
): Record<string, number | null> {
	const indicators: Record<string, number | null> = {};
	for (const [indicator, columns] of Object.entries(layout.indicators.columns)) {
		let found: { column: string; value: number | null } | undefined;
		for (const column of columns) {
			const raw = cell(values, column);
			if (raw === undefined) continue;
			const read = readCbsValue(raw);
			if (read.kind === 'invalid') {
				problems.push(
					cbsProblem('invalid-value', { ...where, column, indicator, value: read.text })
				);
			}
			const value = read.kind === 'number' ? read.value : null;
			// The first column with a figure wins; a later, different figure is reported.
			if (!found || (found.value === null && value !== null)) found = { column, value };
			else if (value !== null && found.value !== null && value !== found.value) {
				const pair = [found.column, column];
				const details = { indicator, columns: pair, value: `${found.value}; ${value}` };
				problems.push(cbsProblem('conflicting-values', { ...where, ...details }));
			}
		}
		if (found) indicators[indicator] = found.value;
	}
	return indicators;
}

/**
 * Reads one record: its code (reported and null when missing or invalid), year (the record's
 * `jaar`, else `defaultYear`, else reported and null), name and indicator values; every problem
 * found goes into `problems`, located by `where`.
 */
export function readRecord(
	values: RecordValues,
	layout: RecordLayout,
	defaultYear: number | undefined,
	where: ProblemLocation,
	problems: CbsProblem[]
): CbsRecord | null {
	const code = readCode(values, layout, where, problems);
	const year = readYear(values, layout, defaultYear, where, problems);
	const indicators = readIndicators(values, layout, where, problems);
	if (!code || year === null) return null;
	const name = readName(values, layout, code.level);
	return { code: code.code, level: code.level, year, ...(name ? { name } : {}), indicators };
}
