import { buildAreaIndex } from '../geo/area-index';
import type { AreaGeometry, LonLat } from '../records';

/** A record that lies somewhere: a point, or else the code of the area it belongs to. */
export interface Placeable {
	id: string;
	location: LonLat | null;
	areaCode: string | null;
}

/**
 * The area each record belongs to, decided as the scoring engine decides it
 * (methodology/README.md, sections 3 and 5): a record with a point belongs to the area that
 * contains the point; one without a point to the area its code names. Records that fall in none
 * of the areas map to null.
 *
 * @param areas the comparison set, each with its code and boundary
 * @returns area code by record id
 */
export function placeRecords(
	records: readonly Placeable[],
	areas: readonly { code: string; geometry: AreaGeometry }[]
): Map<string, string | null> {
	// Sorted by code, as the engine sorts, so overlapping slivers resolve the same way.
	const sorted = [...areas].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
	const codes = new Set(sorted.map((area) => area.code));
	const index = buildAreaIndex(sorted.map((area) => area.geometry));
	const placed = new Map<string, string | null>();
	for (const record of records) {
		if (record.location) {
			const a = index.locate(record.location[0], record.location[1]);
			placed.set(record.id, a < 0 ? null : sorted[a].code);
		} else {
			placed.set(record.id, record.areaCode && codes.has(record.areaCode) ? record.areaCode : null);
		}
	}
	return placed;
}
