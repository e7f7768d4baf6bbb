import type { GapScores } from '../scoring/result';

/** A scoring of the same analysis at an earlier moment, e.g. from a stored snapshot. */
export interface DatedScores {
	/** When the snapshot was taken (`YYYY-MM-DD`). */
	date: string;
	scores: GapScores;
}

/** One area × category through time. */
export interface GapTrend {
	areaCode: string;
	category: string;
	/** The index at each date, oldest first; null where that scoring has no score for the cell. */
	points: { date: string; index: number | null }[];
	/** Newest minus oldest known index, in index points; null with fewer than two known points. */
	change: number | null;
}

/**
 * The trend of every area × category of `current` across earlier scorings (snapshots of earlier
 * rounds). An area or category that an earlier scoring lacks gets a null point there, so areas
 * that were added later still show. Indices are relative to each scoring's own comparison set: a
 * change says the area moved against the others, not that help in absolute terms changed.
 *
 * @param earlier earlier scorings in any order; they are sorted by date
 * @param currentDate the date of `current` (`YYYY-MM-DD`)
 */
export function gapTrends(
	current: GapScores,
	currentDate: string,
	earlier: readonly DatedScores[]
): GapTrend[] {
	const series = [...earlier, { date: currentDate, scores: current }].sort((x, y) =>
		x.date < y.date ? -1 : x.date > y.date ? 1 : 0
	);
	const trends: GapTrend[] = [];
	for (const areaCode of current.areaCodes) {
		for (const category of current.categoryIds) {
			const points = series.map(({ date, scores }) => ({
				date,
				index: indexOf(scores, areaCode, category)
			}));
			const known = points.filter((p) => p.index !== null);
			const change = known.length >= 2 ? known.at(-1)!.index! - known[0].index! : null;
			trends.push({ areaCode, category, points, change });
		}
	}
	return trends;
}

function indexOf(scores: GapScores, areaCode: string, category: string): number | null {
	const a = scores.areaCodes.indexOf(areaCode);
	const c = scores.categoryIds.indexOf(category);
	if (a < 0 || c < 0) return null;
	const value = scores.index[a * scores.categoryIds.length + c];
	return Number.isNaN(value) ? null : value;
}
