import type { GapScores } from '../scoring/result';

/** The part of a scoring a trend reads: which cells there are and their index. */
export type IndexTable = Pick<GapScores, 'areaCodes' | 'categoryIds' | 'index'>;

/** A scoring of the same analysis at an earlier moment, e.g. from a stored snapshot. */
export interface DatedScores {
	/** When the snapshot was taken (`YYYY-MM-DD`). */
	date: string;
	scores: IndexTable;
}

/** The gaps a snapshot kept (`snapshots.gaps`), with the day it was taken. */
export interface SnapshotGaps {
	/** When the snapshot was taken, ISO 8601. */
	takenAt: string;
	gaps: readonly { areaCode: string; category: string; index: number | null }[];
}

/**
 * A snapshot's gaps as an index table for `gapTrends`; cells the snapshot did not keep are
 * missing (NaN), never 0.
 */
export function snapshotScores(snapshot: SnapshotGaps): DatedScores {
	const areaCodes = [...new Set(snapshot.gaps.map((g) => g.areaCode))].sort();
	const categoryIds = [...new Set(snapshot.gaps.map((g) => g.category))].sort();
	const index = new Float64Array(areaCodes.length * categoryIds.length).fill(NaN);
	const a = new Map(areaCodes.map((code, i) => [code, i]));
	const c = new Map(categoryIds.map((id, i) => [id, i]));
	for (const gap of snapshot.gaps) {
		if (gap.index === null) continue;
		index[a.get(gap.areaCode)! * categoryIds.length + c.get(gap.category)!] = gap.index;
	}
	return { date: snapshot.takenAt.slice(0, 10), scores: { areaCodes, categoryIds, index } };
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
	current: IndexTable,
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

function indexOf(scores: IndexTable, areaCode: string, category: string): number | null {
	const a = scores.areaCodes.indexOf(areaCode);
	const c = scores.categoryIds.indexOf(category);
	if (a < 0 || c < 0) return null;
	const value = scores.index[a * scores.categoryIds.length + c];
	return Number.isNaN(value) ? null : value;
}
