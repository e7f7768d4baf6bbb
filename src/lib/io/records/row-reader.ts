import { findPersonalData } from '../../domain/privacy/find-personal-data';
import type { LonLat } from '../../domain/records';
import { parseAreaCode } from './area-code';
import type { ColumnMapping } from './import-fields';
import { checkLonLat } from './coordinates';
import { parseDate } from './parse-date';
import { parseLocationText } from './parse-location';
import { parseDecimal } from './parse-number';
import {
	truncateValue,
	type ImportProblem,
	type ImportWarning,
	type RowProblemCode
} from './problems';
import type { Table } from './table';
import type { TermLookup } from './vocabulary';

/** How a free-text cell is read and checked. */
export interface TextRules {
	/** The longest text allowed, in characters. */
	max: number;
	/** True if the cell may not be empty. */
	required?: boolean;
	/** True if a named person (`mevrouw Jansen`) is an error here rather than a warning. */
	namesAreErrors?: boolean;
}

/** How a number cell is read and checked, bounds in the field's own unit. */
export interface NumberRules {
	required?: boolean;
	/** The smallest value allowed. */
	min?: number;
	/** A bound the value must be above (exclusive). */
	above?: number;
}

// Lists of categories or target groups in one cell: `taal; digitale-hulp`, `taal, vervoer`, `a|b`.
const listSeparator = /[;,|]/;

/**
 * Reads the cells of one row field by field, turning text into typed values and collecting a
 * problem for every value it cannot use and a warning for personal data in free text.
 */
export class RowReader<F extends string> {
	/** Problems found in this row; the row can be imported only when there are none. */
	readonly problems: ImportProblem[] = [];
	/** Warnings for this row; they do not block the import. */
	readonly warnings: ImportWarning[] = [];
	/** The row's number as a spreadsheet shows it (header = 1), or its GeoJSON feature number. */
	readonly row: number;
	readonly #cells: readonly string[];

	constructor(
		private readonly table: Table,
		private readonly index: number,
		private readonly mapping: ColumnMapping<F>
	) {
		this.row = table.rowNumbers[index] ?? index + 1;
		this.#cells = table.rows[index] ?? [];
	}

	/** True if the field is read from a column of the file. */
	has(field: F): boolean {
		return this.mapping[field] !== null;
	}

	/** The cell's text for a field, trimmed; empty when the field has no column. */
	cell(field: F): string {
		const column = this.mapping[field];
		return column === null ? '' : (this.#cells[column] ?? '').trim();
	}

	/** Records a problem with a field's value; returns null so callers can `return this.report(…)`. */
	report(
		code: RowProblemCode,
		field: F,
		value = this.cell(field),
		extra?: Partial<ImportProblem>
	): null {
		const column = this.mapping[field];
		this.problems.push({
			code,
			row: this.row,
			field,
			...(column !== null && { column: this.table.columns[column] }),
			...(value !== '' && { value: truncateValue(value) }),
			...extra
		});
		return null;
	}

	/** Reads free text, checks its length and looks for personal data in it. */
	text(field: F, rules: TextRules): string {
		const text = this.cell(field);
		if (text === '' && rules.required) this.report('missing-value', field);
		if (text.length > rules.max) this.report('too-long', field, text, { max: rules.max });
		for (const finding of text ? findPersonalData(text) : []) {
			const value = truncateValue(text.slice(finding.start, finding.end));
			if (finding.kind === 'person-name' && rules.namesAreErrors) {
				this.report('named-resident', field, value);
				continue;
			}
			const column = this.mapping[field];
			this.warnings.push({
				code: 'personal-data',
				row: this.row,
				field,
				...(column !== null && { column: this.table.columns[column] }),
				kind: finding.kind,
				start: finding.start,
				end: finding.end,
				value
			});
		}
		return text;
	}

	/** Reads a number (`,` or `.` decimals); null when the cell is empty or the value is unusable. */
	number(field: F, rules: NumberRules = {}): number | null {
		const text = this.cell(field);
		if (text === '') return rules.required ? this.report('missing-value', field) : null;
		const result = parseDecimal(text);
		if (!result.ok) return this.report(result.code, field);
		const { min, above } = rules;
		if (
			(min !== undefined && result.value < min) ||
			(above !== undefined && result.value <= above)
		) {
			return this.report('out-of-range', field, text, { min: min ?? above });
		}
		return result.value;
	}

	/** Reads a date as `YYYY-MM-DD`; null when the cell is empty or not a real date. */
	date(field: F, rules: { required?: boolean } = {}): string | null {
		const text = this.cell(field);
		if (text === '') return rules.required ? this.report('missing-value', field) : null;
		return parseDate(text) ?? this.report('invalid-date', field);
	}

	/** Reads one id from its id or Dutch or English label; null when empty or unknown. */
	term<T extends string>(
		field: F,
		lookup: TermLookup<T>,
		unknown: RowProblemCode,
		rules: { required?: boolean } = {}
	): T | null {
		const text = this.cell(field);
		if (text === '') return rules.required ? this.report('missing-value', field) : null;
		return lookup(text) ?? this.report(unknown, field);
	}

	/** Reads a list of ids separated by `;`, `,` or `|`, without duplicates, in the order given. */
	terms(
		field: F,
		lookup: TermLookup,
		unknown: RowProblemCode,
		rules: { required?: boolean } = {}
	): string[] {
		const ids = new Set<string>();
		let unknownFound = false;
		for (const part of this.cell(field).split(listSeparator)) {
			const text = part.trim();
			if (text === '') continue;
			const id = lookup(text);
			if (id) {
				ids.add(id);
			} else {
				this.report(unknown, field, text);
				unknownFound = true;
			}
		}
		if (ids.size === 0 && rules.required && !unknownFound) this.report('missing-value', field);
		return [...ids];
	}

	/** Reads a CBS or team area code; null when the cell is empty or holds no code. */
	areaCode(field: F): string | null {
		const text = this.cell(field);
		if (text === '') return null;
		return parseAreaCode(text) ?? this.report('invalid-area-code', field);
	}

	/**
	 * Reads the row's point: from the longitude and latitude columns when either has a value,
	 * else from the one-cell location column, else from the GeoJSON geometry; null when none.
	 */
	location(fields: { lon: F; lat: F; location: F }): LonLat | null {
		const lon = this.cell(fields.lon);
		const lat = this.cell(fields.lat);
		if (lon !== '' || lat !== '') {
			if (lon === '' || lat === '') {
				return this.report('incomplete-location', lon === '' ? fields.lon : fields.lat, '');
			}
			const x = parseDecimal(lon, { fractionExpected: true });
			if (!x.ok) return this.report('not-a-number', fields.lon);
			const y = parseDecimal(lat, { fractionExpected: true });
			if (!y.ok) return this.report('not-a-number', fields.lat);
			const code = checkLonLat(x.value, y.value);
			return code ? this.report(code, fields.lon, `${lon}, ${lat}`) : [x.value, y.value];
		}
		const text = this.cell(fields.location);
		if (text !== '') {
			const point = parseLocationText(text);
			return point.ok ? point.value : this.report(point.code, fields.location);
		}
		return this.table.locations?.[this.index] ?? null;
	}
}
