import { buildCellGrid, cellAt, columnOf, rowOf, type CellGrid } from './cell-grid';
import { exponential, twoToTheThirtySeconds } from './decay';
import { METERS_PER_DEGREE, metersPerDegreeLon } from './distance';
import type { FlatAreas } from './flatten';
import { pointInArea } from './point-in-area';
import { areaSearchWasm } from './wasm/area-search.wasm';
import { Scratch } from '../scratch';

// The searches behind `AreaIndex`: which area holds each of many points (`locatePoints`), and for
// many points, each with its own reach, every area within reach and the distance to it
// (`findPairs`), weighted and summed for supply (`catchment`). Area by area, the points in the
// grid cells near the area's box are tested against the box, then for inside, then measured to
// the nearest edge. A national run measures millions of pairs, so WebAssembly does it
// (area-search.wat), two points per step with 128-bit SIMD; where the runtime lacks it, the same
// steps run in JavaScript, with the same numbers to the last bit.

/**
 * The (area, point) pairs `AreaIndex.pairsWithin` finds, grouped by area; reuse one for many calls,
 * since a national run fills millions of pairs.
 */
export class AreaPointPairs {
	/** Area a's pairs are those from areaStart[a] up to areaStart[a + 1] (exclusive). */
	areaStart = new Int32Array(1);
	/** The point of each pair (its index in the `lonLat` given). */
	points = new Int32Array(1024);
	/** The distance of each pair in metres (0 when the area holds the point). */
	distances = new Float64Array(1024);

	/** Room for at least `size` pairs, keeping the first `used`. */
	reserve(size: number, used: number): void {
		if (size <= this.points.length) return;
		const length = Math.max(size, this.points.length * 2);
		const points = new Int32Array(length);
		points.set(this.points.subarray(0, used));
		this.points = points;
		const distances = new Float64Array(length);
		distances.set(this.distances.subarray(0, used));
		this.distances = distances;
	}
}

/**
 * Points of `pairsWithin` whose reaches lie within a factor of two, in a grid, so an area finds the
 * points that may reach it by reading a few runs of cells. Each cell holds its points in the order
 * given, with what the search needs beside each.
 */
export interface PointGroup {
	grid: CellGrid;
	/** The point's index in the caller's arrays, then its coordinates, metres per degree of longitude and reach. */
	point: Int32Array;
	lon: Float64Array;
	lat: Float64Array;
	kx: Float64Array;
	reach: Float64Array;
	/** Margins in degrees around an area's box that hold every point of the group able to reach it. */
	dLon: number;
	dLat: number;
}

/** The temporaries of `groupPoints`, kept from run to run (see `Scratch`). */
const scratch = new Scratch();

/**
 * The usable points (finite coordinates) in groups by reach, doubling from group to group: the
 * margin an area searches is the largest reach of a group, so points that reach 500 m are not
 * looked at from 3 km away. The groups are for one search: the next call reuses their arrays.
 */
