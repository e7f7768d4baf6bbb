import { buildAreaIndex } from '../geo/area-index';
import type { AreaGeometry, LonLat } from '../records';

// Where a record goes when the user puts it somewhere: on a point of the map, or in a buurt
// chosen from a list (the keyboard path).
//
// The scores place a record with a point in the area that contains the point, and only a record
// without a point by its area code (`targeting/place-records.ts`). So a record moved to another
// buurt by choosing it from a list cannot keep a point that lies outside that buurt: the point
// would keep it where it was. Choosing a buurt therefore keeps the point only when it already lies
// in that buurt, and otherwise removes it; the record is then "niet op de kaart" until the user
// places it again, and the UI says so. This is what a user who chose a buurt expects: the record
// counts in that buurt.

/** Where a record is: a point (or none) and the code of the area it belongs to (or none). */
export interface Placement {
	location: LonLat | null;
	areaCode: string | null;
}

/** Finds the code of the area that holds a point. */
export interface AreaLocator {
	/** The code of the area holding the point, or null when it lies outside every area. */
	codeAt(lonLat: LonLat): string | null;
}

/**
 * A locator over the areas, ranked by code as the scores rank them, so a point in an overlapping
 * sliver lands in the same area here as in the scores.
 */
export function areaLocator(
	areas: readonly { code: string; geometry: AreaGeometry }[]
): AreaLocator {
	const sorted = [...areas].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
	const index = buildAreaIndex(sorted.map((area) => area.geometry));
	return {
		codeAt([lon, lat]) {
			const found = index.locate(lon, lat);
			return found < 0 ? null : sorted[found]!.code;
		}
	};
}

/** The placement of a record put on a point: the point, and the area that holds it (or none). */
export function placeAtPoint(lonLat: LonLat, locator: AreaLocator): Placement {
	return { location: lonLat, areaCode: locator.codeAt(lonLat) };
}

/** The placement of a record moved into an area by choosing it, and whether its point went. */
export function placeInArea(
	current: Placement,
	areaCode: string | null,
	locator: AreaLocator
): Placement & { pointRemoved: boolean } {
	// A point outside every area fits "no area"; any other point must lie in the chosen area.
	const keep = current.location !== null && locator.codeAt(current.location) === areaCode;
	return {
		location: keep ? current.location : null,
		areaCode,
		pointRemoved: current.location !== null && !keep
	};
}
