import type { ImportedArea } from './boundaries';
import type { KerncijferRow } from './kerncijfers';
import { cbsProblem, type CbsProblem } from './problems';

// Boundaries and figures often come in separate files. CBS codes are reused across years after
// re-divisions, so a row only belongs to an area when code AND year agree; the same code in
// another year is reported on its own, because it usually means the user picked the wrong file.

/** Areas with figures joined in, and what did not fit. */
export interface JoinResult {
	/** The areas in their original order; those with a matching row carry its figures. */
	areas: ImportedArea[];
	problems: CbsProblem[];
	/** How many areas received figures from a row (count). */
	joined: number;
}

function keyOf(code: string, year: number): string {
	return `${code}|${year}`;
}

/**
 * Joins CBS figures to areas on code and year: a row's figure overrides the area's, while a
 * suppressed (null) figure only fills an indicator the area lacks, so no known figure is lost.
 * Reports rows without an area, areas without a row, and codes that match in another year.
 */
export function joinKerncijfers(
	areas: readonly ImportedArea[],
	rows: readonly KerncijferRow[]
): JoinResult {
	const rowByKey = new Map<string, KerncijferRow>();
	const rowYears = new Map<string, number[]>();
	for (const row of rows) {
		const key = keyOf(row.code, row.year);
		if (rowByKey.has(key)) continue;
		rowByKey.set(key, row);
		rowYears.set(row.code, [...(rowYears.get(row.code) ?? []), row.year]);
	}
	const areaKeys = new Set(areas.map((a) => keyOf(a.code, a.year)));
	const areaCodes = new Set(areas.map((a) => a.code));

	const problems: CbsProblem[] = [];
	let joined = 0;
	const joinedAreas = areas.map((area) => {
		const row = rowByKey.get(keyOf(area.code, area.year));
		if (!row) {
			const otherYears = rowYears.get(area.code);
			const details = { areaCode: area.code, year: area.year };
			if (otherYears) {
				const value = otherYears.join(', ');
				problems.push(cbsProblem('year-mismatch', { ...details, value }));
			} else {
				problems.push(cbsProblem('area-without-row', details));
			}
			return area;
		}
		joined++;
		const indicators = { ...area.indicators };
		for (const [id, value] of Object.entries(row.indicators)) {
			if (value !== null || !Object.hasOwn(indicators, id)) indicators[id] = value;
		}
		return { ...area, indicators };
	});

	for (const row of rowByKey.values()) {
		if (areaKeys.has(keyOf(row.code, row.year)) || areaCodes.has(row.code)) continue;
		const { row: at, feature } = row;
		const location = at !== undefined ? { row: at } : feature !== undefined ? { feature } : {};
		problems.push(
			cbsProblem('row-without-area', { ...location, areaCode: row.code, year: row.year })
		);
	}
	return { areas: joinedAreas, problems, joined };
}
