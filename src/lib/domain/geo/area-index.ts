import Flatbush from 'flatbush';
import type { AreaGeometry } from '../records';
import { degreesAround, distanceToBoundaryWithin, METERS_PER_DEGREE } from './distance';
import { buildEdgeChunks, type EdgeChunks } from './edge-chunks';
import { buildCellGrid, cellAt, type CellGrid } from './cell-grid';
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
}

class FlatAreaIndex implements AreaIndex {
	readonly count: number;
	readonly #flat: FlatAreas;
	/** Candidate areas per grid cell, smallest planar area first (ties: lowest index). */
	readonly #grid: CellGrid;
	/** Flatbush over the boxes of areas that have rings; its item i is area #areaOf[i]. */
	readonly #tree: Flatbush | null;
	/** Area index of every Flatbush item, in ascending order. */
	readonly #areaOf: Int32Array;
	/** The boundary edges in boxed runs, for distance searches that skip far-away parts. */
	readonly #chunks: EdgeChunks;
	/** Reused by `within` for its candidate areas, so a query allocates nothing of its own. */
	#scratch = new Int32Array(256);

	constructor(geometries: readonly AreaGeometry[]) {
		this.count = geometries.length;
		this.#flat = flattenAreas(geometries);
		this.#chunks = buildEdgeChunks(this.#flat);
		const box = this.#flat.areaBox;
		const indexed: number[] = [];
		for (let area = 0; area < this.count; area++) {
			if (!Number.isNaN(box[area * 4])) indexed.push(area);
		}
		this.#areaOf = Int32Array.from(indexed);

		// The overlap rule, decided once: ranked by planar area, then by index, the first area
		// of a cell's list that holds the point is the answer.
		const sizes = Float64Array.from(geometries, planarArea);
		const ranked = [...indexed].sort((a, b) => sizes[a] - sizes[b] || a - b);
		this.#grid = buildCellGrid(box, ranked);

		if (indexed.length === 0) {
			this.#tree = null;
			return;
		}
		const tree = new Flatbush(indexed.length);
		for (const area of indexed) {
			tree.add(box[area * 4], box[area * 4 + 1], box[area * 4 + 2], box[area * 4 + 3]);
		}
		tree.finish();
		this.#tree = tree;
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
		if (!(meters >= 0)) throw new RangeError(`within: meters must be ≥ 0, got ${meters}`);
		if (this.#tree === null || !Number.isFinite(lon) || !Number.isFinite(lat)) return;
		const { dLon, dLat } = degreesAround(lat, meters);
		const candidates = this.#tree.search(lon - dLon, lat - dLat, lon + dLon, lat + dLat);
		if (candidates.length > this.#scratch.length) {
			this.#scratch = new Int32Array(candidates.length * 2);
		}
		for (let i = 0; i < candidates.length; i++) this.#scratch[i] = this.#areaOf[candidates[i]];
		const areas = this.#scratch.subarray(0, candidates.length).sort();
		const box = this.#flat.areaBox;
		const kx = Math.cos((lat * Math.PI) / 180) * METERS_PER_DEGREE;
		for (let k = 0; k < areas.length; k++) {
			const area = areas[k];
			// The search box is a square; an area box in its corners may still be out of reach.
			const b = area * 4;
			const bx = Math.max(box[b] - lon, 0, lon - box[b + 2]) * kx;
			const by = Math.max(box[b + 1] - lat, 0, lat - box[b + 3]) * METERS_PER_DEGREE;
			if (bx * bx + by * by > meters * meters) continue;
			if (bx === 0 && by === 0 && pointInArea(this.#flat, area, lon, lat)) {
				visit(area, 0);
				continue;
			}
			const distance = distanceToBoundaryWithin(this.#flat, this.#chunks, area, lon, lat, meters);
			if (distance <= meters) visit(area, distance);
		}
	}
}

/**
 * Builds an index over areas given as GeoJSON Polygon/MultiPolygon geometries in WGS84 degrees;
 * degenerate rings are skipped, and an area without usable rings holds no point.
 *
 * Coordinates go into flat typed arrays (see `flattenAreas`). `locate` looks up candidates in a
 * uniform grid whose cells list the areas ranked by the overlap rule, so the first hit is the
 * answer; `within` asks a Flatbush tree over the areas' boxes. For ~14,000 areas it builds in
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
