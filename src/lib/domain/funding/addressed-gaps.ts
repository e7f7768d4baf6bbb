import type { Proposal } from '../records';
import { shortageBands, type ScoringParams } from '../scoring/params';
import type { GapScores } from '../scoring/result';

/** One area × category a request aims at, with its gap as scored. */
export interface AddressedGap {
	areaCode: string;
	category: string;
	/** Relative index (100 = average of the set); null when the area or category has no score. */
	index: number | null;
	/** Band index into the scoring bands; null = no score. */
	band: number | null;
	/** Summed need counts there, in people or households (suppress before sharing). */
	needs: number;
}

/** Which gaps a request addresses and how large they are. */
export interface AddressedGaps {
	/** Every area × category the request names, by area then category. */
	cells: AddressedGap[];
	/** Cells in a band above the average (a band whose lower bound exceeds 100). */
	shortage: number;
	/** The highest index among the cells; null when none has a score. */
	largest: number | null;
	/**
	 * How far the cells lie above the average, on average: the mean of max(0, index − 100) over
	 * the scored cells, in index points; null when none has a score.
	 */
	excess: number | null;
	/** Area codes the request names that are not in the comparison set. */
	unknownAreas: string[];
}

/**
 * The gaps a subsidy request addresses: every buurt × category it names, looked up in the
 * analysis' scores. A request for a category that is in balance everywhere addresses no gap.
 */
export function addressedGaps(
	request: Pick<Proposal, 'areaCodes' | 'categories'>,
	scores: GapScores,
	params: Pick<ScoringParams, 'bands'>
): AddressedGaps {
	const width = scores.categoryIds.length;
	const inShortage = shortageBands(params);
	const cells: AddressedGap[] = [];
	const unknownAreas: string[] = [];
	for (const areaCode of request.areaCodes) {
		const a = scores.areaCodes.indexOf(areaCode);
		if (a < 0) unknownAreas.push(areaCode);
		for (const category of request.categories) {
			const c = scores.categoryIds.indexOf(category);
			const cell = a * width + c;
			const index = a < 0 || c < 0 || Number.isNaN(scores.index[cell]) ? null : scores.index[cell];
			cells.push({
				areaCode,
				category,
				index,
				band: index === null ? null : scores.band[cell],
				needs: a < 0 || c < 0 ? 0 : scores.needs[cell]
			});
		}
	}
	const scored = cells.filter((cell) => cell.index !== null).map((cell) => cell.index!);
	return {
		cells,
		shortage: cells.filter((cell) => cell.band !== null && inShortage.has(cell.band)).length,
		largest: scored.length ? Math.max(...scored) : null,
		excess: scored.length
			? scored.reduce((s, index) => s + Math.max(0, index - 100), 0) / scored.length
			: null,
		unknownAreas
	};
}
