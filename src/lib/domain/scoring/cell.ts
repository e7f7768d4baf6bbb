import { confidenceLevels, confidenceReason, type GapScores } from './result';

/** One part of an index: what it is and how many index points it adds (may be negative). */
export interface Contribution {
	/** An indicator id, `observed` or `supply`. */
	name: string;
	/** Index points; null for an indicator that is missing for this area. */
	points: number | null;
}

/** Everything known about one area × category, for the "waarom" panel and tables. */
export interface GapCell {
	areaCode: string;
	category: string;
	/** Relative index (100 = average of the set); null = no score. */
	index: number | null;
	/** Band index into the scoring parameters' bands; null = no score. */
	band: number | null;
	/** Summed need counts, in people or households. */
	needs: number;
	/** Number of need signals. */
	signals: number;
	/** Supply, in people per month. */
	supply: number;
	/** Supply ÷ reported need; null when no need was reported. */
	coverage: number | null;
	/** Active offers serving this cell. */
	offers: number;
	confidence: (typeof confidenceLevels)[number] | null;
	/** Names of the confidence reasons that apply (keys of `confidenceReason`). */
	reasons: (keyof typeof confidenceReason)[];
	/** Parts that sum to index − 100. */
	contributions: Contribution[];
}

const nullIfNaN = (value: number) => (Number.isNaN(value) ? null : value);

/** The scores of area `a` and category `c` as one object. */
export function gapCell(scores: GapScores, a: number, c: number): GapCell {
	const cell = a * scores.categoryIds.length + c;
	const start = a * scores.contributionStride + scores.contributionOffsets[c];
	const scored = !Number.isNaN(scores.index[cell]);
	return {
		areaCode: scores.areaCodes[a],
		category: scores.categoryIds[c],
		index: nullIfNaN(scores.index[cell]),
		band: scored ? scores.band[cell] : null,
		needs: scores.needs[cell],
		signals: scores.signals[cell],
		supply: scores.supply[cell],
		coverage: nullIfNaN(scores.coverage[cell]),
		offers: scores.offers[cell],
		confidence: scored ? confidenceLevels[scores.confidence[cell]] : null,
		reasons: (Object.keys(confidenceReason) as (keyof typeof confidenceReason)[]).filter(
			(reason) => scores.reasons[cell] & confidenceReason[reason]
		),
		contributions: scored
			? scores.contributionNames[c].map((name, i) => ({
					name,
					points: nullIfNaN(scores.contributions[start + i])
				}))
			: []
	};
}
