import type { Methodology } from '../methodology/load';

// The numbers the scoring engine works with, taken from `methodology/scoring.json` and
// `taxonomy.json`, with the adjustments a team made for its analysis (methodology/README.md,
// "Sensitivity"). The engine reads nothing else, so a CLI or a worker can pass these in as JSON.

/** One CBS indicator's part in a category's demand. */
export interface IndicatorWeight {
	/** Indicator id from `methodology/indicators.json`. */
	indicator: string;
	/** Relative weight within the category; 0 switches the indicator off. */
	weight: number;
	/** +1 when a higher value means more need, -1 when it means less. */
	direction: 1 | -1;
}

/** Everything the engine needs to score, in the units named. */
export interface ScoringParams {
	/** Help categories in display order, each with the indicators that drive its demand. */
	categories: { id: string; indicators: IndicatorWeight[] }[];
	/** Share of demand that comes from observed needs (0–1); the rest from CBS indicators. */
	observedShare: number;
	/** Distance beyond an area at which an offer counts for half, in metres. */
	distanceHalfLifeMeters: number;
	/** Months after the last check before an offer starts to count for less. */
	verificationGraceMonths: number;
	/** Months over which an unchecked offer's weight halves after the grace period. */
	verificationHalfLifeMonths: number;
	/** Capacity of an offer whose capacity is unknown, in people per month. */
	defaultCapacity: number;
	/** Reach of an offer without its own, by offer kind id, in metres. */
	defaultReachMeters: Record<string, number>;
	/** Fewer need signals (records) than this in an area × category lowers confidence. */
	minSignals: number;
	/** Data older than this lowers confidence, in months. */
	staleAfterMonths: number;
	/** Bands from the highest bound down; a band holds index values at or above its bound. */
	bands: { id: string; minIndex: number }[];
}

/** The bands (by index) that mean a shortage: those that begin above 100, the set's reference. */
export function shortageBands(params: Pick<ScoringParams, 'bands'>): ReadonlySet<number> {
	return new Set(params.bands.flatMap((band, b) => (band.minIndex > 100 ? [b] : [])));
}

/** What a team may change for its own analysis; the methodology files stay as they are. */
export interface ParamsOverrides {
	observedShare?: number;
	/** New weights by category id, then indicator id; 0 switches an indicator off. */
	weights?: Record<string, Record<string, number>>;
}

/** The scoring parameters of a methodology, with a team's adjustments applied. */
export function scoringParams(
	methodology: Methodology,
	overrides: ParamsOverrides = {}
): ScoringParams {
	const { scoring, taxonomy } = methodology;
	const byCategory = new Map(scoring.demand.categories.map((c) => [c.category, c.indicators]));
	return {
		categories: taxonomy.categories.map((category) => ({
			id: category.id,
			indicators: (byCategory.get(category.id) ?? []).map((weight) => ({
				indicator: weight.indicator,
				weight: overrides.weights?.[category.id]?.[weight.indicator] ?? weight.weight,
				direction: weight.direction
			}))
		})),
		observedShare: overrides.observedShare ?? scoring.demand.observedShare,
		distanceHalfLifeMeters: scoring.supply.distanceHalfLifeMeters,
		verificationGraceMonths: scoring.supply.verificationGraceMonths,
		verificationHalfLifeMonths: scoring.supply.verificationHalfLifeMonths,
		defaultCapacity: scoring.supply.defaultCapacity,
		defaultReachMeters: Object.fromEntries(
			taxonomy.offerKinds.map((kind) => [kind.id, kind.defaultReachMeters])
		),
		minSignals: scoring.confidence.minSignals,
		staleAfterMonths: scoring.confidence.staleAfterMonths,
		bands: scoring.bands.map((band) => ({ id: band.id, minIndex: band.minIndex }))
	};
}