export function groupPoints(lonLat: Float64Array, meters: Float64Array): PointGroup[] {
	if (lonLat.length !== meters.length * 2) {
		throw new RangeError(
			`pairsWithin: ${lonLat.length} coordinates for ${meters.length} reaches; two per point`
		);
	}
	// Each usable point's class (reaches within a factor of two share one) and its metres per
	// degree of longitude; -1 for a point that cannot reach anything.
	const count = meters.length;
	const classOf = scratch.int32('classOf', count);
	const kxOf = scratch.float64('kxOf', count);
	const classes = new Map<number, { members: number; maxReach: number; maxAbsLat: number }>();
	for (let p = 0; p < count; p++) {
		const reach = meters[p];
		if (!(reach >= 0)) throw new RangeError(`pairsWithin: a reach must be ≥ 0 m, got ${reach}`);
		const lon = lonLat[2 * p];
		const lat = lonLat[2 * p + 1];
		if (!Number.isFinite(lon) || !Number.isFinite(lat)) {
			classOf[p] = -1;
			continue;
		}
		const reachClass = Math.floor(Math.log2(Math.max(reach, 1)));
		classOf[p] = reachClass;
		kxOf[p] = metersPerDegreeLon(lat);
		const known = classes.get(reachClass);
		if (known) {
			known.members++;
			known.maxReach = Math.max(known.maxReach, reach);
			known.maxAbsLat = Math.max(known.maxAbsLat, Math.abs(lat));
		} else {
			classes.set(reachClass, { members: 1, maxReach: reach, maxAbsLat: Math.abs(lat) });
		}
	}
	return [...classes.keys()]
		.sort((a, b) => a - b)
		.map((reachClass, g) => {
			const {
				members: memberCount,
				maxReach,
				maxAbsLat
			} = classes.get(reachClass) as {
				members: number;
				maxReach: number;
				maxAbsLat: number;
			};
			const members = scratch.int32('members', memberCount);
			for (let p = 0, m = 0; p < count; p++) if (classOf[p] === reachClass) members[m++] = p;
			// About two cells per point: an area reads short runs of cells and skips few points beyond reach.
			const grid = buildCellGrid(lonLat, members, 2, 2);
			const point = grid.items;
			const lon = scratch.float64(`lon ${g}`, memberCount);
			const lat = scratch.float64(`lat ${g}`, memberCount);
			const kx = scratch.float64(`kx ${g}`, memberCount);
			const reach = scratch.float64(`reach ${g}`, memberCount);
			for (let k = 0; k < memberCount; k++) {
				const p = point[k];
				lon[k] = lonLat[2 * p];
				lat[k] = lonLat[2 * p + 1];
				kx[k] = kxOf[p];
				reach[k] = meters[p];
			}
			// A degree of longitude is shortest at the latitude farthest from the equator.
			const minKx = metersPerDegreeLon(maxAbsLat);
			const dLat = maxReach / METERS_PER_DEGREE;
			// Near a pole a reach covers every longitude.
			const dLon = minKx > 1e-9 * METERS_PER_DEGREE ? maxReach / minKx : 360;
			return { grid, point, lon, lat, kx, reach, dLon, dLat };
		});
}

/** Which engine runs the pair search: WebAssembly, or JavaScript (where the runtime lacks it, or in tests). */
export type Engine = 'wasm' | 'script';

/**
 * Writes every (area, point) pair within reach into `out`, grouped by area in index order; see
 * `AreaIndex.pairsWithin`.
 */
export function findPairs(
	flat: FlatAreas,
	groups: readonly PointGroup[],
	pointCount: number,
	eligible: Uint8Array | null,
	out: AreaPointPairs,
	engine: Engine = 'wasm'
): void {
	const kernel = engine === 'wasm' ? wasmKernel() : null;
	if (kernel) {
		kernel.load(flat, groups, pointCount).scan(eligible).copyTo(out);
		return;
	}
	scriptPairs(flat, groups, eligible, out);
}

/**
 * A two-step floating catchment over the pairs: each point's weight in an area is the area's
 * inhabitants × e^(rate · distance); `spread` then shares each point's amount over the areas it
 * reaches by those weights. See `AreaIndex.catchment`.
 */
export interface Catchment {
	/** Per point, the sum of its weights over the areas it reaches. */
	readonly weightSum: Float64Array;
	/** Per point, 1 when it reaches any area (even with weight 0). */
	readonly reached: Uint8Array;
	/**
	 * Call it before the next search on any index: the WebAssembly engine keeps the pairs in memory
	 * that every search shares (it throws when they were overwritten).
	 *
	 * Adds share[p] × weight to each category of point p in every area it reaches, counts the point
	 * there, and adds the same to `staleSupply` where stale[p] is 1; a share of NaN adds nothing.
	 * Point p's categories are categories[categoryStart[p]] up to categories[categoryStart[p + 1]].
	 * Cells are area × `categoryCount` + category.
	 */
	spread(
		share: Float64Array,
		stale: Uint8Array,
		categoryStart: Int32Array,
		categories: Int32Array,
		categoryCount: number,
		into: { supply: Float64Array; staleSupply: Float64Array; offers: Uint32Array }
	): void;
}

