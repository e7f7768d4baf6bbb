import proj4 from 'proj4';
import type { AreaGeometry, LonLat } from '../records';

// RD New (Rijksdriehoeksstelsel, EPSG:28992) is the Dutch national grid in metres. CBS and PDOK
// deliver boundaries in it; Nabuur stores WGS84 lon/lat. The 7-parameter datum shift in the
// definition below is accurate to about a metre, far better than the generalised CBS boundaries.

/** The proj4 definition of RD New (EPSG:28992), including the datum shift to WGS84. */
export const rdNewDefinition =
	'+proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000 +ellps=bessel +towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 +units=m +no_defs';

const rdConverter = proj4(rdNewDefinition, 'WGS84');

/** Rounds to 6 decimals of a degree (about 0.1 m), so repeated imports give identical numbers. */
function roundDegrees(value: number): number {
	return Math.round(value * 1e6) / 1e6;
}

/** Converts an RD New point (x and y in metres) to WGS84 `[longitude, latitude]` in degrees, 6 decimals. */
export function rdToWgs84(x: number, y: number): LonLat {
	const [lon, lat] = rdConverter.forward([x, y]);
	return [roundDegrees(lon), roundDegrees(lat)];
}

/** Converts a WGS84 point (degrees) to RD New `[x, y]` in metres, rounded to the millimetre. */
export function wgs84ToRd(lon: number, lat: number): [number, number] {
	const [x, y] = rdConverter.inverse([lon, lat]);
	return [Math.round(x * 1000) / 1000, Math.round(y * 1000) / 1000];
}

/** A point in RD New as `[x, y]` in metres; further ordinates (height) are ignored. */
export type RdPosition = readonly number[];

/** A Polygon or MultiPolygon whose coordinates are RD New metres. */
export type RdGeometry =
	| { type: 'Polygon'; coordinates: RdPosition[][] }
	| { type: 'MultiPolygon'; coordinates: RdPosition[][][] };

function reprojectRings(rings: RdPosition[][]): LonLat[][] {
	return rings.map((ring) => ring.map(([x, y]) => rdToWgs84(x, y)));
}

/** Reprojects every vertex of an RD New polygon or multipolygon (metres) to WGS84 degrees. */
export function reprojectGeometryFromRd(geometry: RdGeometry): AreaGeometry {
	return geometry.type === 'Polygon'
		? { type: 'Polygon', coordinates: reprojectRings(geometry.coordinates) }
		: { type: 'MultiPolygon', coordinates: geometry.coordinates.map(reprojectRings) };
}

/** The coordinate systems Nabuur can import boundaries in. */
export type CoordinateSystem = 'wgs84' | 'rd-new';

/** What a single point looks like: one of the supported systems, WGS84 with lat/lon swapped, or unknown. */
export type PointKind = CoordinateSystem | 'lat-lon-swapped' | 'unknown';

/** A bounding box as minimum and maximum x and y, in the units of its coordinate system. */
export interface Bounds {
	minX: number;
	maxX: number;
	minY: number;
	maxY: number;
}

/** Where Dutch points fall in WGS84: longitude 3–8°, latitude 50–54° (degrees). */
export const wgs84NetherlandsBounds: Bounds = { minX: 3, maxX: 8, minY: 50, maxY: 54 };

/** Where Dutch points fall in RD New: x 0–300,000 m, y 289,000–629,000 m (metres). */
export const rdNewBounds: Bounds = { minX: 0, maxX: 300_000, minY: 289_000, maxY: 629_000 };

function within(x: number, y: number, b: Bounds): boolean {
	return x >= b.minX && x <= b.maxX && y >= b.minY && y <= b.maxY;
}

/**
 * Classifies one point `(x, y)` by the ranges Dutch coordinates fall in; the ranges do not
 * overlap, so a point is at most one kind (Web Mercator metres, for one, are `unknown`).
 */
export function classifyPoint(x: number, y: number): PointKind {
	if (!Number.isFinite(x) || !Number.isFinite(y)) return 'unknown';
	if (within(x, y, wgs84NetherlandsBounds)) return 'wgs84';
	if (within(x, y, rdNewBounds)) return 'rd-new';
	if (within(y, x, wgs84NetherlandsBounds)) return 'lat-lon-swapped';
	return 'unknown';
}

