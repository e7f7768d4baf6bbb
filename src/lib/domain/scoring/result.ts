// The engine's output, column-wise: one entry per area × category cell in typed arrays, so a
// national run (14,000 areas × 10 categories) stays small and moves out of a Web Worker without
// copying. `cell(a, c)` is `a * categoryIds.length + c`. NaN means "no value".

/** Reasons that lower a score's confidence (methodology/README.md, section 9), as bit flags. */
export const confidenceReason = {
	/** Fewer need signals than `minSignals` in this area × category. */
	fewSignals: 1,
	/** More than half of the category's indicator weight is missing for this area. */
	missingFigures: 2,
	/** The CBS figures are older than `staleAfterMonths`. */
	staleFigures: 4,
	/** The newest need signal is older than `staleAfterMonths`. */
	staleNeeds: 8,
	/** More than half of the supply comes from offers not checked within `staleAfterMonths`. */
	staleOffers: 16
} as const;

/** Confidence levels, from `confidence` codes 0, 1 and 2. */
export const confidenceLevels = ['hoog', 'middel', 'laag'] as const;

/** Why an area of the comparison set got no scores. */
export type ExclusionReason = 'no-inhabitants';

/** Records the engine could not place in any area of the comparison set. */
export interface Unplaced {
	/** Ids of active offers without a point whose area code names no loaded area. */
	offers: string[];
	/** Ids of needs whose point lies outside every area, or without point and known area code. */
	needs: string[];
}

/** Gap scores for every area × category of a comparison set. */
export interface GapScores {
	/** Area codes, sorted; the row order of every array. */
	areaCodes: string[];
	/** Category ids in methodology order; the column order of every array. */
	categoryIds: string[];
	/** Inhabitants per area (NaN when unknown). */
	population: Float64Array;
	/** Areas left out of the comparison set, by area index. */
	excluded: Map<number, ExclusionReason>;
	/**
	 * Relative index I: 100 is the set's average demand, with supply equal to its average observed
	 * need (methodology section 6); NaN = no score.
	 */
	index: Float64Array;
	/** Band index into `params.bands`; -1 = no score. */
	band: Int8Array;
	/** Demand Z, in standard deviations. */
	demand: Float64Array;
	/** CBS part of demand C; NaN when no indicator is known. */
	cbsDemand: Float64Array;
	/** Observed part of demand o, in standard deviations. */
	observedDemand: Float64Array;
	/** Summed counts of need signals N, in people or households. */
	needs: Float64Array;
	/** Number of need signals (records). */
	signals: Uint32Array;
	/** Observed need n per 1,000 inhabitants. */
	needsPer1000: Float64Array;
	/** Supply S, in people per month. */
	supply: Float64Array;
	/** Supply s per 1,000 inhabitants, per month. */
	supplyPer1000: Float64Array;
	/** Coverage S / N; NaN when no need was reported. */
	coverage: Float64Array;
	/** Number of active offers that serve this area in this category. */
	offers: Uint32Array;
	/** 0 hoog, 1 middel, 2 laag; -1 = no score. */
	confidence: Int8Array;
	/** `confidenceReason` flags. */
	reasons: Uint8Array;
	/** Per category: the names of its contributions, its indicator ids then `observed`, `supply`. */
	contributionNames: string[][];
	/** Where a category's contributions start within an area's block of `contributions`. */
	contributionOffsets: Int32Array;
	/** Number of contributions per area (the block size). */
	contributionStride: number;
	/** Index points each part adds to I − 100; NaN for an indicator that is missing there. */
	contributions: Float64Array;
	/** Per category: the reference level R of observed need per 1,000 inhabitants. */
	referenceLevel: Float64Array;
	/** Indicator ids left out for the whole set (fewer than 3 known values, or no spread). */
	unusableIndicators: string[];
	unplaced: Unplaced;
}
