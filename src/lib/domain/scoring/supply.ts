import type { AreaIndex } from '../geo/area-index';
import type { ScoringOffer } from './input';
import { cachedDayNumber, monthsBetween } from './months';
import { byId } from './order';
import type { ScoringParams } from './params';

/** Reach of an offer whose kind the methodology does not know, in metres. */
const fallbackReachMeters = 1000;

/** Supply summed per area × category (methodology/README.md, section 5). */
export interface SupplyTotals {
	/** Supply S per cell, in people per month. */
	supply: Float64Array;
	/** The part of S from offers not checked within `staleAfterMonths`, or never. */
	staleSupply: Float64Array;
	/** Number of active offers serving each cell. */
	offers: Uint32Array;
	/** Ids of active offers without a point whose area code names no loaded area. */
	unplaced: string[];
}

/**
 * The verification factor v of an offer (section 5): 1 within the grace period, then halving
 * every half-life; 0.5 for an offer never checked.
 *
 * @param months months since the last check; null = never checked
 */
export function verificationFactor(months: number | null, params: ScoringParams): number {
	if (months === null) return 0.5;
	if (months <= params.verificationGraceMonths) return 1;
	return 0.5 ** ((months - params.verificationGraceMonths) / params.verificationHalfLifeMonths);
}

/**
 * Sums the capacity of active offers per area × category. Each offer's capacity is split evenly
 * over its categories and shared among the areas it reaches in proportion to inhabitants × distance
 * factor (two-step floating catchment), so one offer is never counted twice.
 *
 * @param population inhabitants per area; areas with `included` 0 take no share
 * @param referenceDay the analysis' reference date as a day number
 */
export function sumSupply(
	offers: readonly ScoringOffer[],
	index: AreaIndex,
	areaByCode: ReadonlyMap<string, number>,
	categoryByIndex: ReadonlyMap<string, number>,
	population: Float64Array,
	included: Uint8Array,
	params: ScoringParams,
	referenceDay: number
): SupplyTotals {
	const categories = categoryByIndex.size;
	const cells = index.count * categories;
	const totals: SupplyTotals = {
		supply: new Float64Array(cells),
		staleSupply: new Float64Array(cells),
		offers: new Uint32Array(cells),
		unplaced: []
	};
	// Reused for every offer: the areas it serves and their weights P · f.
	let served = new Int32Array(64);
	let weights = new Float64Array(64);
	let count = 0;
	const serve = (area: number, distanceMeters: number) => {
		if (!included[area]) return;
		if (count === served.length) {
			served = grow(served, new Int32Array(count * 2));
			weights = grow(weights, new Float64Array(count * 2));
		}
		served[count] = area;
		weights[count] = population[area] * 0.5 ** (distanceMeters / params.distanceHalfLifeMeters);
		count++;
	};
	const offerCategories: number[] = [];
	const dayOf = cachedDayNumber();

	for (const offer of byId(offers)) {
		if (offer.status !== 'actief') continue;
		offerCategories.length = 0;
		for (const id of offer.categories) {
			const category = categoryByIndex.get(id);
			if (category !== undefined && !offerCategories.includes(category)) {
				offerCategories.push(category);
			}
		}
		if (offerCategories.length === 0) continue;

		count = 0;
		if (offer.location) {
			const reach =
				offer.reachMeters ??
				(Object.hasOwn(params.defaultReachMeters, offer.kind)
					? params.defaultReachMeters[offer.kind]
					: fallbackReachMeters);
			index.within(offer.location[0], offer.location[1], reach, serve);
		}
		// Without a point, or with a point that reaches no area: the area code it names serves.
		if (count === 0 && offer.areaCode) serveCode(offer.areaCode, areaByCode, serve);
		if (count === 0 && !offer.location) {
			totals.unplaced.push(offer.id);
			continue;
		}
		let weightSum = 0;
		for (let i = 0; i < count; i++) weightSum += weights[i];
		if (!(weightSum > 0)) continue;

		const checkedDay = offer.lastVerified ? dayOf(offer.lastVerified) : Number.NaN;
		const months = Number.isNaN(checkedDay)
			? null
			: Math.max(0, monthsBetween(checkedDay, referenceDay));
		const stale = months === null || months > params.staleAfterMonths;
		const capacity = offer.capacity ?? params.defaultCapacity;
		const perCategory =
			((capacity / offerCategories.length) * verificationFactor(months, params)) / weightSum;

		for (let i = 0; i < count; i++) {
			const amount = perCategory * weights[i];
			for (const category of offerCategories) {
				const cell = served[i] * categories + category;
				totals.supply[cell] += amount;
				totals.offers[cell]++;
				if (stale) totals.staleSupply[cell] += amount;
			}
		}
	}
	return totals;
}

function grow<T extends Int32Array | Float64Array>(from: T, to: T): T {
	to.set(from);
	return to;
}

/**
 * Serves the area with this code at distance 0; a wijk or gemeente code (`WK…`, `GM…`) is the
 * offer's service area and serves every loaded area inside it (methodology/README.md, section 5).
 */
function serveCode(
	code: string,
	areaByCode: ReadonlyMap<string, number>,
	serve: (area: number, distanceMeters: number) => void
): void {
	const exact = areaByCode.get(code);
	if (exact !== undefined) {
		serve(exact, 0);
		return;
	}
	if (!/^(WK|GM)/.test(code)) return;
	// CBS codes nest: BU03440101 lies in WK034401, which lies in GM0344.
	const digits = code.slice(2);
	for (const [other, area] of areaByCode) {
		if (other.length > code.length && other.slice(2).startsWith(digits)) serve(area, 0);
	}
}
