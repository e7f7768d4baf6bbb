import { buildAreaIndex } from '../geo/area-index';
import { demandCell, type DemandCellInput, type DemandCellResult } from './demand';
import { populationIndicator, type ScoringArea, type ScoringInput } from './input';
import { cachedDayNumber, dayNumber, monthsBetween } from './months';
import { sumNeeds, type NeedTotals } from './needs';
import type { ScoringParams } from './params';
import { confidenceReason, type GapScores } from './result';
import { byCode } from './order';
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
	// The preparation is used once, so the scores may take over its arrays instead of copies.
	return scorePrepared(prepareScoring(input, params), params, false);
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
	const areas = byCode(input.areas);
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

	const dayOf = cachedDayNumber();
	const population = new Float64Array(areaCount);
	const included = new Uint8Array(areaCount);
	const excluded: GapScores['excluded'] = new Map();
	const figuresStale = new Uint8Array(areaCount);
	areas.forEach((area, a) => {
		const inhabitants = area.indicators[populationIndicator];
		population[a] = typeof inhabitants === 'number' ? inhabitants : Number.NaN;
		if (population[a] > 0) included[a] = 1;
		else excluded.set(a, 'no-inhabitants');
		const figuresDay = dayOf(`${area.year}-01-01`);
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
 * array with `prepared` (unless `keep` is false), so it may be moved out of a worker while the
 * preparation is kept.
 * @param keep false when `prepared` is not used again: the result then takes over its counts
 *   instead of copying them
 * @throws RangeError when `params` differ from the preparation's in more than weights and share.
 */
export function scorePrepared(
	prepared: PreparedScoring,
	params: ScoringParams,
	keep = true
): GapScores {
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
	const used = [
		...new Set(
			params.categories.flatMap((category) =>
				category.indicators.filter((w) => w.weight > 0).map((w) => w.indicator)
			)
		)
	];
	standardiseIndicators(prepared, used);
	const zByIndicator = new Map(
		used.map((indicator) => [indicator, prepared.zByIndicator.get(indicator) as Float64Array])
	);
	const unusableIndicators = used.filter((indicator) =>
		(zByIndicator.get(indicator) as Float64Array).every(Number.isNaN)
	);

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
		needs: keep ? needs.needs.slice() : needs.needs,
		signals: keep ? needs.signals.slice() : needs.signals,
		needsPer1000: new Float64Array(cells).fill(Number.NaN),
		supply: keep ? supply.supply.slice() : supply.supply,
		supplyPer1000: new Float64Array(cells).fill(Number.NaN),
		coverage: new Float64Array(cells).fill(Number.NaN),
		offers: keep ? supply.offers.slice() : supply.offers,
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

	const { needsPer1000, supplyPer1000, coverage, contributions } = scores;
	const { index, demand, cbsDemand, observedDemand, band, reasons, confidence } = scores;
	// Observed need per 1,000 inhabitants of one category at a time.
	const perThousand = new Float64Array(areaCount);
	// What `demandCell` gives, one object for every cell.
	const result: DemandCellResult = { demand: 0, cbsDemand: 0, index: 0, missingWeightShare: 0 };
	params.categories.forEach((category, c) => {
		// Section 3: observed need per 1,000 inhabitants, standardised; no signals is n = 0.
		perThousand.fill(Number.NaN);
		let observedInSet = false;
		for (let a = 0; a < areaCount; a++) {
			if (!included[a]) continue;
			const cell = a * categoryCount + c;
			perThousand[a] = (1000 * needs.needs[cell]) / population[a];
			needsPer1000[cell] = perThousand[a];
			supplyPer1000[cell] = (1000 * supply.supply[cell]) / population[a];
			if (needs.needs[cell] > 0) {
				observedInSet = true;
				coverage[cell] = supply.supply[cell] / needs.needs[cell];
			}
		}
		const observed = standardise(perThousand, included, 1, true);
		// Section 6: the reference level R, which offers cannot change.
		const reference = Math.max(meanOf(perThousand, included) || 0, 1);
		scores.referenceLevel[c] = reference;
		const weights = category.indicators.filter((w) => w.weight > 0);
		const z = weights.map((w) => zByIndicator.get(w.indicator) as Float64Array);
		const contributionsOffset = contributionOffsets[c];

		// One input for every cell of the category, changed cell by cell.
		const cellInput: DemandCellInput = {
			weights,
			z,
			area: 0,
			observed: 0,
			observedInSet,
			observedShare: params.observedShare,
			relativeSupply: 0,
			contributions,
			contributionsAt: 0
		};
		for (let a = 0; a < areaCount; a++) {
			if (!included[a]) continue;
			const cell = a * categoryCount + c;
			cellInput.area = a;
			cellInput.observed = observed[a];
			cellInput.relativeSupply = Math.min(supplyPer1000[cell] / reference, 3);
			cellInput.contributionsAt = a * stride + contributionsOffset;
			if (!demandCell(cellInput, result) || !Number.isFinite(result.index)) continue;
			index[cell] = result.index;
			demand[cell] = result.demand;
			cbsDemand[cell] = result.cbsDemand;
			observedDemand[cell] = observed[a];
			band[cell] = bandOf(result.index, params);

			let cellReasons = 0;
			if (needs.signals[cell] < params.minSignals) cellReasons |= confidenceReason.fewSignals;
			if (result.missingWeightShare > 0.5) cellReasons |= confidenceReason.missingFigures;
			if (figuresStale[a]) cellReasons |= confidenceReason.staleFigures;
			const newest = needs.newest[cell];
			if (!Number.isNaN(newest) && monthsBetween(newest, referenceDay) > params.staleAfterMonths) {
				cellReasons |= confidenceReason.staleNeeds;
			}
			if (supply.staleSupply[cell] > 0.5 * supply.supply[cell]) {
				cellReasons |= confidenceReason.staleOffers;
			}
			reasons[cell] = cellReasons;
			confidence[cell] = confidenceLevel(cellReasons);
		}
	});
	return scores;
}

/**
 * The z-scores of the indicators over the set (section 1), kept in the preparation: each is
 * computed once. The figures are read area by area, each area's once for all indicators.
 */
function standardiseIndicators(prepared: PreparedScoring, indicators: readonly string[]): void {
	const missing = indicators.filter((indicator) => !prepared.zByIndicator.has(indicator));
	if (missing.length === 0) return;
	const { areas } = prepared;
	const values = missing.map(() => new Float64Array(areas.length));
	for (let a = 0; a < areas.length; a++) {
		const figures = areas[a].indicators;
		for (let i = 0; i < missing.length; i++) {
			const value = figures[missing[i]];
			values[i][a] = typeof value === 'number' ? value : Number.NaN;
		}
	}
	missing.forEach((indicator, i) => {
		const z = standardise(values[i], prepared.included, minKnownValues, false);
		prepared.zByIndicator.set(indicator, z);
	});
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
