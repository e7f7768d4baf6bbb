import type { AreaIndex } from '../geo/area-index';
import { exponential } from '../geo/decay';
import type { ScoringOffer } from './input';
import { cachedDayNumber, monthsBetween } from './months';
import { byId } from './order';
import type { ScoringParams } from './params';
import { Scratch } from '../scratch';

/** Reach of an offer whose kind the methodology does not know, in metres. */
const fallbackReachMeters = 1000;

/** The temporaries of `sumSupply`, kept from run to run (see `Scratch`). */
const scratch = new Scratch();

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
 * Written as e^(δ · rate) with `exponential`, as the catchment computes it for every pair, in
 * JavaScript and WebAssembly alike: the same number to within 10⁻¹⁴ of the power, relative, up to
 * 40 half-lives (under 10⁻¹⁵ within the methodology's reaches).
 */
export function distanceFactor(distanceMeters: number, rate: number): number {
	return exponential(distanceMeters * rate);
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
 * The pairs of offer and area within reach are found and weighed area by area (`AreaIndex.catchment`), and
 * every sum runs in the order of those pairs. That order depends only on the areas and on the
 * offers in id order, so the result does not depend on the order the offers came in.
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
	const { categoryStart, categoryOf } = countedCategories(sorted, categoryByIndex);
	const { capacityPerCategory, stale, points } = readOffers(
		sorted,
		categoryStart,
		params,
		referenceDay
	);

	// The offers with a point, near ones together, and every area each reaches.
	const located = points.spatialOrder();
	const pointCount = located.length;
	// What the rest needs of each offer with a point, gathered once in that order.
	const lonLat = scratch.float64('lonLat', pointCount * 2);
	const reach = scratch.float64('pointReach', pointCount);
	const pointCapacity = scratch.float64('pointCapacity', pointCount);
	const pointStale = scratch.uint8('pointStale', pointCount);
	const pointCategoryStart = scratch.int32('pointCategoryStart', pointCount + 1);
	const pointCategories = scratch.int32('pointCategories', categoryOf.length);
	for (let p = 0, k = 0; p < pointCount; p++) {
		const o = located[p];
		lonLat[2 * p] = points.lon[o];
		lonLat[2 * p + 1] = points.lat[o];
		reach[p] = points.reach[o];
		pointCapacity[p] = capacityPerCategory[o];
		pointStale[p] = stale[o];
		pointCategoryStart[p] = k;
		for (let c = categoryStart[o]; c < categoryStart[o + 1]; c++)
			pointCategories[k++] = categoryOf[c];
		pointCategoryStart[p + 1] = k;
	}
	// Each offer's weight in every area it reaches, P · f, and its share of supply there.
	const rate = decayRate(params.distanceHalfLifeMeters);
	const catchment = index.catchment(lonLat, reach, included, population, rate);
	const share = scratch.float64('share', pointCount);
	const reachesArea = scratch.uint8('reachesArea', sorted.length);
	for (let p = 0; p < pointCount; p++) {
		const weightSum = catchment.weightSum[p];
		// Reaching no area, or only with weight 0, it adds nothing there.
		share[p] = weightSum > 0 ? pointCapacity[p] / weightSum : Number.NaN;
		reachesArea[located[p]] = catchment.reached[p];
	}
	catchment.spread(share, pointStale, pointCategoryStart, pointCategories, categories, totals);
	const { supply, staleSupply, offers: offerCounts } = totals;

	// Offers without a point, or whose point reaches no area, serve the area their code names.
	const served: number[] = [];
	for (let o = 0; o < sorted.length; o++) {
		if (categoryStart[o + 1] === categoryStart[o] || reachesArea[o]) continue;
		const offer = sorted[o];
		served.length = 0;
		let weightSumOfCode = 0;
		if (offer.areaCode) {
			serveCode(offer.areaCode, areaByCode, (area) => {
				if (!included[area]) return;
				served.push(area);
				weightSumOfCode += population[area]; // distance 0: f = 1
			});
		}
		if (served.length === 0) {
			if (!offer.location) totals.unplaced.push(offer.id);
			continue;
		}
		if (!(weightSumOfCode > 0)) continue;
		const perWeight = capacityPerCategory[o] / weightSumOfCode;
		for (const area of served) {
			const amount = perWeight * population[area];
			for (let k = categoryStart[o]; k < categoryStart[o + 1]; k++) {
				const cell = area * categories + categoryOf[k];
				supply[cell] += amount;
				offerCounts[cell]++;
				if (stale[o]) staleSupply[cell] += amount;
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
	let most = 0;
	for (let o = 0; o < offers.length; o++) {
		if (offers[o].status === 'actief') most += offers[o].categories.length;
	}
	const categoryStart = scratch.int32('categoryStart', offers.length + 1);
	const list = scratch.int32('categoryOf', most);
	let count = 0;
	for (let o = 0; o < offers.length; o++) {
		categoryStart[o] = count;
		const offer = offers[o];
		if (offer.status !== 'actief') continue;
		const own = count;
		for (let i = 0; i < offer.categories.length; i++) {
			const category = categoryByIndex.get(offer.categories[i]);
			if (category === undefined) continue;
			let listed = false;
			for (let k = own; k < count; k++) listed ||= list[k] === category;
			if (!listed) list[count++] = category;
		}
	}
	categoryStart[offers.length] = count;
	return { categoryStart, categoryOf: list.subarray(0, count) };
}

/**
 * Reads each offer that counts once, in id order: its capacity per category × verification
 * factor, whether it is stale, and its point and reach when it has a point.
 */
function readOffers(
	sorted: readonly ScoringOffer[],
	categoryStart: Int32Array,
	params: ScoringParams,
	referenceDay: number
): { capacityPerCategory: Float64Array; stale: Uint8Array; points: OfferPoints } {
	const capacityPerCategory = scratch.float64('capacityPerCategory', sorted.length);
	const stale = scratch.uint8('stale', sorted.length);
	const points = new OfferPoints(sorted.length);
	const reachOfKind = new Map(Object.entries(params.defaultReachMeters));
	const dayOf = cachedDayNumber();
	for (let o = 0; o < sorted.length; o++) {
		const categoryCount = categoryStart[o + 1] - categoryStart[o];
		if (categoryCount === 0) continue;
		const offer = sorted[o];
		const checkedDay = offer.lastVerified ? dayOf(offer.lastVerified) : Number.NaN;
		const months = Number.isNaN(checkedDay)
			? null
			: Math.max(0, monthsBetween(checkedDay, referenceDay));
		const capacity = offer.capacity ?? params.defaultCapacity;
		capacityPerCategory[o] = (capacity / categoryCount) * verificationFactor(months, params);
		stale[o] = months === null || months > params.staleAfterMonths ? 1 : 0;
		const location = offer.location;
		if (location) {
			// Written here, not through a method: doubles passed to a call are boxed.
			points.offers[points.count++] = o;
			points.lon[o] = location[0];
			points.lat[o] = location[1];
			points.reach[o] = offer.reachMeters ?? reachOfKind.get(offer.kind) ?? fallbackReachMeters;
		}
	}
	return { capacityPerCategory, stale, points };
}

/** The points and reaches of the offers that have one, by offer index. */
class OfferPoints {
	readonly lon: Float64Array;
	readonly lat: Float64Array;
	readonly reach: Float64Array;
	/** The offers with a point, in the order added: offers[0] up to offers[count − 1]. */
	readonly offers: Int32Array;
	count = 0;

	constructor(offerCount: number) {
		this.lon = scratch.float64('lon', offerCount);
		this.lat = scratch.float64('lat', offerCount);
		this.reach = scratch.float64('reach', offerCount);
		this.offers = scratch.int32('offers', offerCount);
	}

	/**
	 * The offers added, along a Z-order curve over their points, ties by offer index, so that offers
	 * taken one after the other lie near each other. The order depends on the points alone, not on
	 * the order they were added in.
	 */
	spatialOrder(): Int32Array {
		const { lon, lat } = this;
		const offers = this.offers.subarray(0, this.count);
		let west = Infinity;
		let south = Infinity;
		let east = -Infinity;
		let north = -Infinity;
		for (let k = 0; k < offers.length; k++) {
			const o = offers[k];
			west = Math.min(west, lon[o]);
			east = Math.max(east, lon[o]);
			south = Math.min(south, lat[o]);
			north = Math.max(north, lat[o]);
		}
		// 12 bits per axis, 24 bits of curve position.
		const steps = 4095;
		const scaleX = east > west ? steps / (east - west) : 0;
		const scaleY = north > south ? steps / (north - south) : 0;
		const curve = scratch.int32('curve', offers.length);
		const unsorted = scratch.int32('unsorted', offers.length);
		for (let k = 0; k < offers.length; k++) {
			const o = offers[k];
			const x = Math.floor((lon[o] - west) * scaleX) || 0;
			const y = Math.floor((lat[o] - south) * scaleY) || 0;
			curve[k] = spread(x) | (spread(y) << 1);
			unsorted[k] = k;
		}
		// Sorted by position, 12 bits at a time; a stable sort keeps ties in offer order.
		const half = scratch.int32('half', offers.length);
		const sorted = scratch.int32('sorted', offers.length);
		sortByBits(curve, 0, unsorted, half);
		sortByBits(curve, 12, half, sorted);
		const order = scratch.int32('order', offers.length);
		for (let k = 0; k < sorted.length; k++) order[k] = offers[sorted[k]];
		return order;
	}
}

/**
 * Writes the indices of `from` into `to` ordered by bits `shift` to `shift` + 11 of their
 * keys, equal bits in the order of `from` (a counting sort).
 */
function sortByBits(keys: Int32Array, shift: number, from: Int32Array, to: Int32Array): void {
	const start = scratch.int32('start', 4097);
	for (let i = 0; i < from.length; i++) start[((keys[from[i]] >> shift) & 4095) + 1]++;
	for (let b = 0; b < 4096; b++) start[b + 1] += start[b];
	for (let i = 0; i < from.length; i++) to[start[(keys[from[i]] >> shift) & 4095]++] = from[i];
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