/** See `Catchment`; `population` holds the inhabitants per area. */
export function catchment(
	flat: FlatAreas,
	groups: readonly PointGroup[],
	pointCount: number,
	eligible: Uint8Array | null,
	population: Float64Array,
	rate: number,
	engine: Engine = 'wasm'
): Catchment {
	const kernel = engine === 'wasm' ? wasmKernel() : null;
	if (kernel) {
		return kernel.load(flat, groups, pointCount).scan(eligible, { population, rate }).catchment();
	}
	const pairs = new AreaPointPairs();
	scriptPairs(flat, groups, eligible, pairs);
	return scriptCatchment(pairs, pointCount, population, rate);
}

/** The pair search in JavaScript: the same tests and arithmetic as area-search.wat, point by point. */
function scriptPairs(
	flat: FlatAreas,
	groups: readonly PointGroup[],
	eligible: Uint8Array | null,
	out: AreaPointPairs
): void {
	const count = flat.areaCount;
	if (out.areaStart.length !== count + 1) out.areaStart = new Int32Array(count + 1);
	const { areaStart } = out;
	const box = flat.areaBox;
	let used = 0;
	for (let area = 0; area < count; area++) {
		areaStart[area] = used;
		if (eligible !== null && eligible[area] === 0) continue;
		const west = box[area * 4];
		const south = box[area * 4 + 1];
		const east = box[area * 4 + 2];
		const north = box[area * 4 + 3];
		if (Number.isNaN(west)) continue; // no rings
		for (const { grid, lon, lat, kx, reach, point, dLon, dLat } of groups) {
			if (east + dLon < grid.west || west - dLon > grid.east) continue;
			if (north + dLat < grid.south || south - dLat > grid.north) continue;
			const { start, cols } = grid;
			const c0 = columnOf(grid, west - dLon);
			const c1 = columnOf(grid, east + dLon);
			for (let r = rowOf(grid, south - dLat), r1 = rowOf(grid, north + dLat); r <= r1; r++) {
				for (let k = start[r * cols + c0], end = start[r * cols + c1 + 1]; k < end; k++) {
					const distance = distanceWithin(flat, area, lon[k], lat[k], kx[k], reach[k]);
					if (distance < 0) continue;
					if (used === out.points.length) out.reserve(used + 1, used);
					out.points[used] = point[k];
					out.distances[used] = distance;
					used++;
				}
			}
		}
	}
	areaStart[count] = used;
}

/** The catchment in JavaScript, with the same arithmetic as `scanArea` (weighing) and `spread` in area-search.wat. */
function scriptCatchment(
	pairs: AreaPointPairs,
	pointCount: number,
	population: Float64Array,
	rate: number
): Catchment {
	const { areaStart, points } = pairs;
	const areaCount = areaStart.length - 1;
	const weights = pairs.distances;
	const weightSum = new Float64Array(pointCount);
	const reached = new Uint8Array(pointCount);
	for (let area = 0; area < areaCount; area++) {
		for (let i = areaStart[area]; i < areaStart[area + 1]; i++) {
			const weight = population[area] * exponential(weights[i] * rate);
			weights[i] = weight;
			weightSum[points[i]] += weight;
			reached[points[i]] = 1;
		}
	}
	return {
		weightSum,
		reached,
		spread(share, stale, categoryStart, categories, categoryCount, into) {
			const { supply, staleSupply, offers } = into;
			for (let area = 0; area < areaCount; area++) {
				for (let i = areaStart[area]; i < areaStart[area + 1]; i++) {
					const p = points[i];
					const amount = share[p] * weights[i];
					if (Number.isNaN(amount)) continue;
					for (let k = categoryStart[p]; k < categoryStart[p + 1]; k++) {
						const cell = area * categoryCount + categories[k];
						supply[cell] += amount;
						offers[cell]++;
						if (stale[p]) staleSupply[cell] += amount;
					}
				}
			}
		}
	};
}

/**
 * The squared distance in metres from a point (degrees) to the nearest edge of an area, in a local
 * equirectangular projection around the point: x = (lon − lon₀) · kx, y = (lat − lat₀) · ky.
 * Infinity for an area without edges.
 */
