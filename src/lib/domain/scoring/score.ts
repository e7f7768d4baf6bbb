import { buildAreaIndex } from '../geo/area-index';
import { demandCell } from './demand';
import { populationIndicator, type ScoringArea, type ScoringInput } from './input';
import { dayNumber, monthsBetween } from './months';
import { sumNeeds, type NeedTotals } from './needs';
import type { ScoringParams } from './params';
import { confidenceReason, type GapScores } from './result';
import { meanOf, minKnownValues, standardise } from './standardise';
import { sumSupply, type SupplyTotals } from './supply';

/**
 * Scores the gaps in informal help for every area × category of a comparison set, as
 * methodology/README.md describes: demand from CBS figures and observed needs, supply from active
 * offers within reach, the relative index with its band, coverage, confidence and the
 * contributions that add up to the index. Pure and deterministic: the same input gives the same
 * output, whatever the order of areas, offers and needs.
 */
export function scoreGaps(input: ScoringInput, params: ScoringParams): GapScores {
	return scorePrepared(prepareScoring(input, params), params);
}

/**
 * What scoring takes from the data alone: areas in order, needs and supply per cell, staleness and
 * the z-score of every indicator. Weights and the share of observed needs do not change any of it,
 * so re-weighting scores a prepared set again without measuring an offer twice.
 */
export interface PreparedScoring {
	/** The parameters the preparation depends on, as `preparationKey` writes them. */
	readonly key: string;
	/** The comparison set, sorted by area code. */
	readonly areas: readonly ScoringArea[];
	readonly population: Float64Array;
	/** 1 for areas with inhabitants, the areas that are scored. */
	readonly included: Uint8Array;
	readonly excluded: GapScores['excluded'];
	readonly needs: NeedTotals;
	readonly supply: SupplyTotals;
	/** 1 for areas whose CBS figures are older than `staleAfterMonths`. */
	readonly figuresStale: Uint8Array;
	readonly referenceDay: number;
	/** z-scores per indicator over the set (section 1), filled the first time an indicator is used. */
	readonly zByIndicator: Map<string, Float64Array>;
}

/** The parameters a `PreparedScoring` depends on: everything but the weights and the observed share. */
export function preparationKey(params: ScoringParams): string {
	return JSON.stringify([
		params.categories.map((category) => category.id),
		params.distanceHalfLifeMeters,
		params.verificationGraceMonths,
		params.verificationHalfLifeMonths,
		params.defaultCapacity,
		Object.entries(params.defaultReachMeters).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
		params.staleAfterMonths
	]);
}

/** Does the work of scoring that weights do not change; see `PreparedScoring`. */
export function prepareScoring(input: ScoringInput, params: ScoringParams): PreparedScoring {
	const areas = [...input.areas].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
	const areaCount = areas.length;
	const areaByCode = new Map(areas.map((area, a) => [area.code, a]));
	if (areaByCode.size !== areaCount) {
		const seen = new Set<string>();
		const twice = areas.filter((area) => seen.size === seen.add(area.code).size);
		// One code twice (e.g. the same buurt of two years) would make results depend on order.
		throw new RangeError(
			`The comparison set holds area codes more than once: ${[...new Set(twice.map((a) => a.code))].join(', ')}`
		);
	}
	const categoryByIndex = new Map(params.categories.map((category, c) => [category.id, c]));
	const referenceDay = dayNumber(input.referenceDate);
	if (Number.isNaN(referenceDay))
		throw new RangeError(`Invalid reference date ${input.referenceDate}`);

	const population = new Float64Array(areaCount);
	const included = new Uint8Array(areaCount);
	const excluded: GapScores['excluded'] = new Map();
	const figuresStale = new Uint8Array(areaCount);
	areas.forEach((area, a) => {
		const inhabitants = area.indicators[populationIndicator];
		population[a] = typeof inhabitants === 'number' ? inhabitants : Number.NaN;
		if (population[a] > 0) included[a] = 1;
		else excluded.set(a, 'no-inhabitants');
		const figuresDay = dayNumber(`${area.year}-01-01`);
		figuresStale[a] = monthsBetween(figuresDay, referenceDay) > params.staleAfterMonths ? 1 : 0;
	});

	const index = buildAreaIndex(areas.map((area) => area.geometry));
	return {
		key: preparationKey(params),
		areas,
		population,
		included,
		excluded,
		needs: sumNeeds(input.needs, index, areaByCode, categoryByIndex),
		supply: sumSupply(
			input.offers,
			index,
			areaByCode,
			categoryByIndex,
			population,
			included,
			params,
			referenceDay
		),
		figuresStale,
		referenceDay,
		zByIndicator: new Map()
	};
}

