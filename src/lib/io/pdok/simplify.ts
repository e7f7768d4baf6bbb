import type { AreaGeometry, LonLat } from '../../domain/records';

// PDOK serves full-resolution boundaries: thousands of vertices per buurt, far more than a
// wijk map needs and heavy to keep offline. Rings are simplified with Douglas–Peucker in a local
// metric projection, keeping every ring closed and at least a triangle.

/** Metres per degree of latitude (mean Earth radius 6,371 km). */
const metresPerDegree = (Math.PI * 6_371_000) / 180;

/** Squared distance from p to the segment a–b, in the units of the input. */
function segmentDistanceSquared(
	px: number,
	py: number,
	ax: number,
	ay: number,
	bx: number,
	by: number
): number {
	const dx = bx - ax;
	const dy = by - ay;
	const length = dx * dx + dy * dy;
	let t = length === 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / length;
	t = Math.max(0, Math.min(1, t));
	const x = ax + t * dx - px;
	const y = ay + t * dy - py;
	return x * x + y * y;
}

/**
 * Simplifies one closed ring, keeping vertices that deviate more than `tolerance` metres.
 * The result is closed again; a ring that would collapse keeps its four most distinct points.
 *
 * @param ring closed ring of `[lon, lat]` in degrees (first point equals last)
 * @param tolerance largest allowed deviation in metres
 */
export function simplifyRing(ring: readonly LonLat[], tolerance: number): LonLat[] {
	if (ring.length <= 4) return ring.map(([lon, lat]) => [lon, lat]);
	const lat0 = ring[0]![1];
	const kx = metresPerDegree * Math.cos((lat0 * Math.PI) / 180);
	const ky = metresPerDegree;
	const last = ring.length - 1;
	const keep = new Uint8Array(ring.length);
	keep[0] = 1;
	keep[last] = 1;
	// A closed ring starts and ends at the same point; split it at the point farthest from the
	// start so that Douglas–Peucker has a real segment to measure against.
	let far = 1;
	let farDistance = -1;
	for (let i = 1; i < last; i++) {
		const dx = (ring[i]![0] - ring[0]![0]) * kx;
		const dy = (ring[i]![1] - ring[0]![1]) * ky;
		const d = dx * dx + dy * dy;
		if (d > farDistance) {
			farDistance = d;
			far = i;
		}
	}
	keep[far] = 1;
	const limit = tolerance * tolerance;
	const stack: [number, number][] = [
		[0, far],
		[far, last]
	];
	while (stack.length > 0) {
		const [from, to] = stack.pop()!;
		let worst = -1;
		let worstDistance = limit;
		const [ax, ay] = ring[from]!;
		const [bx, by] = ring[to]!;
		for (let i = from + 1; i < to; i++) {
			const [px, py] = ring[i]!;
			const d = segmentDistanceSquared(px * kx, py * ky, ax * kx, ay * ky, bx * kx, by * ky);
			if (d > worstDistance) {
				worstDistance = d;
				worst = i;
			}
		}
		if (worst >= 0) {
			keep[worst] = 1;
			stack.push([from, worst], [worst, to]);
		}
	}
	const kept: LonLat[] = [];
	for (let i = 0; i <= last; i++) if (keep[i]) kept.push([ring[i]![0], ring[i]![1]]);
	if (kept.length >= 4) return kept;
	// Too small to survive the tolerance: keep a quadrilateral of the original's spread points.
	const step = last / 3;
	return [0, Math.round(step), Math.round(2 * step), last].map((i) => [ring[i]![0], ring[i]![1]]);
}

/**
 * Simplifies every ring of a polygon or multipolygon.
 *
 * @param tolerance largest allowed deviation in metres (5 m keeps buurt boundaries recognisable)
 */
export function simplifyGeometry(geometry: AreaGeometry, tolerance: number): AreaGeometry {
	if (geometry.type === 'Polygon') {
		return {
			type: 'Polygon',
			coordinates: geometry.coordinates.map((ring) => simplifyRing(ring, tolerance))
		};
	}
	return {
		type: 'MultiPolygon',
		coordinates: geometry.coordinates.map((polygon) =>
			polygon.map((ring) => simplifyRing(ring, tolerance))
		)
	};
}
