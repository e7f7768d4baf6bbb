import type { Bounds } from './features';
import { tilesCovering, type TileId } from './tiles';

// How much of the basemap "deze wijk offline bewaren" keeps: from a zoom that shows the whole
// gemeente to street level, dropping the finest levels if the area is so large that the tiles
// would fill the device.

/** Coarsest zoom kept: a gemeente fits on screen. */
export const offlineMinZoom = 11;
/** Finest zoom kept: streets and house blocks. */
export const offlineMaxZoom = 17;
/** Most tiles kept for one analysis (about 20–40 MB of PNG). */
export const offlineTileLimit = 2500;

/** The tiles to keep for an area, and the zoom levels they span. */
export interface TilePlan {
	tiles: TileId[];
	minZoom: number;
	maxZoom: number;
}

/** Plans which tiles to keep for `bounds`, at most `limit` of them. */
export function planOfflineTiles(bounds: Bounds, limit = offlineTileLimit): TilePlan {
	for (let maxZoom = offlineMaxZoom; maxZoom > offlineMinZoom; maxZoom--) {
		const tiles = tilesCovering(bounds, offlineMinZoom, maxZoom);
		if (tiles.length <= limit) return { tiles, minZoom: offlineMinZoom, maxZoom };
	}
	const tiles = tilesCovering(bounds, offlineMinZoom, offlineMinZoom).slice(0, limit);
	return { tiles, minZoom: offlineMinZoom, maxZoom: offlineMinZoom };
}
