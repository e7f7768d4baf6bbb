import { confidenceLevels, type GapScores } from '$lib/domain/scoring/result';

// The ranked table of gaps: one row per area × category, read from the same `GapScores` as the
// heatmap, so both always show the same numbers.

/** One area × category of the ranked table. */
export interface GapRow {
	/** Area index into `scores.areaCodes`. */
	a: number;
	/** Category index into `scores.categoryIds`. */
	c: number;
	/** Stable key, `areaCode:categoryId`. */
	key: string;
	/** Relative index; null = no score. */
	index: number | null;
	/** Band index into the scoring parameters' bands; null = no score. */
	band: number | null;
	/** 0 hoog, 1 middel, 2 laag; null = no score. */
	confidence: number | null;
	/** Summed counts of need signals, in people or households. */
	needs: number;
	/** Number of need signals (records). */
	signals: number;
	/** Supply, in people per month. */
	supply: number;
	/** Supply ÷ reported need (1 = 100 %); null when no need was reported. */
	coverage: number | null;
}

/** Columns the table can be sorted by. */
export const sortColumns = [
	'area',
	'category',
	'index',
	'confidence',
	'needs',
	'supply',
	'coverage'
] as const;

/** A column the table can be sorted by. */
export type SortColumn = (typeof sortColumns)[number];

/** How the table is sorted. */
export interface GapSort {
	column: SortColumn;
	direction: 'ascending' | 'descending';
}

/** The default order: the largest gap first. */
export const defaultSort: GapSort = { column: 'index', direction: 'descending' };

const orNull = (value: number) => (Number.isNaN(value) ? null : value);

/**
 * The rows of the table: every area × category, or only those of category `c`. Areas in the
 * scores' order (by code), categories in methodology order.
 */
export function gapRows(scores: GapScores, c: number | null = null): GapRow[] {
	const categories = scores.categoryIds.length;
	const rows: GapRow[] = [];
	for (let a = 0; a < scores.areaCodes.length; a++) {
		for (let k = 0; k < categories; k++) {
			if (c !== null && k !== c) continue;
			const cell = a * categories + k;
			const scored = !Number.isNaN(scores.index[cell]);
			rows.push({
				a,
				c: k,
				key: `${scores.areaCodes[a]}:${scores.categoryIds[k]}`,
				index: orNull(scores.index[cell]),
				band: scored ? scores.band[cell] : null,
				confidence: scored ? scores.confidence[cell] : null,
				needs: scores.needs[cell],
				signals: scores.signals[cell],
				supply: scores.supply[cell],
				coverage: orNull(scores.coverage[cell])
			});
		}
	}
	return rows;
}

/**
 * The rows in the order asked for. Cells without a value in the sorted column come last in either
 * direction; ties keep area order, then category order, so the result never depends on the input
 * order.
 *
 * @param areaName the display name of area `a`
 * @param categoryName the display name of category `c`
 */
export function sortGapRows(
	rows: readonly GapRow[],
	sort: GapSort,
	areaName: (a: number) => string,
	categoryName: (c: number) => string
): GapRow[] {
	const sign = sort.direction === 'ascending' ? 1 : -1;
	const compare = (x: GapRow, y: GapRow): number => {
		switch (sort.column) {
			case 'area':
				return areaName(x.a).localeCompare(areaName(y.a));
			case 'category':
				return categoryName(x.c).localeCompare(categoryName(y.c));
			default:
				return compareNullable(value(x, sort.column), value(y, sort.column), sign);
		}
	};
	return [...rows].sort((x, y) => {
		const primary = compare(x, y);
		if (primary !== 0) {
			// Missing values are placed by compareNullable already; only names flip with direction.
			return sort.column === 'area' || sort.column === 'category' ? sign * primary : primary;
		}
		return x.a - y.a || x.c - y.c;
	});
}

/** The number a column sorts on; confidence runs from laag (lowest) to hoog (highest). */
function value(row: GapRow, column: Exclude<SortColumn, 'area' | 'category'>): number | null {
	if (column === 'confidence') {
		return row.confidence === null ? null : confidenceLevels.length - 1 - row.confidence;
	}
	return row[column];
}

/** Compares two numbers in direction `sign`; null sorts last whatever the direction. */
function compareNullable(x: number | null, y: number | null, sign: number): number {
	if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
	return sign * (x - y);
}