export function nearestEdge2(
	flat: FlatAreas,
	area: number,
	lon: number,
	lat: number,
	kx: number
): number {
	const { coords, ringStart, areaRingStart } = flat;
	const ky = METERS_PER_DEGREE;
	let best = Infinity;
	for (let ring = areaRingStart[area]; ring < areaRingStart[area + 1]; ring++) {
		for (let i = ringStart[ring] * 2, end = (ringStart[ring + 1] - 1) * 2; i < end; i += 2) {
			const ax = (coords[i] - lon) * kx;
			const ay = (coords[i + 1] - lat) * ky;
			const dx = (coords[i + 2] - lon) * kx - ax;
			const dy = (coords[i + 3] - lat) * ky - ay;
			const length2 = dx * dx + dy * dy;
			// The nearest point of the edge is a + t·d with t = dot / length2 clamped to [0, 1]; the
			// division is needed only strictly between the ends (same bits as clamping after it).
			const dot = -(ax * dx + ay * dy);
			let px = ax;
			let py = ay;
			if (dot >= length2) {
				px = ax + dx;
				py = ay + dy;
			} else if (dot > 0) {
				const t = dot / length2;
				px = ax + t * dx;
				py = ay + t * dy;
			}
			const d2 = px * px + py * py;
			if (d2 <= best) best = d2;
		}
	}
	return best;
}

/**
 * What `locate` gives for each point of `lonLat` (interleaved degrees): the first area of the
 * point's cell in `grid` (ranked by the overlap rule) whose box and rings hold it, or -1.
 */
export function locatePoints(
	flat: FlatAreas,
	grid: CellGrid,
	lonLat: Float64Array,
	engine: Engine = 'wasm'
): Int32Array {
	const kernel = engine === 'wasm' ? wasmKernel() : null;
	if (kernel) {
		// Cell by cell, so that points in a row test the same few areas, whose rings then stay in
		// the cache; the answers go back in the order of the points.
		const count = lonLat.length / 2;
		const cellOf = scratch.int32('cellOf', count);
		const start = scratch.int32('cellStart', grid.cols * grid.rows + 2);
		for (let i = 0; i < count; i++) {
			cellOf[i] = cellAt(grid, lonLat[2 * i], lonLat[2 * i + 1]) + 1; // 0: outside the grid
			start[cellOf[i] + 1]++;
		}
		for (let c = 0; c + 1 < start.length; c++) start[c + 1] += start[c];
		const order = scratch.int32('order', count);
		for (let i = 0; i < count; i++) order[start[cellOf[i]]++] = i;
		const ordered = scratch.float64('ordered', count * 2);
		for (let k = 0; k < count; k++) {
			ordered[2 * k] = lonLat[2 * order[k]];
			ordered[2 * k + 1] = lonLat[2 * order[k] + 1];
		}
		const found = kernel.locateAll(flat, grid, ordered);
		const result = new Int32Array(count);
		for (let k = 0; k < count; k++) result[order[k]] = found[k];
		return result;
	}
	const result = new Int32Array(lonLat.length / 2);
	for (let i = 0; i < result.length; i++)
		result[i] = locateIn(flat, grid, lonLat[2 * i], lonLat[2 * i + 1]);
	return result;
}

/** The area of `grid` holding a point, as `AreaIndex.locate` describes; -1 for none. */
export function locateIn(flat: FlatAreas, grid: CellGrid, lon: number, lat: number): number {
	const cell = cellAt(grid, lon, lat);
	if (cell === -1) return -1;
	const { start, items } = grid;
	const box = flat.areaBox;
	for (let k = start[cell], end = start[cell + 1]; k < end; k++) {
		const area = items[k];
		const b = area * 4;
		if (lon < box[b] || lat < box[b + 1] || lon > box[b + 2] || lat > box[b + 3]) continue;
		if (pointInArea(flat, area, lon, lat)) return area;
	}
	return -1;
}

/**
 * `AreaIndex.within` for one point: the areas listed in the cells of `grid` near the point, in
 * ascending order, tested and measured as `findPairs` does (the same numbers, bit for bit).
 */
