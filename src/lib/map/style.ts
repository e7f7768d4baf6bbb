import type { StyleSpecification } from 'maplibre-gl';

// The map's own style. Without a basemap it is a plain light background: the map works fully
// offline and in tests, and makes no request at all. The basemap is a separate raster source that
// is only added when the user turned online maps on.

/** Host of the PDOK basemap tiles. */
export const brtTileOrigin = 'https://service.pdok.nl';
/** Path every PDOK basemap tile starts with. */
export const brtTilePath = '/brt/achtergrondkaart/';
/** PDOK BRT-Achtergrondkaart, grey variant (coloured points stand out), Web Mercator tiles. */
export const brtTileUrl = `${brtTileOrigin}${brtTilePath}wmts/v2_0/grijs/EPSG:3857/{z}/{x}/{y}.png`;

/**
 * The browser cache that keeps basemap tiles for offline use ("deze wijk offline bewaren"); the
 * service worker answers from it when the network fails. Its name does not start with `nabuur-`,
 * so a new app version, which replaces its own caches, leaves the kept tiles alone.
 */
export const tileCacheName = 'kaarttegels';

/** Attribution the basemap requires wherever it is shown. */
export const brtAttribution = 'Kaart: Kadaster / PDOK (BRT-Achtergrondkaart)';

/** The largest zoom level the BRT tiles exist for. */
export const brtMaxZoom = 19;

/** Background colour of the map without a basemap. */
export const mapBackground = '#fbfbf9';

/** The style the map starts with: background only, no sources that fetch anything. */
export function baseStyle(): StyleSpecification {
	return {
		version: 8,
		sources: {},
		layers: [{ id: 'background', type: 'background', paint: { 'background-color': mapBackground } }]
	};
}
