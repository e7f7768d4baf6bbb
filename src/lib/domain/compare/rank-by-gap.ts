import type { GapScores } from '../scoring/result';

/** One area in the ranking by gap. */
export interface AreaGapRank {
	/** Row of the area in the scores. */
	a: number;
	areaCode: string;
	/** Relative index per category (in the order of the ranked categories); null = no score. */
	indices: (number | null)[];
	/**
	 * The overall gap: the mean index over the ranked categories that have a score (100 = average
	 * of the comparison set); null when none has one.
	 */
	overall: number | null;
	/** Position in the ranking, 1 for the largest gap; 0 for an area without any score. */
	rank: number;
}

/**
 * Ranks the areas of a scoring by gap, largest first: by one category's index when `sortBy` is a
 * category index, or by the overall gap (the mean of the categories in `categories`) when it is
 * null. Ties keep code order; areas without a score come last with rank 0.
 *
 * @param categories category indices (columns of the scores) to show and average, e.g. a filter
 * @param sortBy a category index among `categories`, or null for the overall gap
 */
export function rankByGap(
	scores: GapScores,
	categories: readonly number[],
	sortBy: number | null = null
): AreaGapRank[] {
	const width = scores.categoryIds.length;
	const rows = scores.areaCodes.map((areaCode, a) => {
		const indices = categories.map((c) => {
			const value = scores.index[a * width + c];
			return Number.isNaN(value) ? null : value;
		});
		const known = indices.filter((value): value is number => value !== null);
		const overall = known.length ? known.reduce((sum, v) => sum + v, 0) / known.length : null;
		return { a, areaCode, indices, overall, rank: 0 };
	});
	const column = sortBy === null ? -1 : categories.indexOf(sortBy);
	const key = (row: AreaGapRank) => (column < 0 ? row.overall : row.indices[column]);
	rows.sort((x, y) => {
		const kx = key(x);
		const ky = key(y);
		if (kx === null || ky === null) return kx === ky ? x.a - y.a : kx === null ? 1 : -1;
		return ky - kx || x.a - y.a;
	});
	let position = 0;
	for (const row of rows) if (key(row) !== null) row.rank = ++position;
	return rows;
}