/**
 * Scores a prepared set with the weights and observed share of `params`. The result shares no
 * array with `prepared`, so it may be moved out of a worker while the preparation is kept.
 * @throws RangeError when `params` differ from the preparation's in more than weights and share.
 */
export function scorePrepared(prepared: PreparedScoring, params: ScoringParams): GapScores {
	if (preparationKey(params) !== prepared.key) {
		throw new RangeError(
			'scorePrepared: the parameters differ from those the set was prepared with'
		);
	}
	const { areas, population, included, needs, supply, figuresStale, referenceDay } = prepared;
	const areaCount = areas.length;
	const categoryIds = params.categories.map((category) => category.id);
	const categoryCount = categoryIds.length;

	// Section 1: every indicator any category uses, standardised once over the set.
	const zByIndicator = new Map<string, Float64Array>();
	const unusableIndicators: string[] = [];
	for (const category of params.categories) {
		for (const { indicator, weight } of category.indicators) {
			if (weight <= 0 || zByIndicator.has(indicator)) continue;
			const z = indicatorZ(prepared, indicator);
			zByIndicator.set(indicator, z);
			if (z.every(Number.isNaN)) unusableIndicators.push(indicator);
		}
	}

	const contributionNames = params.categories.map((category) => [
		...category.indicators.filter((w) => w.weight > 0).map((w) => w.indicator),
		'observed',
		'supply'
	]);
	const contributionOffsets = new Int32Array(categoryCount);
	let stride = 0;
	contributionNames.forEach((names, c) => {
		contributionOffsets[c] = stride;
		stride += names.length;
	});

	const cells = areaCount * categoryCount;
	const scores: GapScores = {
		areaCodes: areas.map((area) => area.code),
		categoryIds,
		population: population.slice(),
		excluded: new Map(prepared.excluded),
		index: new Float64Array(cells).fill(Number.NaN),
		band: new Int8Array(cells).fill(-1),
		demand: new Float64Array(cells).fill(Number.NaN),
		cbsDemand: new Float64Array(cells).fill(Number.NaN),
		observedDemand: new Float64Array(cells).fill(Number.NaN),
		needs: needs.needs.slice(),
		signals: needs.signals.slice(),
		needsPer1000: new Float64Array(cells).fill(Number.NaN),
		supply: supply.supply.slice(),
		supplyPer1000: new Float64Array(cells).fill(Number.NaN),
		coverage: new Float64Array(cells).fill(Number.NaN),
		offers: supply.offers.slice(),
		confidence: new Int8Array(cells).fill(-1),
		reasons: new Uint8Array(cells),
		contributionNames,
		contributionOffsets,
		contributionStride: stride,
		contributions: new Float64Array(areaCount * stride).fill(Number.NaN),
		referenceLevel: new Float64Array(categoryCount),
		unusableIndicators,
		unplaced: { offers: [...supply.unplaced], needs: [...needs.unplaced] }
	};

	params.categories.forEach((category, c) => {
		// Section 3: observed need per 1,000 inhabitants, standardised; no signals is n = 0.
		const perThousand = new Float64Array(areaCount).fill(Number.NaN);
		let observedInSet = false;
		for (let a = 0; a < areaCount; a++) {
			if (!included[a]) continue;
			const cell = a * categoryCount + c;
			perThousand[a] = (1000 * needs.needs[cell]) / population[a];
			scores.needsPer1000[cell] = perThousand[a];
			scores.supplyPer1000[cell] = (1000 * supply.supply[cell]) / population[a];
			if (needs.needs[cell] > 0) {
				observedInSet = true;
				scores.coverage[cell] = supply.supply[cell] / needs.needs[cell];
			}
		}
		const observed = standardise(perThousand, included, 1, true);
		// Section 6: the reference level R, which offers cannot change.
		const reference = Math.max(meanOf(perThousand, included) || 0, 1);
		scores.referenceLevel[c] = reference;
		const weights = category.indicators.filter((w) => w.weight > 0);
		const z = weights.map((w) => zByIndicator.get(w.indicator) as Float64Array);

		for (let a = 0; a < areaCount; a++) {
			if (!included[a]) continue;
			const cell = a * categoryCount + c;
			const result = demandCell({
				weights,
				z,
				area: a,
				observed: observed[a],
				observedInSet,
				observedShare: params.observedShare,
				relativeSupply: Math.min(scores.supplyPer1000[cell] / reference, 3),
				contributions: scores.contributions,
				contributionsAt: a * stride + contributionOffsets[c]
			});
			if (!result || !Number.isFinite(result.index)) continue;
			scores.index[cell] = result.index;
			scores.demand[cell] = result.demand;
			scores.cbsDemand[cell] = result.cbsDemand;
			scores.observedDemand[cell] = observed[a];
			scores.band[cell] = bandOf(result.index, params);

			let reasons = 0;
			if (needs.signals[cell] < params.minSignals) reasons |= confidenceReason.fewSignals;
			if (result.missingWeightShare > 0.5) reasons |= confidenceReason.missingFigures;
			if (figuresStale[a]) reasons |= confidenceReason.staleFigures;
			const newest = needs.newest[cell];
			if (!Number.isNaN(newest) && monthsBetween(newest, referenceDay) > params.staleAfterMonths) {
				reasons |= confidenceReason.staleNeeds;
			}
			if (supply.staleSupply[cell] > 0.5 * supply.supply[cell]) {
				reasons |= confidenceReason.staleOffers;
			}
			scores.reasons[cell] = reasons;
			scores.confidence[cell] = confidenceLevel(reasons);
		}
	});
	return scores;
}