export function reachFrom(
	flat: FlatAreas,
	grid: CellGrid,
	lon: number,
	lat: number,
	meters: number,
	visit: (area: number, distanceMeters: number) => void
): void {
	if (!Number.isFinite(lon) || !Number.isFinite(lat)) return;
	const kx = metersPerDegreeLon(lat);
	const dLat = meters / METERS_PER_DEGREE;
	const dLon = kx > 1e-9 * METERS_PER_DEGREE ? meters / kx : 360;
	if (lon + dLon < grid.west || lon - dLon > grid.east) return;
	if (lat + dLat < grid.south || lat - dLat > grid.north) return;
	const near = new Set<number>();
	const { start, items, cols } = grid;
	const c0 = columnOf(grid, lon - dLon);
	const c1 = columnOf(grid, lon + dLon);
	for (let r = rowOf(grid, lat - dLat), r1 = rowOf(grid, lat + dLat); r <= r1; r++) {
		for (let k = start[r * cols + c0], end = start[r * cols + c1 + 1]; k < end; k++) {
			near.add(items[k]);
		}
	}
	for (const area of [...near].sort((a, b) => a - b)) {
		const distance = distanceWithin(flat, area, lon, lat, kx, meters);
		if (distance >= 0) visit(area, distance);
	}
}

/**
 * The distance in metres from a point to an area when it is at most `limit` (0 inside), else −1:
 * the box test, the inside test and the nearest edge, as `scanArea` in area-search.wat does them.
 */
function distanceWithin(
	flat: FlatAreas,
	area: number,
	lon: number,
	lat: number,
	kx: number,
	limit: number
): number {
	// The nearest point of the area's box: beyond the reach, so is the area.
	const b = area * 4;
	const box = flat.areaBox;
	const bx = Math.max(box[b] - lon, 0, lon - box[b + 2]) * kx;
	const by = Math.max(box[b + 1] - lat, 0, lat - box[b + 3]) * METERS_PER_DEGREE;
	if (bx * bx + by * by > limit * limit) return -1;
	if (bx === 0 && by === 0 && pointInArea(flat, area, lon, lat)) return 0;
	const best = nearestEdge2(flat, area, lon, lat, kx);
	if (!(best <= limit * limit)) return -1;
	const distance = Math.sqrt(best);
	return distance <= limit ? distance : -1;
}

/** Which engine `findPairs` runs on here: WebAssembly, or JavaScript where the runtime lacks it. */
export function pairsEngine(): Engine {
	return wasmKernel() ? 'wasm' : 'script';
}

/** The compiled kernel with its memory, shared by every index: one search runs at a time. */
let sharedKernel: WasmKernel | null | undefined;

/** The WebAssembly kernel, made on first use; null where the runtime cannot run it. */
function wasmKernel(): WasmKernel | null {
	if (sharedKernel === undefined) {
		sharedKernel = null;
		if (typeof WebAssembly === 'object') {
			const bytes = Uint8Array.from(atob(areaSearchWasm), (c) => c.charCodeAt(0));
			// Under 4 KB: small enough to compile synchronously, also on a browser's main thread.
			if (WebAssembly.validate(bytes)) {
				sharedKernel = new WasmKernel(new WebAssembly.Instance(new WebAssembly.Module(bytes)));
			}
		}
	}
	return sharedKernel;
}

/** Bytes per group description in memory (see `scanArea` in area-search.wat). */
const groupBytes = 96;
/** Bytes per pair in memory: f64 distance (later weight), i32 point, 4 unused. */
const pairBytes = 16;

/** What area-search.wat exports besides its memory. */
interface KernelExports {
	setup: (...offsets: number[]) => void;
	setupSums: (...offsets: number[]) => void;
	scanArea: (area: number, used: number, people: number, rate: number, weighing: number) => number;
	spread: (areaCount: number, categoryCount: number) => void;
	locateAll: (...args: number[]) => void;
}

/** Places arrays one after the other from byte `end`, each 16-byte aligned. */
class Layout {
	constructor(public end: number) {}
	place(bytes: number): number {
		const at = this.end;
		this.end += Math.ceil(bytes / 16) * 16;
		return at;
	}
}

