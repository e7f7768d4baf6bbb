import type { Bounds } from './features';

// Web Mercator tile arithmetic, for saving the basemap of an analysis' area for offline use.

/** One map tile: zoom level and column/row in the XYZ scheme. */
export interface TileId {
	z: number;
	x: number;
	y: number;
}

/** Column of the tile holding a longitude at zoom `z`. */
export function tileX(lon: number, z: number): number {
	return Math.min(2 ** z - 1, Math.max(0, Math.floor(((lon + 180) / 360) * 2 ** z)));
}

/** Row of the tile holding a latitude at zoom `z` (Web Mercator, north at row 0). */
export function tileY(lat: number, z: number): number {
	const rad = (lat * Math.PI) / 180;
	const y = ((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * 2 ** z;
	return Math.min(2 ** z - 1, Math.max(0, Math.floor(y)));
}

/**
 * Every tile covering a box from zoom `minZoom` to `maxZoom`, coarse zooms first.
 *
 * @param bounds `[west, south, east, north]` in WGS84 degrees
 */
export function tilesCovering(bounds: Bounds, minZoom: number, maxZoom: number): TileId[] {
	const [west, south, east, north] = bounds;
	const tiles: TileId[] = [];
	for (let z = minZoom; z <= maxZoom; z++) {
		for (let x = tileX(west, z); x <= tileX(east, z); x++) {
			for (let y = tileY(north, z); y <= tileY(south, z); y++) tiles.push({ z, x, y });
		}
	}
	return tiles;
}

/** The address of one tile, from a template with `{z}`, `{x}` and `{y}`. */
export function tileUrl(template: string, tile: TileId): string {
	return template
		.replace('{z}', String(tile.z))
		.replace('{x}', String(tile.x))
		.replace('{y}', String(tile.y));
}