/** True when there is at least one point and every point lies in the Dutch RD New range (metres). */
export function looksLikeRd(points: Iterable<RdPosition>): boolean {
	let any = false;
	for (const [x, y] of points) {
		if (classifyPoint(x ?? NaN, y ?? NaN) !== 'rd-new') return false;
		any = true;
	}
	return any;
}

/** The name in a GeoJSON `crs` member (`properties.name`, or the old `properties.code`), if any. */
export function crsName(crs: unknown): string | undefined {
	if (typeof crs !== 'object' || crs === null || !('properties' in crs)) return undefined;
	const properties = crs.properties;
	if (typeof properties !== 'object' || properties === null) return undefined;
	const raw =
		'name' in properties ? properties.name : 'code' in properties ? properties.code : undefined;
	return typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : undefined;
}

/**
 * The coordinate system a CRS name stands for: RD New for EPSG:28992 in any usual spelling
 * (`EPSG:28992`, `urn:ogc:def:crs:EPSG::28992`, `…/def/crs/EPSG/0/28992`); WGS84 for CRS84,
 * EPSG:4326 and EPSG:4258 (ETRS89, within a metre of WGS84); otherwise undefined.
 */
export function coordinateSystemOfCrsName(name: string): CoordinateSystem | undefined {
	if (/crs84$/i.test(name)) return 'wgs84';
	const epsg = /epsg/i.test(name) || /^\d+$/.test(name) ? /(\d+)$/.exec(name)?.[1] : undefined;
	if (epsg === '28992') return 'rd-new';
	if (epsg === '4326' || epsg === '4258') return 'wgs84';
	return undefined;
}

/** The outcome of detecting the coordinate system of a FeatureCollection. */
export type CoordinateSystemDetection =
	| { ok: true; system: CoordinateSystem; declared: boolean }
	| {
			ok: false;
			/** Why: an unsupported `crs` name, points in the wrong range, or no points at all. */
			reason: 'crs-unsupported' | 'crs-mismatch' | 'lat-lon-swapped' | 'unrecognised' | 'empty';
			/** The `crs` name, when the file declares one. */
			crsName?: string;
	  };

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null;
}

/** The first `[x, y]` of a GeoJSON coordinates array of any depth, or null. */
function firstPoint(coordinates: unknown): [number, number] | null {
	let current = coordinates;
	while (Array.isArray(current) && Array.isArray(current[0])) current = current[0];
	if (!Array.isArray(current) || current.length < 2) return null;
	const [x, y] = current;
	return typeof x === 'number' && typeof y === 'number' ? [x, y] : null;
}

/**
 * Detects whether a GeoJSON FeatureCollection is in WGS84 or RD New: from its `crs` member when it
 * has one, otherwise from the first vertex of every feature; the kind most vertices share decides
 * when more than half agree (single stray features are left to the importer to report).
 */
export function detectCoordinateSystem(collection: {
	crs?: unknown;
	features?: unknown;
}): CoordinateSystemDetection {
	const name = crsName(collection.crs);
	const named = name === undefined ? undefined : coordinateSystemOfCrsName(name);
	if (name !== undefined && !named) return { ok: false, reason: 'crs-unsupported', crsName: name };
	const counts = new Map<PointKind, number>();
	let total = 0;
	for (const feature of Array.isArray(collection.features) ? collection.features : []) {
		const geometry = isObject(feature) ? feature.geometry : undefined;
		const point = firstPoint(isObject(geometry) ? geometry.coordinates : undefined);
		if (!point) continue;
		const kind = classifyPoint(point[0], point[1]);
		counts.set(kind, (counts.get(kind) ?? 0) + 1);
		total++;
	}
	if (total === 0) return { ok: false, reason: 'empty' };
	const [kind, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
	const majority = count * 2 > total;
	if (named) {
		if (majority && kind === named) return { ok: true, system: named, declared: true };
		return { ok: false, reason: 'crs-mismatch', crsName: name };
	}
	if (majority && (kind === 'wgs84' || kind === 'rd-new')) {
		return { ok: true, system: kind, declared: false };
	}
	return { ok: false, reason: majority && kind === 'lat-lon-swapped' ? kind : 'unrecognised' };
}