class WasmKernel {
	readonly memory: WebAssembly.Memory;
	readonly exports: KernelExports;
	/** Counts the searches loaded, so a catchment can tell that its pairs were overwritten. */
	generation = 0;

	constructor(instance: WebAssembly.Instance) {
		this.memory = instance.exports.memory as WebAssembly.Memory;
		this.exports = instance.exports as unknown as KernelExports;
	}

	/** Grows the memory to hold at least `bytes`. */
	reserve(bytes: number): void {
		const missing = bytes - this.memory.buffer.byteLength;
		if (missing > 0) this.memory.grow(Math.ceil(missing / 65_536));
	}

	/** Copies the areas' rings and boxes into memory; returns where free memory begins. */
	loadAreas(flat: FlatAreas): number {
		this.generation++;
		// The table of `exponential` first, at byte 0, where the kernel reads it.
		const layout = new Layout(0);
		const tableAt = layout.place(twoToTheThirtySeconds.byteLength);
		const coordsAt = layout.place(flat.coords.byteLength);
		const ringStartAt = layout.place(flat.ringStart.byteLength);
		const areaRingStartAt = layout.place(flat.areaRingStart.byteLength);
		const areaBoxAt = layout.place(flat.areaBox.byteLength);
		this.reserve(layout.end);
		const buffer = this.memory.buffer;
		new Float64Array(buffer, tableAt, twoToTheThirtySeconds.length).set(twoToTheThirtySeconds);
		new Float64Array(buffer, coordsAt, flat.coords.length).set(flat.coords);
		new Uint32Array(buffer, ringStartAt, flat.ringStart.length).set(flat.ringStart);
		new Uint32Array(buffer, areaRingStartAt, flat.areaRingStart.length).set(flat.areaRingStart);
		new Float64Array(buffer, areaBoxAt, flat.areaBox.length).set(flat.areaBox);
		this.areasAt = { coordsAt, ringStartAt, areaRingStartAt, areaBoxAt };
		return layout.end;
	}

	/** Where `loadAreas` put the areas. */
	areasAt = { coordsAt: 0, ringStartAt: 0, areaRingStartAt: 0, areaBoxAt: 0 };

	/** What `locate` gives for each point of `lonLat`, with `grid` the index's grid for points. */
	locateAll(flat: FlatAreas, grid: CellGrid, lonLat: Float64Array): Int32Array {
		const count = lonLat.length / 2;
		const layout = new Layout(this.loadAreas(flat));
		const startAt = layout.place(grid.start.byteLength);
		const itemsAt = layout.place(grid.items.byteLength);
		const pointsAt = layout.place(lonLat.byteLength);
		const outAt = layout.place(count * 4);
		this.reserve(layout.end);
		const buffer = this.memory.buffer;
		new Uint32Array(buffer, startAt, grid.start.length).set(grid.start);
		new Int32Array(buffer, itemsAt, grid.items.length).set(grid.items);
		new Float64Array(buffer, pointsAt, lonLat.length).set(lonLat);
		const { coordsAt, ringStartAt, areaRingStartAt, areaBoxAt } = this.areasAt;
		this.exports.setup(
			coordsAt,
			ringStartAt,
			areaRingStartAt,
			areaBoxAt,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			METERS_PER_DEGREE
		);
		this.exports.locateAll(
			pointsAt,
			count,
			outAt,
			grid.west,
			grid.south,
			grid.east,
			grid.north,
			grid.colsPerDegree,
			grid.rowsPerDegree,
			grid.cols,
			grid.rows,
			startAt,
			itemsAt
		);
		return new Int32Array(buffer, outAt, count).slice();
	}

