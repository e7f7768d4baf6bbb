import type { AreaGeometry } from '../records';
import {
	degreesAround,
	distanceToBoundaryAt,
	METERS_PER_DEGREE,
	metersPerDegreeLon
} from './distance';
import { buildEdgeChunks, type EdgeChunks } from './edge-chunks';
import { buildCellGrid, cellAt, columnOf, rowOf, type CellGrid } from './cell-grid';
import { flattenAreas, type FlatAreas } from './flatten';
import { planarArea } from './planar-area';
import { pointInArea } from './point-in-area';

/** Finds which of many areas (WGS84 polygons) holds a point, and which areas lie within reach of it. */
export interface AreaIndex {
	/** Number of areas indexed. */
	readonly count: number;
	/**
	 * Index (into the input array) of the area containing the point (degrees), or -1 when it lies
	 * outside every area.
	 *
	 * Containment is the even-odd rule over all rings of an area (see `pointInArea`), so holes and
	 * self-touching rings work. A point exactly on an edge counts as if nudged an infinitesimal step
	 * east and a far smaller step north: on the west and south sides of a square it is inside, on
	 * the east and north sides outside, and on an edge between two neighbouring areas (same
	 * vertices) it belongs to exactly one of them. The same point always gets the same answer.
	 *
	 * Real boundary files overlap in slivers. A point inside several areas belongs to the one with
	 * the smallest planar area (m², see `planarArea`), and an exact tie to the lowest index. Callers
	 * who sort their areas (by CBS code, say) get results that do not depend on input order.
	 */
	locate(lon: number, lat: number): number;
	/**
	 * Calls visit(areaIndex, distanceMeters) once for every area whose nearest point lies within
	 * `meters` of the point (distance 0 when inside), in ascending area index order.
	 *
	 * Distances are in metres in a local equirectangular projection around the point (see
	 * `distanceToBoundaryWithin`); "inside" is the same test as `locate` uses, without the overlap rule.
	 * `visit` must not call `within` on the same index (the candidates share one buffer).
	 * @throws RangeError when `meters` is negative or NaN.
	 */
	within(
		lon: number,
		lat: number,
		meters: number,
		visit: (area: number, distanceMeters: number) => void
	): void;
	/**
	 * What `within` visits, written into `out` instead, for callers that ask for many points: the
	 * same areas and distances, in the order the index's grid lists them (always the same for the
	 * same index and point, but not ascending). Areas with `eligible[area] === 0` are left out
	 * before their distance is measured; null means every area is eligible.
	 * @throws RangeError when `meters` is negative or NaN.
	 */
	reach(
		lon: number,
		lat: number,
		meters: number,
		out: ReachedAreas,
		eligible: Uint8Array | null
	): void;
}

/** The areas within reach of one point and their distances in metres, filled by `AreaIndex.reach`; reuse one for many points. */
export class ReachedAreas {
	/** Area indices; the first `count` are valid. */
	areas = new Int32Array(64);
	/** Distance in metres to each of `areas` (0 inside). */
	distances = new Float64Array(64);
	/** Number of areas within reach. */
	count = 0;

	/** Appends an area and its distance, growing the arrays when full. */
	push(area: number, distanceMeters: number): void {
		if (this.count === this.areas.length) {
			const areas = new Int32Array(this.count * 2);
			areas.set(this.areas);
			this.areas = areas;
			const distances = new Float64Array(this.count * 2);
			distances.set(this.distances);
			this.distances = distances;
		}
		this.areas[this.count] = area;
		this.distances[this.count] = distanceMeters;
		this.count++;
	}
}

class FlatAreaIndex implements AreaIndex {
	readonly count: number;
	readonly #flat: FlatAreas;
	/** Candidate areas per grid cell, smallest planar area first (ties: lowest index). */
	readonly #grid: CellGrid;
	/**
	 * A coarser grid for `reach`: a search square kilometres wide meets fewer cells, and an area
	 * fewer times, than in the fine grid that suits points.
	 */
	readonly #reachGrid: CellGrid;
	/** Whether any area has rings (an empty grid lists nothing, but covers the point 0, 0). */
	readonly #hasRings: boolean;
	/** The boundary edges in boxed runs, for distance searches that skip far-away parts. */
	readonly #chunks: EdgeChunks;
	/** Reused by `reach` for its candidate areas, so a query allocates nothing of its own. */
	#scratch = new Int32Array(256);
	/** Per area, the number of the last `reach` query that listed it: an area spanning several cells is a candidate once. */
	readonly #seen: Int32Array;
	#query = 0;
	/** Reused by `within`. */
	readonly #reached = new ReachedAreas();

	constructor(geometries: readonly AreaGeometry[]) {
		this.count = geometries.length;
		this.#flat = flattenAreas(geometries);
		this.#chunks = buildEdgeChunks(this.#flat);
		const box = this.#flat.areaBox;
		const indexed: number[] = [];
		for (let area = 0; area < this.count; area++) {
			if (!Number.isNaN(box[area * 4])) indexed.push(area);
		}
		this.#hasRings = indexed.length > 0;
		this.#seen = new Int32Array(this.count);

		// The overlap rule, decided once: ranked by planar area, then by index, the first area
		// of a cell's list that holds the point is the answer.
		const sizes = Float64Array.from(geometries, planarArea);
		const ranked = [...indexed].sort((a, b) => sizes[a] - sizes[b] || a - b);
		this.#grid = buildCellGrid(box, ranked);
		this.#reachGrid = buildCellGrid(box, indexed, 1.5);
	}

