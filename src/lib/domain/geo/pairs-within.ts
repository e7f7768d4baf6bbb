import type { AreaPointPairs } from './area-index';
import { buildCellGrid, columnOf, rowOf, type CellGrid } from './cell-grid';
import { METERS_PER_DEGREE, metersPerDegreeLon } from './distance';
import type { FlatAreas } from './flatten';
import { pointInArea } from './point-in-area';
import { pairsWithinWasm } from './wasm/pairs-within.wasm';

// `AreaIndex.pairsWithin`: for many points, each with its own reach, every area within reach and
// the distance to it. Area by area, the points in the grid cells near the area's box are tested
// against the box, then for inside, then measured to the nearest edge. A national run measures
// millions of pairs, so WebAssembly with 128-bit SIMD does it (pairs-within.wat), two points per
// step; where the runtime lacks it, the same steps run in JavaScript, with the same numbers.

/**
 * Points of `pairsWithin` with reaches of one order of magnitude, in a grid, so an area finds the
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

/**
 * The usable points (finite coordinates) in groups by reach, doubling from group to group: the
 * margin an area searches is the largest reach of a group, so points that reach 500 m are not
 * looked at from 3 km away.
 */
export function groupPoints(lonLat: Float64Array, meters: Float64Array): PointGroup[] {
	if (lonLat.length !== meters.length * 2) {
		throw new RangeError(
			`pairsWithin: ${lonLat.length} coordinates for ${meters.length} reaches; two per point`
		);
	}
	const byClass = new Map<number, number[]>();
	for (let p = 0; p < meters.length; p++) {
		const reach = meters[p];
		if (!(reach >= 0)) throw new RangeError(`within: meters must be ≥ 0, got ${reach}`);
		if (!Number.isFinite(lonLat[2 * p]) || !Number.isFinite(lonLat[2 * p + 1])) continue;
		const reachClass = Math.floor(Math.log2(Math.max(reach, 1)));
		let members = byClass.get(reachClass);
		if (!members) byClass.set(reachClass, (members = []));
		members.push(p);
	}
	const box = new Float64Array(meters.length * 4);
	return [...byClass.keys()]
		.sort((a, b) => a - b)
		.map((reachClass) => {
			const members = byClass.get(reachClass) as number[];
			let maxReach = 0;
			let minKx = Infinity;
			for (const p of members) {
				box[4 * p] = box[4 * p + 2] = lonLat[2 * p];
				box[4 * p + 1] = box[4 * p + 3] = lonLat[2 * p + 1];
				maxReach = Math.max(maxReach, meters[p]);
				minKx = Math.min(minKx, metersPerDegreeLon(lonLat[2 * p + 1]));
			}
			// About four points per cell: few cells to walk per area, few points per cell to skip.
			const grid = buildCellGrid(box, members, 0.25);
			const point = grid.items;
			const count = point.length;
			const lon = new Float64Array(count);
			const lat = new Float64Array(count);
			const kx = new Float64Array(count);
			const reach = new Float64Array(count);
			for (let k = 0; k < count; k++) {
				const p = point[k];
				lon[k] = lonLat[2 * p];
				lat[k] = lonLat[2 * p + 1];
				kx[k] = metersPerDegreeLon(lat[k]);
				reach[k] = meters[p];
			}
			const dLat = maxReach / METERS_PER_DEGREE;
			// Near a pole a reach covers every longitude.
			const dLon = minKx > 1e-9 * METERS_PER_DEGREE ? maxReach / minKx : 360;
			return { grid, point, lon, lat, kx, reach, dLon, dLat };
		});
}

/**
 * Writes every (area, point) pair within reach into `out`, grouped by area in index order; see
 * `AreaIndex.pairsWithin`.
 * @param engine 'script' runs the JavaScript steps even where WebAssembly could (for tests)
 */
export function findPairs(
	flat: FlatAreas,
	groups: readonly PointGroup[],
	eligible: Uint8Array | null,
	out: AreaPointPairs,
	engine: 'wasm' | 'script' = 'wasm'
): void {
	const count = flat.areaCount;
	if (out.areaStart.length !== count + 1) out.areaStart = new Int32Array(count + 1);
	const kernel = engine === 'wasm' ? wasmKernel() : null;
	const scan = kernel ? kernel.load(flat, groups) : scriptScan(flat, groups);
	const areaStart = out.areaStart;
	const box = flat.areaBox;
	let used = 0;
	for (let area = 0; area < count; area++) {
		areaStart[area] = used;
		if (eligible !== null && eligible[area] === 0) continue;
		if (Number.isNaN(box[area * 4])) continue; // no rings
		used = scan(area, out, used);
	}
	areaStart[count] = used;
}

/** Adds one area's pairs to `out` from position `used`, and returns the new number of pairs. */
type ScanArea = (area: number, out: AreaPointPairs, used: number) => number;

