import type { AreaGeometry, LonLat } from '../records';
import { METERS_PER_DEGREE } from './distance';

/** Twice the signed shoelace area of a ring in square degrees (longitude scaled by `kx`), relative to its first vertex for precision. */
function doubledRingArea(ring: readonly LonLat[], kx: number): number {
	if (ring.length < 4) return 0; // degenerate rings are skipped, as in flattenAreas
	const x0 = ring[0][0];
	const y0 = ring[0][1];
	let sum = 0;
	for (let i = 1; i + 1 < ring.length; i++) {
		const ax = (ring[i][0] - x0) * kx;
		const ay = ring[i][1] - y0;
		const bx = (ring[i + 1][0] - x0) * kx;
		const by = ring[i + 1][1] - y0;
		sum += ax * by - bx * ay;
	}
	return sum;
}

/**
 * Area of a Polygon or MultiPolygon in m², in an equirectangular projection at the middle latitude
 * of the geometry: each polygon's first ring minus its holes, summed over the polygons.
 *
 * Good to a fraction of a percent for areas the size of a gemeente; used to rank overlapping areas,
 * not to report surface figures. Rings are taken as GeoJSON structures them, whichever way they
 * run; a polygon whose holes outweigh its outer ring counts as 0.
 */
export function planarArea(geometry: AreaGeometry): number {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	let minLat = Infinity;
	let maxLat = -Infinity;
	for (let p = 0; p < polygons.length; p++) {
		const outer = polygons[p][0] ?? [];
		for (let i = 0; i < outer.length; i++) {
			const lat = outer[i][1];
			if (lat < minLat) minLat = lat;
			if (lat > maxLat) maxLat = lat;
		}
	}
	if (!(minLat <= maxLat)) return 0;
	const kx = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);

	let total = 0;
	for (let p = 0; p < polygons.length; p++) {
		const rings = polygons[p];
		if (!rings[0]) continue;
		let area = Math.abs(doubledRingArea(rings[0], kx));
		for (let hole = 1; hole < rings.length; hole++)
			area -= Math.abs(doubledRingArea(rings[hole], kx));
		if (area > 0) total += area;
	}
	const result = (total / 2) * METERS_PER_DEGREE * METERS_PER_DEGREE;
	return Number.isFinite(result) ? result : 0;
}