	locate(lon: number, lat: number): number {
		const grid = this.#grid;
		const cell = cellAt(grid, lon, lat);
		if (cell === -1) return -1;
		const { start, items } = grid;
		const flat = this.#flat;
		const box = flat.areaBox;
		for (let k = start[cell], end = start[cell + 1]; k < end; k++) {
			const area = items[k];
			const b = area * 4;
			if (lon < box[b] || lat < box[b + 1] || lon > box[b + 2] || lat > box[b + 3]) continue;
			if (pointInArea(flat, area, lon, lat)) return area;
		}
		return -1;
	}

	within(
		lon: number,
		lat: number,
		meters: number,
		visit: (area: number, distanceMeters: number) => void
	): void {
		const out = this.#reached;
		this.reach(lon, lat, meters, out, null);
		// Copied out first: `visit` may not call `within`, but it may call `reach`.
		const areas = out.areas.slice(0, out.count);
		const distances = out.distances.slice(0, out.count);
		const ascending = Array.from(areas.keys()).sort((x, y) => areas[x] - areas[y]);
		for (const k of ascending) visit(areas[k], distances[k]);
	}

	reach(
		lon: number,
		lat: number,
		meters: number,
		out: ReachedAreas,
		eligible: Uint8Array | null
	): void {
		if (!(meters >= 0)) throw new RangeError(`within: meters must be ≥ 0, got ${meters}`);
		out.count = 0;
		if (!this.#hasRings || !Number.isFinite(lon) || !Number.isFinite(lat)) return;
		const { dLon, dLat } = degreesAround(lat, meters);
		const west = lon - dLon;
		const south = lat - dLat;
		const east = lon + dLon;
		const north = lat + dLat;
		const grid = this.#reachGrid;
		if (east < grid.west || west > grid.east || north < grid.south || south > grid.north) return;

		// Candidates: areas whose box meets the search square, each once.
		const box = this.#flat.areaBox;
		const seen = this.#seen;
		if (++this.#query === 0x7fffffff) {
			seen.fill(0);
			this.#query = 1;
		}
		const query = this.#query;
		const { start, items, cols } = grid;
		const c0 = columnOf(grid, west);
		const c1 = columnOf(grid, east);
		let candidates = 0;
		for (let r = rowOf(grid, south), r1 = rowOf(grid, north); r <= r1; r++) {
			for (let k = start[r * cols + c0], end = start[r * cols + c1 + 1]; k < end; k++) {
				const area = items[k];
				if (seen[area] === query) continue;
				seen[area] = query;
				const b = area * 4;
				if (east < box[b] || north < box[b + 1] || west > box[b + 2] || south > box[b + 3])
					continue;
				if (eligible !== null && eligible[area] === 0) continue;
				if (candidates === this.#scratch.length) {
					const grown = new Int32Array(candidates * 2);
					grown.set(this.#scratch);
					this.#scratch = grown;
				}
				this.#scratch[candidates++] = area;
			}
		}
		const scratch = this.#scratch;
		const kx = metersPerDegreeLon(lat);
		for (let k = 0; k < candidates; k++) {
			const area = scratch[k];
			// The search box is a square; an area box in its corners may still be out of reach.
			const b = area * 4;
			const bx = Math.max(box[b] - lon, 0, lon - box[b + 2]) * kx;
			const by = Math.max(box[b + 1] - lat, 0, lat - box[b + 3]) * METERS_PER_DEGREE;
			if (bx * bx + by * by > meters * meters) continue;
			if (bx === 0 && by === 0 && pointInArea(this.#flat, area, lon, lat)) {
				out.push(area, 0);
				continue;
			}
			const distance = distanceToBoundaryAt(this.#flat, this.#chunks, area, lon, lat, kx, meters);
			if (distance <= meters) out.push(area, distance);
		}
	}
}

/**
 * Builds an index over areas given as GeoJSON Polygon/MultiPolygon geometries in WGS84 degrees;
 * degenerate rings are skipped, and an area without usable rings holds no point.
 *
 * Coordinates go into flat typed arrays (see `flattenAreas`). `locate` looks up candidates in a
 * uniform grid whose cells list the areas ranked by the overlap rule, so the first hit is the
 * answer; `within` and `reach` read a coarser grid of the same kind for every cell the search square meets. For ~14,000 areas it builds in
 * about 50 ms and locates about 3 million points per second on one core.
 */
export function buildAreaIndex(geometries: readonly AreaGeometry[]): AreaIndex {
	return new FlatAreaIndex(geometries);
}

/** Assigns many points at once; `lonLat` is interleaved [lon0, lat0, lon1, lat1, …] in degrees; returns one area index (or -1) per point. */
export function assignPoints(index: AreaIndex, lonLat: Float64Array): Int32Array {
	if (lonLat.length % 2 !== 0) {
		throw new RangeError(`assignPoints: lonLat needs an even length, got ${lonLat.length}`);
	}
	const result = new Int32Array(lonLat.length / 2);
	for (let i = 0; i < result.length; i++) {
		result[i] = index.locate(lonLat[2 * i], lonLat[2 * i + 1]);
	}
	return result;
}
