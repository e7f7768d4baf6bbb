import type { IndicatorWeight } from './params';

/** What `demandCell` needs for one area × category. */
export interface DemandCellInput {
	/** The category's indicators with a weight above 0. */
	weights: readonly IndicatorWeight[];
	/** Per indicator in `weights`, its z-scores per area (NaN = missing). */
	z: readonly Float64Array[];
	/** The area's index. */
	area: number;
	/** Observed demand o of this cell, in standard deviations. */
	observed: number;
	/** True when the set has any observed need in this category. */
	observedInSet: boolean;
	/** Share s of demand from observed needs (0–1). */
	observedShare: number;
	/** Supply relative to the reference level, Y = min(s / R, 3). */
	relativeSupply: number;
	/** Where the contributions are written: indicators in order, then observed, then supply. */
	contributions: Float64Array;
	contributionsAt: number;
}

/** Demand, index and the share of indicator weight missing for one cell. */
export interface DemandCellResult {
	/** Demand Z, in standard deviations. */
	demand: number;
	/** CBS part of demand C; NaN when no indicator is known. */
	cbsDemand: number;
	/** Relative index I. */
	index: number;
	/** Share (0–1) of the category's indicator weight that is missing for this area. */
	missingWeightShare: number;
}

/** Points of index per standard deviation of demand, and for supply (section 6). */
const pointsPerUnit = 20;

/**
 * Demand and relative index of one area × category (methodology/README.md, sections 2, 4, 6 and
 * 8), written into `out`, with the contributions that sum to I − 100. Returns false, leaving `out`
 * as it was, when the cell gets no score: no indicator known and no observed need in the set.
 * Scoring reuses one `out` for every cell, so a country of cells makes no garbage.
 */
export function demandCell(input: DemandCellInput, out: DemandCellResult): boolean {
	const { weights, z, area, observedShare, contributions, contributionsAt } = input;
	let knownWeight = 0;
	let totalWeight = 0;
	let weighted = 0;
	for (let i = 0; i < weights.length; i++) {
		const { weight, direction } = weights[i];
		totalWeight += weight;
		const value = z[i][area];
		if (Number.isNaN(value)) continue;
		knownWeight += weight;
		weighted += weight * direction * value;
	}
	const cbsKnown = knownWeight > 0;
	if (!cbsKnown && !input.observedInSet) return false;

	const cbsDemand = cbsKnown ? weighted / knownWeight : Number.NaN;
	const observedPart = cbsKnown ? observedShare : 1;
	const demand = cbsKnown
		? (1 - observedShare) * cbsDemand + observedShare * input.observed
		: input.observed;
	const supplyPoints = pointsPerUnit * (1 - input.relativeSupply);

	for (let i = 0; i < weights.length; i++) {
		const value = z[i][area];
		contributions[contributionsAt + i] = Number.isNaN(value)
			? Number.NaN
			: (pointsPerUnit * (1 - observedShare) * weights[i].weight * weights[i].direction * value) /
				knownWeight;
	}
	contributions[contributionsAt + weights.length] = pointsPerUnit * observedPart * input.observed;
	contributions[contributionsAt + weights.length + 1] = supplyPoints;

	out.demand = demand;
	out.cbsDemand = cbsDemand;
	out.index = 100 + pointsPerUnit * demand + supplyPoints;
	out.missingWeightShare = totalWeight > 0 ? 1 - knownWeight / totalWeight : 0;
	return true;
}
