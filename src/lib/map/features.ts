import type { Area, LonLat, Need, Offer } from '$lib/domain/records';
import { unknownCategoryColour } from './palette';

// Records turned into the GeoJSON the map draws. Only what the map needs travels to its worker:
// ids, a label, a colour. The map never decides which records are shown — the page filters them,
// so the map, the list and the counts always show the same records.

/** A GeoJSON point feature for one offer or need. */
export interface RecordPoint {
	type: 'Feature';
	/** Numeric feature id, so MapLibre can keep per-feature state. */
	id: number;
	geometry: { type: 'Point'; coordinates: LonLat };
	properties: { id: string; kind: 'offer' | 'need'; label: string; colour: string };
}

/** A GeoJSON polygon feature for one area. */
export interface AreaShape {
	type: 'Feature';
	id: number;
	geometry: Area['geometry'];
	properties: { code: string; name: string; fill: string | null };
}

/** A GeoJSON FeatureCollection of `F`. */
export interface Collection<F> {
	type: 'FeatureCollection';
	features: F[];
}

/** A bounding box as `[west, south, east, north]` in WGS84 degrees. */
export type Bounds = [number, number, number, number];

/**
 * The located offers as map points, coloured by their first category.
 *
 * @param colours colour by category id (see `categoryColours`)
 */
export function offerPoints(
	offers: readonly Offer[],
	colours: ReadonlyMap<string, string>
): Collection<RecordPoint> {
	const features: RecordPoint[] = [];
	offers.forEach((offer, i) => {
		if (!offer.location) return;
		const category = offer.categories[0] ?? '';
		features.push({
			type: 'Feature',
			id: i,
			geometry: { type: 'Point', coordinates: offer.location },
			properties: {
				id: offer.id,
				kind: 'offer',
				label: offer.name,
				colour: colours.get(category) ?? unknownCategoryColour
			}
		});
	});
	return { type: 'FeatureCollection', features };
}

/**
 * The located needs as map points, coloured by category.
 *
 * @param labels a short label per need (the page words it: category and count)
 */
export function needPoints(
	needs: readonly Need[],
	colours: ReadonlyMap<string, string>,
	labels: (need: Need) => string
): Collection<RecordPoint> {
	const features: RecordPoint[] = [];
	needs.forEach((need, i) => {
		if (!need.location) return;
		features.push({
			type: 'Feature',
			id: i,
			geometry: { type: 'Point', coordinates: need.location },
			properties: {
				id: need.id,
				kind: 'need',
				label: labels(need),
				colour: colours.get(need.category) ?? unknownCategoryColour
			}
		});
	});
	return { type: 'FeatureCollection', features };
}

/**
 * The areas as map polygons.
 *
 * @param fills a fill colour per area code (a choropleth); areas without one are drawn outlined
 */
export function areaShapes(
	areas: readonly Area[],
	fills: ReadonlyMap<string, string> = new Map()
): Collection<AreaShape> {
	return {
		type: 'FeatureCollection',
		features: areas.map((area, i) => ({
			type: 'Feature',
			id: i,
			geometry: area.geometry,
			properties: { code: area.code, name: area.name, fill: fills.get(area.code) ?? null }
		}))
	};
}

/**
 * The smallest box holding every area and every given point; null when there is nothing.
 */
export function boundsOf(areas: readonly Area[], points: readonly LonLat[] = []): Bounds | null {
	let west = Infinity;
	let south = Infinity;
	let east = -Infinity;
	let north = -Infinity;
	const add = ([lon, lat]: readonly number[]) => {
		if (lon === undefined || lat === undefined) return;
		if (lon < west) west = lon;
		if (lon > east) east = lon;
		if (lat < south) south = lat;
		if (lat > north) north = lat;
	};
	for (const area of areas) {
		const polygons =
			area.geometry.type === 'Polygon' ? [area.geometry.coordinates] : area.geometry.coordinates;
		for (const polygon of polygons) for (const point of polygon[0] ?? []) add(point);
	}
	for (const point of points) add(point);
	return west <= east ? [west, south, east, north] : null;
}
