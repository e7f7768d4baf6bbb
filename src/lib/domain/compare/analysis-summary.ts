import { shortageBands, type ScoringParams } from '../scoring/params';
import type { GapScores } from '../scoring/result';

/** One analysis' gaps in one category, summarised for comparing analyses side by side. */
export interface CategorySummary {
	category: string;
	/** Areas with a score in this category. */
	scored: number;
	/** Areas in a band above the average (a band whose lower bound exceeds 100). */
	shortage: number;
	/** The area with the highest index; null when no area has a score. */
	largest: { areaCode: string; index: number } | null;
	/** Summed need counts over the areas, in people or households (suppress before sharing). */
	needs: number;
	/** Summed supply over the areas, in people per month. */
	supply: number;
	/** Supply ÷ needs over the whole analysis; null when no need was reported. */
	coverage: number | null;
}

/**
 * Summarises one analysis' scores per category. The index is relative to each analysis' own
 * comparison set, so across analyses only the counts of areas in shortage and the coverage (an
 * absolute measure, methodology/README.md section 7) compare like with like; the screen says so.
 */
export function summariseAnalysis(
	scores: GapScores,
	params: Pick<ScoringParams, 'bands'>
): CategorySummary[] {
	const width = scores.categoryIds.length;
	const inShortage = shortageBands(params);
	return scores.categoryIds.map((category, c) => {
		let scored = 0;
		let shortage = 0;
		let needs = 0;
		let supply = 0;
		let largest: CategorySummary['largest'] = null;
		for (let a = 0; a < scores.areaCodes.length; a++) {
			const cell = a * width + c;
			needs += scores.needs[cell];
			supply += scores.supply[cell];
			const index = scores.index[cell];
			if (Number.isNaN(index)) continue;
			scored++;
			if (inShortage.has(scores.band[cell])) shortage++;
			if (!largest || index > largest.index) largest = { areaCode: scores.areaCodes[a], index };
		}
		return {
			category,
			scored,
			shortage,
			largest,
			needs,
			supply,
			coverage: needs > 0 ? supply / needs : null
		};
	});
}
