import { describe, expect, it } from 'vitest';
import { rdToWgs84 } from '../../domain/geo/rd-new';
import { readAreaGeometry } from './area-geometry';
import type { CbsProblem } from './problems';

const where = { feature: 3 };

function read(geometry: unknown, system: 'wgs84' | 'rd-new' = 'wgs84') {
	const problems: CbsProblem[] = [];
	return { geometry: readAreaGeometry(geometry, system, where, problems), problems };
}

const triangle = [
	[5.1, 52.1],
	[5.2, 52.1],
	[5.2, 52.2],
	[5.1, 52.1]
];

describe('readAreaGeometry', () => {
	it('keeps a valid WGS84 polygon exactly as it is', () => {
		const polygon = { type: 'Polygon', coordinates: [triangle] };
		expect(read(polygon)).toEqual({ geometry: polygon, problems: [] });
	});

	it('closes an unclosed ring and warns about it', () => {
		const { geometry, problems } = read({ type: 'Polygon', coordinates: [triangle.slice(0, 3)] });
		expect(geometry).toEqual({ type: 'Polygon', coordinates: [triangle] });
		expect(problems).toEqual([
			{ code: 'ring-closed', severity: 'warning', feature: 3, polygon: 1, ring: 1 }
		]);
	});

	it('drops a hole of fewer than 4 points and keeps the polygon', () => {
		const hole = [
			[5.15, 52.15],
			[5.16, 52.15],
			[5.15, 52.15]
		];
		const { geometry, problems } = read({ type: 'Polygon', coordinates: [triangle, hole] });
		expect(geometry).toEqual({ type: 'Polygon', coordinates: [triangle] });
		expect(problems.map((p) => [p.code, p.ring])).toEqual([['ring-too-short', 2]]);
	});

	it('drops a polygon whose outer ring is too short, and reports an empty geometry', () => {
		const { geometry, problems } = read({ type: 'Polygon', coordinates: [[[5.1, 52.1]]] });
		expect(geometry).toBeNull();
		expect(problems.map((p) => p.code)).toEqual(['ring-too-short', 'empty-geometry']);
	});

	it('keeps self-touching rings as they are', () => {
		// A figure eight: the ring passes through (5.15, 52.15) twice.
		const eight = [
			[5.1, 52.1],
			[5.15, 52.15],
			[5.2, 52.1],
			[5.2, 52.2],
			[5.15, 52.15],
			[5.1, 52.2],
			[5.1, 52.1]
		];
		expect(read({ type: 'Polygon', coordinates: [eight] }).geometry).toEqual({
			type: 'Polygon',
			coordinates: [eight]
		});
	});

	it('reprojects RD New coordinates and drops heights', () => {
		const square = [
			[155000, 463000, 1],
			[156000, 463000, 1],
			[156000, 464000, 1],
			[155000, 463000, 1]
		];
		const { geometry } = read({ type: 'MultiPolygon', coordinates: [[square]] }, 'rd-new');
		expect(geometry?.type).toBe('MultiPolygon');
		expect(geometry?.coordinates[0]?.[0]?.[0]).toEqual(rdToWgs84(155000, 463000));
	});

	it('reports missing, unsupported and malformed geometry by feature', () => {
		expect(read(null).problems).toEqual([
			{ code: 'missing-geometry', severity: 'error', feature: 3 }
		]);
		expect(read({ type: 'LineString', coordinates: triangle }).problems).toEqual([
			{ code: 'unsupported-geometry', severity: 'error', feature: 3, value: 'LineString' }
		]);
		expect(read({ type: 'Polygon', coordinates: 'oops' }).problems[0]?.code).toBe(
			'invalid-coordinates'
		);
		const withText = [[['5.1', '52.1'], ...triangle]];
		expect(read({ type: 'Polygon', coordinates: withText }).problems[0]).toMatchObject({
			code: 'invalid-coordinates',
			value: '["5.1","52.1"]'
		});
	});

	it('refuses a point outside the range of the file’s coordinate system', () => {
		const swapped = triangle.map(([x, y]) => [y, x]);
		expect(read({ type: 'Polygon', coordinates: [swapped] }).problems).toEqual([
			{
				code: 'coordinates-out-of-range',
				severity: 'error',
				feature: 3,
				polygon: 1,
				ring: 1,
				value: '52.1, 5.1'
			}
		]);
	});
});
