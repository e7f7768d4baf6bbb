import { describe, expect, it } from 'vitest';
import type { Area } from '$lib/domain/records';
import { drawAreas } from './area-map';

const square = (code: string, lon: number, lat: number, size: number): Area => ({
	id: '00000000-0000-4000-8000-000000000001',
	rev: 1,
	updatedAt: '2026-01-01T00:00:00.000Z',
	analysisId: '00000000-0000-4000-8000-000000000002',
	code,
	name: code,
	level: 'buurt',
	year: 2024,
	indicators: {},
	source: 'test',
	geometry: {
		type: 'Polygon',
		coordinates: [
			[
				[lon, lat],
				[lon + size, lat],
				[lon + size, lat + size],
				[lon, lat + size],
				[lon, lat]
			]
		]
	}
});

describe('drawing areas as SVG', () => {
	it('fits the areas into the width with the margin, north up', () => {
		const drawing = drawAreas(
			[square('BU00000001', 5, 52, 0.01), square('BU00000002', 5.01, 52, 0.01)],
			200,
			10
		);
		expect(drawing.areas[0]!.path.startsWith('M10,')).toBe(true);
		expect(drawing.areas[1]!.path).toContain('190,');
		// At 52° a degree of longitude is cos 52° ≈ 0.616 of a degree of latitude:
		// 0.01° of latitude over 180 units for 0.02° × 0.616 of longitude is ≈ 146 units, plus margins.
		expect(drawing.height).toBeGreaterThanOrEqual(164);
		expect(drawing.height).toBeLessThanOrEqual(168);
		const first = drawing.areas[0]!;
		expect(first.label.x).toBeCloseTo(55, 0);
	});

	it('draws every ring of a multipolygon and nothing for no areas', () => {
		const a = square('BU00000001', 5, 52, 0.01);
		const ring = (lon: number): [number, number][] => [
			[lon, 52],
			[lon + 0.01, 52],
			[lon + 0.01, 52.01],
			[lon, 52]
		];
		const multi: Area = {
			...a,
			geometry: { type: 'MultiPolygon', coordinates: [[ring(5)], [ring(5.02)]] }
		};
		expect(drawAreas([multi]).areas[0]!.path.match(/M/g)).toHaveLength(2);
		expect(drawAreas([])).toEqual({ width: 600, height: 0, areas: [] });
	});
});
