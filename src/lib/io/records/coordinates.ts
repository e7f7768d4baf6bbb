// Nabuur works on Dutch neighbourhoods, so an imported point outside the Netherlands is almost
// always a mistake. Two mistakes are common enough to name: coordinates in RD New (EPSG:28992,
// metres, the Dutch national grid) instead of WGS84 degrees, and latitude and longitude swapped.

/** A box around the Netherlands including the Wadden islands and border areas, in WGS84 degrees. */
export const netherlandsBounds = { west: 3.0, east: 7.6, south: 50.6, north: 53.8 } as const;

// The RD New grid's extent for the Netherlands, in metres.
const rdBounds = { minX: -7000, maxX: 300000, minY: 289000, maxY: 629000 } as const;

/** Why a pair of coordinates cannot be a point in the Netherlands. */
export type CoordinateProblemCode =
	'coordinates-look-like-rd' | 'coordinates-swapped' | 'coordinates-outside-netherlands';

/** True if longitude and latitude (WGS84 degrees) fall within `netherlandsBounds`. */
export function isInNetherlands(lon: number, lat: number): boolean {
	const b = netherlandsBounds;
	return lon >= b.west && lon <= b.east && lat >= b.south && lat <= b.north;
}

/** Checks a longitude and latitude in WGS84 degrees; null when they lie in the Netherlands. */
export function checkLonLat(lon: number, lat: number): CoordinateProblemCode | null {
	if (isInNetherlands(lon, lat)) return null;
	if (isInNetherlands(lat, lon)) return 'coordinates-swapped';
	const looksLikeRd =
		lon >= rdBounds.minX &&
		lon <= rdBounds.maxX &&
		lat >= rdBounds.minY &&
		lat <= rdBounds.maxY &&
		(Math.abs(lon) > 180 || Math.abs(lat) > 90);
	return looksLikeRd ? 'coordinates-look-like-rd' : 'coordinates-outside-netherlands';
}
