import type { LonLat } from '../../domain/records';
import { checkLonLat } from './coordinates';
import { truncateValue, type ImportProblem } from './problems';
import type { ParseResult, Table } from './table';

// GeoJSON of offers or needs: each feature is a row, its properties are the cells and its Point
// geometry is the row's location. GeoJSON (RFC 7946) is WGS84 longitude/latitude by definition,
// so a point outside the Netherlands is reported, with its own code when it looks like RD New
// metres or like latitude and longitude swapped.

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** Turns a property value into cell text; lists become `a;b`, so they read like a list column. */
function cellText(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (Array.isArray(value)) return value.map(cellText).join(';');
	return JSON.stringify(value);
}

type PointResult = { ok: true; location: LonLat | null } | { ok: false; problem: ImportProblem };

/** Reads a feature's geometry as a point in the Netherlands, or names what is wrong with it. */
function readPoint(geometry: unknown, row: number): PointResult {
	if (geometry === null || geometry === undefined) return { ok: true, location: null };
	if (!isObject(geometry) || geometry.type !== 'Point') {
		const type = isObject(geometry) ? String(geometry.type) : typeof geometry;
		return {
			ok: false,
			problem: { code: 'unsupported-geometry', row, field: 'location', value: truncateValue(type) }
		};
	}
	const coordinates = geometry.coordinates;
	const pair = Array.isArray(coordinates) ? coordinates.slice(0, 2) : [];
	const [lon, lat] = pair;
	if (typeof lon !== 'number' || typeof lat !== 'number' || !isFinite(lon) || !isFinite(lat)) {
		const value = truncateValue(JSON.stringify(coordinates) ?? '');
		return { ok: false, problem: { code: 'invalid-coordinates', row, field: 'location', value } };
	}
	const code = checkLonLat(lon, lat);
	if (code) {
		return { ok: false, problem: { code, row, field: 'location', value: `${lon}, ${lat}` } };
	}
	return { ok: true, location: [lon, lat] };
}

/**
 * Reads a parsed GeoJSON FeatureCollection (or a single Feature) into a table: one row per
 * feature, columns from the properties in order of first appearance, and a point per row.
 */
export function parseGeoJsonRecords(input: unknown): ParseResult {
	const features =
		isObject(input) && input.type === 'FeatureCollection' && Array.isArray(input.features)
			? (input.features as unknown[])
			: isObject(input) && input.type === 'Feature'
				? [input]
				: null;
	if (!features) return { ok: false, problems: [{ code: 'not-geojson' }] };
	if (features.length === 0) return { ok: false, problems: [{ code: 'no-features' }] };

	const columnIndex = new Map<string, number>();
	const kept: Array<{ row: number; properties: Json; location: LonLat | null }> = [];
	const problems: ImportProblem[] = [];
	features.forEach((feature, i) => {
		const row = i + 1;
		if (!isObject(feature) || feature.type !== 'Feature') {
			problems.push({ code: 'invalid-feature', row });
			return;
		}
		const properties = isObject(feature.properties) ? feature.properties : {};
		for (const key of Object.keys(properties)) {
			if (!columnIndex.has(key.trim())) columnIndex.set(key.trim(), columnIndex.size);
		}
		const point = readPoint(feature.geometry, row);
		if (!point.ok) problems.push(point.problem);
		// A row whose point is unusable is kept, so its other values are still checked.
		kept.push({ row, properties, location: point.ok ? point.location : null });
	});

	const columns = [...columnIndex.keys()];
	const rows = kept.map(({ properties }) => {
		const cells = new Array<string>(columns.length).fill('');
		for (const [key, value] of Object.entries(properties)) {
			const index = columnIndex.get(key.trim());
			if (index !== undefined) cells[index] = cellText(value);
		}
		return cells;
	});
	const table: Table = {
		origin: 'geojson',
		columns,
		rows,
		rowNumbers: kept.map((k) => k.row),
		locations: kept.map((k) => k.location),
		problems
	};
	return { ok: true, table };
}
