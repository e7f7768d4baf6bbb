import { rankChanges, type RankChange } from '$lib/domain/scoring/rank';
import type { GapScores } from '$lib/domain/scoring/result';

/** One area × category, by area code and category id. */
export interface GapKey {
	areaCode: string;
	category: string;
}

/** Which areas changed rank in a category after a weight change. */
export interface RankReport {
	/** The category reported on. */
	category: string;
	/** Moves in that category, largest first. */
	changes: RankChange[];
	/** The other categories whose order changed too, in the order of the scores. */
	otherCategories: string[];
}

/** The cell with the highest index (the first by area and category on a tie); null if none. */
export function largestGap(scores: GapScores): GapKey | null {
	let best = -1;
	for (let cell = 0; cell < scores.index.length; cell++) {
		if (
			!Number.isNaN(scores.index[cell]) &&
			(best < 0 || scores.index[cell] > scores.index[best])
		) {
			best = cell;
		}
	}
	if (best < 0) return null;
	const categories = scores.categoryIds.length;
	return {
		areaCode: scores.areaCodes[Math.floor(best / categories)],
		category: scores.categoryIds[best % categories]
	};
}

/**
 * The rank moves between two scorings of the same areas (methodology/README.md, "Sensitivity"):
 * in detail for `category` (the first category when null), and as a count for the others.
 */
export function rankReport(
	before: GapScores,
	after: GapScores,
	category: string | null
): RankReport {
	const reported = category ?? after.categoryIds[0];
	const c = after.categoryIds.indexOf(reported);
	const otherCategories = after.categoryIds.filter(
		(_, k) => k !== c && rankChanges(before, after, k).length > 0
	);
	return { category: reported, changes: rankChanges(before, after, c), otherCategories };
}
