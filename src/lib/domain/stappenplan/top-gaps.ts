import type { GapScores } from '../scoring/result';
import { gapKey } from './gap-key';

/** A scored gap with its relative index (100 = average of the comparison set). */
export interface ScoredGap {
	key: string;
	areaCode: string;
	category: string;
	index: number;
	/** Band index into the scoring parameters' bands. */
	band: number;
}

/** Every scored gap, highest index first; ties by area code, then category order. */
export function scoredGaps(scores: GapScores): ScoredGap[] {
	const gaps: ScoredGap[] = [];
	const categories = scores.categoryIds.length;
	for (let cell = 0; cell < scores.index.length; cell++) {
		const index = scores.index[cell]!;
		if (Number.isNaN(index)) continue;
		const areaCode = scores.areaCodes[Math.floor(cell / categories)]!;
		const category = scores.categoryIds[cell % categories]!;
		gaps.push({
			key: gapKey({ areaCode, category }),
			areaCode,
			category,
			index,
			band: scores.band[cell]!
		});
	}
	// Cells are in area, then category order; a stable sort keeps that order among equal indexes.
	return gaps.sort((a, b) => b.index - a.index);
}

/** The `n` largest gaps: the default ballot of step 6. */
export function topGaps(scores: GapScores, n: number): ScoredGap[] {
	return scoredGaps(scores).slice(0, Math.max(0, n));
}
