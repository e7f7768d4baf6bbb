import type { FlatAreas } from './flatten';

/**
 * Whether a point (degrees) lies inside an area by the even-odd rule over all of its rings: a ray
 * from the point towards the east crosses the area's edges an odd number of times.
 *
 * Counting crossings over every ring at once, without asking which ring is outer and which is a
 * hole, makes holes, islands, self-touching rings and bow-ties all come out as drawn.
 *
 * A point exactly on an edge is decided by the half-open crossing rule, as if it were moved an
 * infinitesimal step north-east: on the west or south side of a square it is inside, on the east
 * or north side outside. Each edge is evaluated from its southern end whichever way the ring runs,
 * so two areas sharing an edge (same vertices) never both claim, nor both miss, a point on it.
 */
export function pointInArea(flat: FlatAreas, area: number, lon: number, lat: number): boolean {
	const { coords, ringStart, areaRingStart, ringBox } = flat;
	let inside = false;
	for (let ring = areaRingStart[area], last = areaRingStart[area + 1]; ring < last; ring++) {
		// No edge of a ring can straddle a latitude outside its box (the test below is exact).
		if (lat < ringBox[ring * 4 + 1] || lat >= ringBox[ring * 4 + 3]) continue;
		const end = ringStart[ring + 1] * 2 - 2;
		let i = ringStart[ring] * 2;
		let x0 = coords[i];
		let y0 = coords[i + 1];
		for (; i < end; i += 2) {
			const x1 = coords[i + 2];
			const y1 = coords[i + 3];
			if (y0 > lat !== y1 > lat) {
				// Is the edge east of the point at this latitude? Cross-multiplied to avoid a division.
				const east =
					y0 < y1
						? (lon - x0) * (y1 - y0) < (lat - y0) * (x1 - x0)
						: (lon - x1) * (y0 - y1) < (lat - y1) * (x0 - x1);
				if (east) inside = !inside;
			}
			x0 = x1;
			y0 = y1;
		}
	}
	return inside;
}