	/** Copies the areas and points into memory, ready to `scan`. */
	load(flat: FlatAreas, groups: readonly PointGroup[], pointCount: number): WasmSearch {
		// Arrays per point are indexed by the caller's numbers, which may skip unusable points.
		const points = pointCount;
		const layout = new Layout(this.loadAreas(flat));
		const { coordsAt, ringStartAt, areaRingStartAt, areaBoxAt } = this.areasAt;
		const groupsAt = layout.place(groups.length * groupBytes);
		const groupArrays = groups.map((group) => ({
			start: layout.place(group.grid.start.byteLength),
			lon: layout.place(group.lon.byteLength),
			lat: layout.place(group.lat.byteLength),
			kx: layout.place(group.kx.byteLength),
			reach: layout.place(group.reach.byteLength),
			point: layout.place(group.point.byteLength)
		}));
		// A batch of points to measure, with room for the partner of a last odd one.
		const batch = [0, 1, 2, 3].map(() => layout.place((points + 2) * 8));
		// Candidates: one per point at most, and room for one written beyond the last.
		const candidatePointAt = layout.place((points + 2) * 4);
		const candidateLimitAt = layout.place((points + 2) * 8);
		const candidateInBoxAt = layout.place((points + 2) * 4);
		const areaStartAt = layout.place((flat.areaCount + 1) * 4);
		const weightSumAt = layout.place(points * 8);
		const reachedAt = layout.place(points);
		// The pairs come last, so that growing the memory makes room for more of them.
		const pairsAt = layout.end;
		this.reserve(pairsAt + (points + 1) * pairBytes);

		const buffer = this.memory.buffer;
		const descriptions = new DataView(buffer, groupsAt, groups.length * groupBytes);
		groups.forEach((group, g) => {
			const at = groupArrays[g];
			const { grid } = group;
			const floats = [
				grid.west,
				grid.south,
				grid.east,
				grid.north,
				grid.colsPerDegree,
				grid.rowsPerDegree,
				group.dLon,
				group.dLat
			];
			floats.forEach((value, i) => descriptions.setFloat64(g * groupBytes + i * 8, value, true));
			const ints = [grid.cols, grid.rows, at.start, at.lon, at.lat, at.kx, at.reach, at.point];
			ints.forEach((value, i) => descriptions.setInt32(g * groupBytes + 64 + i * 4, value, true));
			new Uint32Array(buffer, at.start, grid.start.length).set(grid.start);
			new Float64Array(buffer, at.lon, group.lon.length).set(group.lon);
			new Float64Array(buffer, at.lat, group.lat.length).set(group.lat);
			new Float64Array(buffer, at.kx, group.kx.length).set(group.kx);
			new Float64Array(buffer, at.reach, group.reach.length).set(group.reach);
			new Int32Array(buffer, at.point, group.point.length).set(group.point);
		});
		this.exports.setup(
			coordsAt,
			ringStartAt,
			areaRingStartAt,
			areaBoxAt,
			groupsAt,
			groups.length,
			...batch,
			candidatePointAt,
			candidateLimitAt,
			candidateInBoxAt,
			pairsAt,
			areaStartAt,
			weightSumAt,
			reachedAt,
			METERS_PER_DEGREE
		);
		return new WasmSearch(this, flat, points, { areaStartAt, weightSumAt, reachedAt, pairsAt });
	}
}

/** Where `WasmKernel.load` put what a search writes. */
interface SearchOutput {
	areaStartAt: number;
	weightSumAt: number;
	reachedAt: number;
	/** The pairs, last in memory. */
	pairsAt: number;
}

/** One search on the kernel: the areas and points loaded, then the pairs found. */
class WasmSearch {
	#pairCount = 0;

	constructor(
		readonly kernel: WasmKernel,
		readonly flat: FlatAreas,
		readonly pointCount: number,
		readonly at: SearchOutput
	) {}

