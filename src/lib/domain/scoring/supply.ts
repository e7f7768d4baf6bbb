import { ReachedAreas, type AreaIndex } from '../geo/area-index';
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
 * The distance factor f = 0.5^(δ / h) of section 5, for `rate` = −ln 2 / h (see `decayRate`).
 * Written as e^(δ · rate): the same number to within 10⁻¹⁴ of it, relative, up to 40 half-lives
 * (under 10⁻¹⁵ within the methodology's reaches), and two to three times as fast as a power,
 * which a national run takes millions of times.
 */
export function distanceFactor(distanceMeters: number, rate: number): number {
	return Math.exp(distanceMeters * rate);
}

/** The `rate` for `distanceFactor` of a distance half-life in metres. */
export function decayRate(halfLifeMeters: number): number {
	return -Math.LN2 / halfLifeMeters;
}

/**
 * Sums the capacity of active offers per area × category. Each offer's capacity is split evenly
 * over its categories and shared among the areas it reaches in proportion to inhabitants × distance
 * factor (two-step floating catchment), so one offer is never counted twice.
 *
 * The areas each offer reaches are measured once for all its categories, in an order that keeps
 * neighbouring offers together (their areas stay in the processor's cache); the shares are then
 * added up offer by offer in id order, so every sum runs in the same order whatever the input order.
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
	const sorted = byId(offers);
	const counted = countedCategories(sorted, categoryByIndex);
	const reached = reachAll(sorted, counted, index, population, included, params);

	const rate = decayRate(params.distanceHalfLifeMeters);
	// Reused for an offer served through its area code: the areas and their weights P · f.
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
		weights[count] = population[area] * distanceFactor(distanceMeters, rate);
		count++;
	};
	const dayOf = cachedDayNumber();
	const { categoryStart, categoryOf } = counted;

	for (let o = 0; o < sorted.length; o++) {
		const first = categoryStart[o];
		const last = categoryStart[o + 1];
		if (first === last) continue;
		const offer = sorted[o];

		let areas = reached.areas;
		let areaWeights = reached.weights;
		let from = reached.from[o];
		count = reached.count[o];
		// Without a point, or with a point that reaches no area: the area code it names serves.
		if (count === 0 && offer.areaCode) {
			serveCode(offer.areaCode, areaByCode, serve);
			areas = served;
			areaWeights = weights;
			from = 0;
		}
		if (count === 0 && !offer.location) {
			totals.unplaced.push(offer.id);
			continue;
		}
		const to = from + count;
		let weightSum = 0;
		for (let i = from; i < to; i++) weightSum += areaWeights[i];
		if (!(weightSum > 0)) continue;

		const checkedDay = offer.lastVerified ? dayOf(offer.lastVerified) : Number.NaN;
		const months = Number.isNaN(checkedDay)
			? null
			: Math.max(0, monthsBetween(checkedDay, referenceDay));
		const stale = months === null || months > params.staleAfterMonths;
		const capacity = offer.capacity ?? params.defaultCapacity;
		const perCategory =
			((capacity / (last - first)) * verificationFactor(months, params)) / weightSum;

		for (let i = from; i < to; i++) {
			const amount = perCategory * areaWeights[i];
			const row = areas[i] * categories;
			for (let k = first; k < last; k++) {
				const cell = row + categoryOf[k];
				totals.supply[cell] += amount;
				totals.offers[cell]++;
				if (stale) totals.staleSupply[cell] += amount;
			}
		}
	}
	return totals;
}

/** The categories each offer counts in: active offers only, known categories once each, in the order listed. */
interface CountedCategories {
	/** Offer o counts in categoryOf[categoryStart[o]] up to categoryOf[categoryStart[o + 1]] (exclusive); none = not counted. */
	categoryStart: Int32Array;
	categoryOf: Int32Array;
}

function countedCategories(
	offers: readonly ScoringOffer[],
	categoryByIndex: ReadonlyMap<string, number>
): CountedCategories {
	const categoryStart = new Int32Array(offers.length + 1);
	const list: number[] = [];
	for (let o = 0; o < offers.length; o++) {
		categoryStart[o] = list.length;
		const offer = offers[o];
		if (offer.status !== 'actief') continue;
		const own = list.length;
		for (const id of offer.categories) {
			const category = categoryByIndex.get(id);
			if (category !== undefined && list.indexOf(category, own) === -1) list.push(category);
		}
	}
	categoryStart[offers.length] = list.length;
	return { categoryStart, categoryOf: Int32Array.from(list) };
}

/** Per offer, the included areas its point reaches and their weights P · f, in the order `AreaIndex.reach` gives. */
interface ReachedByOffer {
	/** Offer o's areas are areas[from[o]] up to areas[from[o] + count[o]] (exclusive). */
	from: Int32Array;
	count: Int32Array;
	areas: Int32Array;
	/** Inhabitants × distance factor, beside `areas`. */
	weights: Float64Array;
}

/**
 * The pair buffers of `reachAll`, kept between runs: a national run fills millions of pairs, and
 * allocating them anew each time costs more in garbage collection than the scoring itself. Only
 * one run uses them at a time (JavaScript runs one call to completion before the next).
 */
const workspace = { areas: new Int32Array(1024), weights: new Float64Array(1024) };

function reachAll(
	offers: readonly ScoringOffer[],
	counted: CountedCategories,
	index: AreaIndex,
	population: Float64Array,
	included: Uint8Array,
	params: ScoringParams
): ReachedByOffer {
	const from = new Int32Array(offers.length);
	const count = new Int32Array(offers.length);
	// The offers with a point that count, with their points and reaches, read once in id order.
	const located: number[] = [];
	const lonLat = new Float64Array(offers.length * 2);
	const reachOf = new Float64Array(offers.length);
	for (let o = 0; o < offers.length; o++) {
		const offer = offers[o];
		if (counted.categoryStart[o + 1] === counted.categoryStart[o] || !offer.location) continue;
		located.push(o);
		lonLat[2 * o] = offer.location[0];
		lonLat[2 * o + 1] = offer.location[1];
		reachOf[o] =
			offer.reachMeters ??
			(Object.hasOwn(params.defaultReachMeters, offer.kind)
				? params.defaultReachMeters[offer.kind]
				: fallbackReachMeters);
	}
	let { areas, weights } = workspace;
	let used = 0;
	const out = new ReachedAreas();
	const rate = decayRate(params.distanceHalfLifeMeters);
	const order = spatialOrder(lonLat, located);
	for (let k = 0; k < order.length; k++) {
		const o = order[k];
		index.reach(lonLat[2 * o], lonLat[2 * o + 1], reachOf[o], out, included);
		if (used + out.count > areas.length) {
			const size = Math.max(areas.length * 2, used + out.count);
			areas = grow(areas, new Int32Array(size));
			weights = grow(weights, new Float64Array(size));
			workspace.areas = areas;
			workspace.weights = weights;
		}
		from[o] = used;
		count[o] = out.count;
		for (let i = 0; i < out.count; i++) {
			const area = out.areas[i];
			areas[used] = area;
			weights[used] = population[area] * distanceFactor(out.distances[i], rate);
			used++;
		}
	}
	return { from, count, areas, weights };
}

/**
 * The offers (indices into `lonLat`, all with a point) along a Z-order curve over their points,
 * so that offers measured one after the other lie near each other. Only the speed depends on it.
 */
function spatialOrder(lonLat: Float64Array, located: readonly number[]): Int32Array {
	let west = Infinity;
	let south = Infinity;
	let east = -Infinity;
	let north = -Infinity;
	for (const o of located) {
		const lon = lonLat[2 * o];
		const lat = lonLat[2 * o + 1];
		if (lon < west) west = lon;
		if (lon > east) east = lon;
		if (lat < south) south = lat;
		if (lat > north) north = lat;
	}
	// 12 bits per axis; the key is the curve position × 2^29 + the offer, exact in a double.
	const steps = 4095;
	const scaleX = east > west ? steps / (east - west) : 0;
	const scaleY = north > south ? steps / (north - south) : 0;
	const keys = new Float64Array(located.length);
	for (let k = 0; k < located.length; k++) {
		const o = located[k];
		const x = Math.floor((lonLat[2 * o] - west) * scaleX) || 0;
		const y = Math.floor((lonLat[2 * o + 1] - south) * scaleY) || 0;
		keys[k] = (spread(x) | (spread(y) << 1)) * 2 ** 29 + o;
	}
	keys.sort();
	const order = new Int32Array(located.length);
	for (let k = 0; k < keys.length; k++) order[k] = keys[k] % 2 ** 29;
	return order;
}

/** The 12 low bits of `v` spread to the even bits of a 24-bit number. */
function spread(v: number): number {
	let x = v & 0xfff;
	x = (x | (x << 8)) & 0x00ff00ff;
	x = (x | (x << 4)) & 0x0f0f0f0f;
	x = (x | (x << 2)) & 0x33333333;
	x = (x | (x << 1)) & 0x55555555;
	return x;
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
