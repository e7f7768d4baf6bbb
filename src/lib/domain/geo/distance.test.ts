import { describe, expect, it } from 'vitest';
import type { AreaGeometry } from '../records';
import { degreesAround, distanceToBoundaryWithin, METERS_PER_DEGREE } from './distance';
import { buildEdgeChunks } from './edge-chunks';
import { flattenAreas } from './flatten';
import { box } from '../../../test-support/shapes';

function distance(geometry: AreaGeometry, lon: number, lat: number): number {
	const flat = flattenAreas([geometry]);
	return distanceToBoundaryWithin(flat, buildEdgeChunks(flat), 0, lon, lat, Infinity);
}

const cos = (degrees: number) => Math.cos((degrees * Math.PI) / 180);

describe('distanceToBoundaryWithin', () => {
	it('uses one degree of latitude as 111,195 m (R = 6,371,008.8 m)', () => {
		expect(METERS_PER_DEGREE).toBeCloseTo(111_195.08, 1);
	});

	it('measures straight north of an edge in metres of latitude', () => {
		const square: AreaGeometry = { type: 'Polygon', coordinates: [box(5, 52, 5.1, 52.1)] };
		expect(distance(square, 5.05, 52.11)).toBeCloseTo(0.01 * METERS_PER_DEGREE, 6); // 1,111.95 m
	});

	it('shrinks a degree of longitude by the cosine of the latitude', () => {
		const square: AreaGeometry = { type: 'Polygon', coordinates: [box(5, 59.95, 5.1, 60.05)] };
		// 0.01° east of the east edge at 60°N: 0.01 · cos 60° · 111,195 m = 555.98 m.
		expect(distance(square, 5.11, 60)).toBeCloseTo(0.01 * 0.5 * METERS_PER_DEGREE, 3);
	});

	it('measures to the nearest corner diagonally, by Pythagoras in the local projection', () => {
		const square: AreaGeometry = { type: 'Polygon', coordinates: [box(5, 52, 5.1, 52.1)] };
		const dx = 0.003 * cos(52.104) * METERS_PER_DEGREE;
		const dy = 0.004 * METERS_PER_DEGREE;
		expect(distance(square, 5.103, 52.104)).toBeCloseTo(Math.hypot(dx, dy), 6);
	});

	it('measures perpendicular to a slanted edge', () => {
		// A triangle near the equator with an edge from (0, 0) to (1, 1). In the projection at the
		// point (0.6, 0.4) that edge runs along (c, 1) · M with c = cos 0.4°, so the distance is
		// |0.6c − 0.4c| · M / √(1 + c²) = 0.2c · M / √(1 + c²) ≈ 15,725 m (√2 · 0.1° when c ≈ 1).
		const triangle: AreaGeometry = {
			type: 'Polygon',
			coordinates: [
				[
					[0, 0],
					[1, 0],
					[1, 1],
					[0, 0]
				]
			]
		};
		const c = cos(0.4);
		const expected = (0.2 * c * METERS_PER_DEGREE) / Math.sqrt(1 + c * c);
		expect(distance(triangle, 0.6, 0.4)).toBeCloseTo(expected, 6);
		expect(expected).toBeCloseTo(Math.SQRT2 * 0.1 * METERS_PER_DEGREE, -1);
		expect(distance(triangle, 1, 0)).toBe(0);
	});

	it('measures from inside a hole to the hole, and from outside to the outer ring', () => {
		const holed: AreaGeometry = {
			type: 'Polygon',
			coordinates: [box(0, 0, 1, 1), box(0.4, 0.4, 0.6, 0.6)]
		};
		expect(distance(holed, 0.5, 0.45)).toBeCloseTo(0.05 * METERS_PER_DEGREE, 6);
		expect(distance(holed, 0.5, 1.2)).toBeCloseTo(0.2 * METERS_PER_DEGREE, 6);
	});

	it('takes the nearest polygon of a multipolygon', () => {
		const two: AreaGeometry = {
			type: 'MultiPolygon',
			coordinates: [[box(0, 0, 1, 1)], [box(3, 0, 4, 1)]]
		};
		expect(distance(two, 2.9, 0.5)).toBeCloseTo(0.1 * cos(0.5) * METERS_PER_DEGREE, 6);
	});

	it('is Infinity for an area without rings', () => {
		expect(distance({ type: 'Polygon', coordinates: [[]] }, 0, 0)).toBe(Infinity);
	});
});

describe('degreesAround', () => {
	it('gives the box half-widths that hold a circle of `meters` in the local projection', () => {
		const { dLon, dLat } = degreesAround(52, 1000);
		expect(dLat * METERS_PER_DEGREE).toBeCloseTo(1000, 9);
		expect(dLon * cos(52) * METERS_PER_DEGREE).toBeCloseTo(1000, 9);
	});

	it('covers every longitude at a pole', () => {
		expect(degreesAround(90, 10).dLon).toBe(360);
	});
});