/** The z-scores of one indicator over the set (section 1), computed once per preparation. */
function indicatorZ(prepared: PreparedScoring, indicator: string): Float64Array {
	let z = prepared.zByIndicator.get(indicator);
	if (!z) {
		const { areas } = prepared;
		const values = new Float64Array(areas.length);
		for (let a = 0; a < areas.length; a++) {
			const value = areas[a].indicators[indicator];
			values[a] = typeof value === 'number' ? value : Number.NaN;
		}
		z = standardise(values, prepared.included, minKnownValues, false);
		prepared.zByIndicator.set(indicator, z);
	}
	return z;
}

/** The band an index falls in: the first, from the highest bound down, it reaches (section 6). */
export function bandOf(index: number, params: ScoringParams): number {
	for (let b = 0; b < params.bands.length; b++) {
		if (index >= params.bands[b].minIndex) return b;
	}
	return params.bands.length - 1;
}

/** Confidence from its reasons (section 9): each group of reasons lowers it one level. */
function confidenceLevel(reasons: number): number {
	const stale =
		confidenceReason.staleFigures | confidenceReason.staleNeeds | confidenceReason.staleOffers;
	let level = 0;
	if (reasons & confidenceReason.fewSignals) level++;
	if (reasons & confidenceReason.missingFigures) level++;
	if (reasons & stale) level++;
	return Math.min(level, 2);
}