/** The steps in JavaScript: the same tests and arithmetic as pairs-within.wat, point by point. */
function scriptScan(flat: FlatAreas, groups: readonly PointGroup[]): ScanArea {
	const box = flat.areaBox;
	const ky = METERS_PER_DEGREE;
	return (area, out, used) => {
		const west = box[area * 4];
		const south = box[area * 4 + 1];
		const east = box[area * 4 + 2];
		const north = box[area * 4 + 3];
		for (const { grid, lon, lat, kx, reach, point, dLon, dLat } of groups) {
			if (east + dLon < grid.west || west - dLon > grid.east) continue;
			if (north + dLat < grid.south || south - dLat > grid.north) continue;
			const { start, cols } = grid;
			const c0 = columnOf(grid, west - dLon);
			const c1 = columnOf(grid, east + dLon);
			for (let r = rowOf(grid, south - dLat), r1 = rowOf(grid, north + dLat); r <= r1; r++) {
				for (let k = start[r * cols + c0], end = start[r * cols + c1 + 1]; k < end; k++) {
					// The nearest point of the area's box: beyond the reach, so is the area.
					const x = lon[k];
					const y = lat[k];
					const bx = Math.max(west - x, 0, x - east) * kx[k];
					const by = Math.max(south - y, 0, y - north) * ky;
					const limit = reach[k];
					if (bx * bx + by * by > limit * limit) continue;
					let distance = 0;
					if (bx !== 0 || by !== 0 || !pointInArea(flat, area, x, y)) {
						const best = nearestEdge2(flat, area, x, y, kx[k]);
						if (!(best <= limit * limit)) continue;
						distance = Math.sqrt(best);
						if (!(distance <= limit)) continue;
					}
					if (used === out.points.length) out.reserve(used + 1, used);
					out.points[used] = point[k];
					out.distances[used] = distance;
					used++;
				}
			}
		}
		return used;
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

/** Which engine `findPairs` runs on here: WebAssembly, or JavaScript where the runtime lacks it. */
export function pairsEngine(): 'wasm' | 'script' {
	return wasmKernel() ? 'wasm' : 'script';
}

/** The compiled kernel with its memory, shared by every index: one scan runs at a time. */
let sharedKernel: WasmKernel | null | undefined;

/** The WebAssembly kernel, made on first use; null where the runtime cannot run it. */
function wasmKernel(): WasmKernel | null {
	if (sharedKernel === undefined) {
		sharedKernel = null;
		if (typeof WebAssembly === 'object') {
			const bytes = Uint8Array.from(atob(pairsWithinWasm), (c) => c.charCodeAt(0));
			// Under 4 KB: small enough to compile synchronously, also on a browser's main thread.
			if (WebAssembly.validate(bytes)) {
				sharedKernel = new WasmKernel(new WebAssembly.Instance(new WebAssembly.Module(bytes)));
			}
		}
	}
	return sharedKernel;
}

/** Bytes per group description in memory (see `scanArea` in pairs-within.wat). */
const groupBytes = 96;

/** What pairs-within.wat exports besides its memory. */
interface KernelExports {
	setup: (...offsets: number[]) => void;
	scanArea: (area: number) => number;
}

class WasmKernel {
	readonly #memory: WebAssembly.Memory;
	readonly #exports: KernelExports;

	constructor(instance: WebAssembly.Instance) {
		this.#memory = instance.exports.memory as WebAssembly.Memory;
		this.#exports = instance.exports as unknown as KernelExports;
	}

	/** Copies the areas and points into memory and returns the scan of one area. */
	load(flat: FlatAreas, groups: readonly PointGroup[]): ScanArea {
		const points = groups.reduce((sum, group) => sum + group.point.length, 0);
		// The layout: every array 16-byte aligned, one after the other.
		let end = 0;
		const place = (bytes: number) => {
			const at = end;
			end += Math.ceil(bytes / 16) * 16;
			return at;
		};
		const coordsAt = place(flat.coords.byteLength);
		const ringStartAt = place(flat.ringStart.byteLength);
		const areaRingStartAt = place(flat.areaRingStart.byteLength);
		const areaBoxAt = place(flat.areaBox.byteLength);
		const groupsAt = place(groups.length * groupBytes);
		const groupArrays = groups.map((group) => ({
			start: place(group.grid.start.byteLength),
			lon: place(group.lon.byteLength),
			lat: place(group.lat.byteLength),
			kx: place(group.kx.byteLength),
			reach: place(group.reach.byteLength),
			point: place(group.point.byteLength)
		}));
		// A batch of points to measure, with room for the partner of a last odd one.
		const batch = [0, 1, 2, 3].map(() => place((points + 2) * 8));
		const candidatePointAt = place(points * 4);
		const candidateLimitAt = place(points * 8);
		const candidateSlotAt = place(points * 4);
		const outPointAt = place(points * 4);
		const outDistanceAt = place(points * 8);

		const missing = end - this.#memory.buffer.byteLength;
		if (missing > 0) this.#memory.grow(Math.ceil(missing / 65_536));
		const buffer = this.#memory.buffer;
		new Float64Array(buffer, coordsAt, flat.coords.length).set(flat.coords);
		new Uint32Array(buffer, ringStartAt, flat.ringStart.length).set(flat.ringStart);
		new Uint32Array(buffer, areaRingStartAt, flat.areaRingStart.length).set(flat.areaRingStart);
		new Float64Array(buffer, areaBoxAt, flat.areaBox.length).set(flat.areaBox);
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
		this.#exports.setup(
			coordsAt,
			ringStartAt,
			areaRingStartAt,
			areaBoxAt,
			groupsAt,
			groups.length,
			...batch,
			candidatePointAt,
			candidateLimitAt,
			candidateSlotAt,
			outPointAt,
			outDistanceAt,
			METERS_PER_DEGREE
		);
		const outPoint = new Int32Array(buffer, outPointAt, points);
		const outDistance = new Float64Array(buffer, outDistanceAt, points);
		const scanArea = this.#exports.scanArea;
		return (area, out, used) => {
			const found = scanArea(area);
			if (used + found > out.points.length) out.reserve(used + found, used);
			const { points: pairPoints, distances } = out;
			for (let i = 0; i < found; i++) {
				pairPoints[used + i] = outPoint[i];
				distances[used + i] = outDistance[i];
			}
			return used + found;
		};
	}
}
