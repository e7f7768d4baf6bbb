import type { GapScores } from './result';

/**
 * Ranks of the areas in one category, 1 for the largest gap (highest index); ties share the
 * order of their codes; areas without a score get rank 0.
 *
 * @returns one rank per area, in the scores' area order
 */
export function rankAreas(scores: GapScores, c: number): Int32Array {
	const categories = scores.categoryIds.length;
	const scored: number[] = [];
	for (let a = 0; a < scores.areaCodes.length; a++) {
		if (!Number.isNaN(scores.index[a * categories + c])) scored.push(a);
	}
	// Area order is code order, so comparing indices breaks ties by code.
	scored.sort(
		(x, y) => scores.index[y * categories + c] - scores.index[x * categories + c] || x - y
	);
	const ranks = new Int32Array(scores.areaCodes.length);
	scored.forEach((a, position) => (ranks[a] = position + 1));
	return ranks;
}

/** How one area's rank in a category changed between two scorings of the same areas. */
export interface RankChange {
	areaCode: string;
	before: number;
	after: number;
	/** Places moved up (towards rank 1, a larger gap); negative when it moved down. */
	movedUp: number;
}

/**
 * Which areas changed rank in category `c` when the weights changed (methodology/README.md,
 * "Sensitivity"), largest moves first. Both scorings must cover the same areas.
 */
export function rankChanges(before: GapScores, after: GapScores, c: number): RankChange[] {
	if (before.areaCodes.join() !== after.areaCodes.join()) {
		throw new RangeError('Rank changes compare two scorings of the same areas.');
	}
	const from = rankAreas(before, c);
	const to = rankAreas(after, c);
	const changes: RankChange[] = [];
	for (let a = 0; a < from.length; a++) {
		if (from[a] && to[a] && from[a] !== to[a]) {
			changes.push({
				areaCode: before.areaCodes[a],
				before: from[a],
				after: to[a],
				movedUp: from[a] - to[a]
			});
		}
	}
	return changes.sort(
		(x, y) => Math.abs(y.movedUp) - Math.abs(x.movedUp) || (x.areaCode < y.areaCode ? -1 : 1)
	);
}