	/**
	 * Finds the pairs of every eligible area, growing the memory as they come. With `weights`, each
	 * pair holds its weight population[area] × e^(rate × distance) instead of its distance.
	 */
	scan(
		eligible: Uint8Array | null,
		weights: { population: Float64Array; rate: number } | null = null
	): this {
		const { kernel, flat, pointCount } = this;
		const { areaStartAt, weightSumAt, reachedAt, pairsAt } = this.at;
		const count = flat.areaCount;
		const box = flat.areaBox;
		const scanArea = kernel.exports.scanArea;
		new Float64Array(kernel.memory.buffer, weightSumAt, pointCount).fill(0);
		new Uint8Array(kernel.memory.buffer, reachedAt, pointCount).fill(0);
		const rate = weights ? weights.rate : 0;
		const weighing = weights ? 1 : 0;
		// An area has at most one pair per point, and the scan writes one more it does not keep.
		let capacity = (kernel.memory.buffer.byteLength - pairsAt) / pairBytes;
		let areaStart = new Int32Array(kernel.memory.buffer, areaStartAt, count + 1);
		let used = 0;
		for (let area = 0; area < count; area++) {
			areaStart[area] = used;
			if (eligible !== null && eligible[area] === 0) continue;
			if (Number.isNaN(box[area * 4])) continue; // no rings
			if (used + pointCount + 1 > capacity) {
				kernel.reserve(pairsAt + Math.max(2 * used, used + pointCount + 1) * pairBytes);
				capacity = (kernel.memory.buffer.byteLength - pairsAt) / pairBytes;
				areaStart = new Int32Array(kernel.memory.buffer, areaStartAt, count + 1);
			}
			used = scanArea(area, used, weights ? weights.population[area] : 1, rate, weighing);
		}
		areaStart[count] = used;
		this.#pairCount = used;
		return this;
	}

	/** The pairs found, copied out. */
	copyTo(out: AreaPointPairs): void {
		const { kernel, flat } = this;
		const { areaStartAt, pairsAt } = this.at;
		const used = this.#pairCount;
		out.areaStart = new Int32Array(kernel.memory.buffer, areaStartAt, flat.areaCount + 1).slice();
		out.reserve(used, 0);
		const distances = new Float64Array(kernel.memory.buffer, pairsAt, used * 2);
		const points = new Int32Array(kernel.memory.buffer, pairsAt, used * 4);
		for (let i = 0; i < used; i++) {
			out.distances[i] = distances[2 * i];
			out.points[i] = points[4 * i + 2];
		}
	}

	/** The catchment of the pairs found by `scan` with weights; see `Catchment`. */
	catchment(): Catchment {
		const { kernel, flat, pointCount } = this;
		const { weightSumAt, reachedAt, pairsAt } = this.at;
		const areaCount = flat.areaCount;
		const sumsAt = new Layout(pairsAt + this.#pairCount * pairBytes).end;
		const buffer = kernel.memory.buffer;
		const generation = kernel.generation;
		return {
			weightSum: new Float64Array(buffer, weightSumAt, pointCount).slice(),
			reached: new Uint8Array(buffer, reachedAt, pointCount).slice(),
			spread(share, stale, categoryStart, categories, categoryCount, into) {
				if (kernel.generation !== generation) {
					throw new Error('Catchment.spread: another search ran since; its pairs are gone');
				}
				const cells = areaCount * categoryCount;
				const more = new Layout(sumsAt);
				const shareAt = more.place(pointCount * 8);
				const staleAt = more.place(pointCount);
				const categoryStartAt = more.place((pointCount + 1) * 4);
				const categoriesAt = more.place(categories.length * 4);
				const supplyAt = more.place(cells * 8);
				const staleSupplyAt = more.place(cells * 8);
				const offersAt = more.place(cells * 4);
				kernel.reserve(more.end);
				const memory = kernel.memory.buffer;
				new Float64Array(memory, shareAt, pointCount).set(share.subarray(0, pointCount));
				new Uint8Array(memory, staleAt, pointCount).set(stale.subarray(0, pointCount));
				new Int32Array(memory, categoryStartAt, pointCount + 1).set(
					categoryStart.subarray(0, pointCount + 1)
				);
				new Int32Array(memory, categoriesAt, categories.length).set(categories);
				const supply = new Float64Array(memory, supplyAt, cells);
				const staleSupply = new Float64Array(memory, staleSupplyAt, cells);
				const offers = new Uint32Array(memory, offersAt, cells);
				supply.set(into.supply);
				staleSupply.set(into.staleSupply);
				offers.set(into.offers);
				kernel.exports.setupSums(
					shareAt,
					staleAt,
					categoryStartAt,
					categoriesAt,
					supplyAt,
					staleSupplyAt,
					offersAt
				);
				kernel.exports.spread(areaCount, categoryCount);
				into.supply.set(supply);
				into.staleSupply.set(staleSupply);
				into.offers.set(offers);
			}
		};
	}
}
