import type { LonLat } from '../records';
import type { Random } from './random';

/** A quadrilateral cell of a jittered grid, corners counter-clockwise from south-west. */
export type Quad = [LonLat, LonLat, LonLat, LonLat];

/**
 * Builds `columns × rows` cells that tile a rectangle exactly: neighbouring cells share their
 * corner points, and inner corners are moved by up to `jitter` of a cell so the result looks like
 * real buurten rather than a chessboard while every cell stays convex (jitter below 0.25).
 *
 * @param origin south-west corner as [lon, lat] in degrees
 * @param cell cell size as [width, height] in degrees
 */
export function jitteredGrid(
	random: Random,
	origin: LonLat,
	cell: LonLat,
	columns: number,
	rows: number,
	jitter: number
): Quad[] {
	const corner: LonLat[][] = [];
	for (let i = 0; i <= columns; i++) {
		corner.push([]);
		for (let j = 0; j <= rows; j++) {
			const inner = i > 0 && i < columns && j > 0 && j < rows;
			const dx = inner ? random.between(-jitter, jitter) * cell[0] : 0;
			const dy = inner ? random.between(-jitter, jitter) * cell[1] : 0;
			corner[i]!.push([round6(origin[0] + i * cell[0] + dx), round6(origin[1] + j * cell[1] + dy)]);
		}
	}
	const quads: Quad[] = [];
	for (let j = rows - 1; j >= 0; j--) {
		for (let i = 0; i < columns; i++) {
			quads.push([corner[i]![j]!, corner[i + 1]![j]!, corner[i + 1]![j + 1]!, corner[i]![j + 1]!]);
		}
	}
	return quads;
}

/**
 * A point inside a convex quad, by bilinear interpolation of its corners; `u` and `v` in (0, 1)
 * move from the west to the east side and from the south to the north side.
 */
export function pointInQuad(quad: Quad, u: number, v: number): LonLat {
	const [sw, se, ne, nw] = quad;
	const lon = (1 - u) * (1 - v) * sw[0] + u * (1 - v) * se[0] + u * v * ne[0] + (1 - u) * v * nw[0];
	const lat = (1 - u) * (1 - v) * sw[1] + u * (1 - v) * se[1] + u * v * ne[1] + (1 - u) * v * nw[1];
	return [round6(lon), round6(lat)];
}

/** Rounds degrees to 6 decimals (about 0.1 m), the precision CBS-derived files use. */
export function round6(value: number): number {
	return Math.round(value * 1e6) / 1e6;
}
