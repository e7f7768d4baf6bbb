import { EDGES_PER_CHUNK, type EdgeChunks } from './edge-chunks';
import type { FlatAreas } from './flatten';

// Distances use a local equirectangular projection around the query point:
// x = Δlon · cos(lat) · R, y = Δlat · R. Over the few kilometres an offer reaches this is within
// about 0.1 % of the geodesic distance in the Netherlands, and needs no trigonometry per vertex.

/** Mean Earth radius in metres (IUGG R1), as used by turf. */
export const EARTH_RADIUS_METERS = 6_371_008.8;

/** Length of one degree of latitude (and of longitude at the equator) in metres. */
export const METERS_PER_DEGREE = (EARTH_RADIUS_METERS * Math.PI) / 180;

/** Half-widths in degrees of a box around a point at `lat` (degrees) holding every point within `meters` of it in the local projection. */
export function degreesAround(lat: number, meters: number): { dLon: number; dLat: number } {
	const dLat = meters / METERS_PER_DEGREE;
	const cos = Math.cos((lat * Math.PI) / 180);
	// Near a pole the box covers every longitude.
	return { dLat, dLon: cos > 1e-9 ? dLat / cos : 360 };
}

/** Metres per degree of longitude at `lat` (degrees) in the local projection distances use. */
export function metersPerDegreeLon(lat: number): number {
	return Math.cos((lat * Math.PI) / 180) * METERS_PER_DEGREE;
}

/**
 * The shortest distance from a point (degrees) to an area's boundary, in metres in a local
 * equirectangular projection around the point, when it is at most `limitMeters`; otherwise
 * Infinity (pass Infinity for no limit). Parts of the boundary whose box lies
 * farther than the limit or than the nearest edge found so far are skipped, chunk by chunk, so an
 * area at the edge of an offer's reach costs a few box tests instead of every edge.
 */
export function distanceToBoundaryWithin(
	flat: FlatAreas,
	chunks: EdgeChunks,
	area: number,
	lon: number,
	lat: number,
	limitMeters: number
): number {
	return distanceToBoundaryAt(flat, chunks, area, lon, lat, metersPerDegreeLon(lat), limitMeters);
}

/**
 * `distanceToBoundaryWithin` with the point's `metersPerDegreeLon` given, for callers that measure
 * one point against many areas and so take the cosine once. The same numbers, bit for bit.
 */
export function distanceToBoundaryAt(
	flat: FlatAreas,
	chunks: EdgeChunks,
	area: number,
	lon: number,
	lat: number,
	kx: number,
	limitMeters: number
): number {
	const { coords, ringStart, areaRingStart, ringBox } = flat;
	const { ringChunkStart, chunkVertex, chunkBox } = chunks;
	const ky = METERS_PER_DEGREE;
	let best = limitMeters * limitMeters; // squared metres
	let found = false;

	for (let ring = areaRingStart[area], last = areaRingStart[area + 1]; ring < last; ring++) {
		const b = ring * 4;
		const bx = Math.max(ringBox[b] - lon, 0, lon - ringBox[b + 2]) * kx;
		const by = Math.max(ringBox[b + 1] - lat, 0, lat - ringBox[b + 3]) * ky;
		if (bx * bx + by * by > best) continue;
		const lastVertex = ringStart[ring + 1] - 1;
		for (let c = ringChunkStart[ring], end = ringChunkStart[ring + 1]; c < end; c++) {
			const cb = c * 4;
			const cx = Math.max(chunkBox[cb] - lon, 0, lon - chunkBox[cb + 2]) * kx;
			const cy = Math.max(chunkBox[cb + 1] - lat, 0, lat - chunkBox[cb + 3]) * ky;
			if (cx * cx + cy * cy > best) continue;
			const first = chunkVertex[c];
			const stop = Math.min(first + EDGES_PER_CHUNK, lastVertex) * 2;
			let i = first * 2;
			let ax = (coords[i] - lon) * kx;
			let ay = (coords[i + 1] - lat) * ky;
			for (; i < stop; i += 2) {
				const nx = (coords[i + 2] - lon) * kx;
				const ny = (coords[i + 3] - lat) * ky;
				const dx = nx - ax;
				const dy = ny - ay;
				const length2 = dx * dx + dy * dy;
				// The nearest point of the edge is a + t·d with t = dot / length2 clamped to [0, 1];
				// the division is needed only strictly between the ends (same bits as clamping after it).
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
				if (d2 <= best) {
					best = d2;
					found = true;
				}
				ax = nx;
				ay = ny;
			}
		}
	}
	return found ? Math.sqrt(best) : Infinity;
}
