import { describe, expect, it } from 'vitest';
import { parseGeoJsonRecords } from './parse-geojson';

const feature = (geometry: unknown, properties: unknown = { naam: 'A' }) => ({
	type: 'Feature',
	geometry,
	properties
});
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
const point = (lon: number, lat: number) => ({ type: 'Point', coordinates: [lon, lat] });

describe('parseGeoJsonRecords', () => {
	it('makes a column of every property, in order of first appearance', () => {
		const result = parseGeoJsonRecords(
			collection(
				feature(point(5.1, 52.1), { naam: 'A', aantal: 3 }),
				feature(point(5.2, 52.2), { status: 'actief', naam: 'B' })
			)
		);
		expect(result).toEqual({
			ok: true,
			table: {
				origin: 'geojson',
				columns: ['naam', 'aantal', 'status'],
				rows: [
					['A', '3', ''],
					['B', '', 'actief']
				],
				rowNumbers: [1, 2],
				locations: [
					[5.1, 52.1],
					[5.2, 52.2]
				],
				problems: []
			}
		});
	});

	it('turns lists into `a;b` cells and other values into text', () => {
		const result = parseGeoJsonRecords(
			feature(null, { c: ['taal', 'vervoer'], b: true, n: null, o: { x: 1 } })
		);
		expect(result.ok && result.table.rows).toEqual([['taal;vervoer', 'true', '', '{"x":1}']]);
	});

	it('accepts a feature without geometry as a row without location', () => {
		const result = parseGeoJsonRecords(collection(feature(null)));
		expect(result.ok && result.table.locations).toEqual([null]);
	});

	it.each([
		['RD New metres', point(136512, 455874), 'coordinates-look-like-rd'],
		['latitude first', point(52.09, 5.12), 'coordinates-swapped'],
		['a point in Paris', point(2.35, 48.85), 'coordinates-outside-netherlands']
	])('reports a point given in %s with its own code', (_what, geometry, code) => {
		const result = parseGeoJsonRecords(collection(feature(geometry)));
		expect(result.ok && result.table.problems).toEqual([
			expect.objectContaining({ code, row: 1, field: 'location' })
		]);
	});

	it('reports other geometry types per feature and keeps the row for its other checks', () => {
		const line = {
			type: 'LineString',
			coordinates: [
				[5.1, 52.1],
				[5.2, 52.2]
			]
		};
		const result = parseGeoJsonRecords(collection(feature(point(5.1, 52.1)), feature(line)));
		expect(result.ok && result.table.problems).toEqual([
			{ code: 'unsupported-geometry', row: 2, field: 'location', value: 'LineString' }
		]);
		expect(result.ok && result.table.rows.length).toBe(2);
	});

	it('reports coordinates that are not two numbers', () => {
		const result = parseGeoJsonRecords(
			collection(feature({ type: 'Point', coordinates: ['5.1', 52.1] }))
		);
		expect(result.ok && result.table.problems).toEqual([
			{ code: 'invalid-coordinates', row: 1, field: 'location', value: '["5.1",52.1]' }
		]);
	});

	it('reports an entry that is not a feature and leaves it out', () => {
		const result = parseGeoJsonRecords(collection(feature(null), { type: 'Point' }));
		expect(result.ok && result.table.problems).toEqual([{ code: 'invalid-feature', row: 2 }]);
		expect(result.ok && result.table.rowNumbers).toEqual([1]);
	});

	it.each([null, 'text', [], { type: 'Point', coordinates: [5, 52] }])(
		'refuses input that is not GeoJSON features: %j',
		(input) => {
			expect(parseGeoJsonRecords(input)).toEqual({
				ok: false,
				problems: [{ code: 'not-geojson' }]
			});
		}
	);

	it('refuses a collection without features', () => {
		expect(parseGeoJsonRecords(collection())).toEqual({
			ok: false,
			problems: [{ code: 'no-features' }]
		});
	});
});
