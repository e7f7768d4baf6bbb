import { describe, expect, it } from 'vitest';
import type { AreaGeometry, LonLat } from '../records';
import { assignPoints, buildAreaIndex, type AreaIndex } from './area-index';
import { METERS_PER_DEGREE } from './distance';
import { box } from '../../../test-support/shapes';

const polygon = (...rings: LonLat[][]): AreaGeometry => ({ type: 'Polygon', coordinates: rings });

/** Every (area, distance) `within` reports, in the order it reports them. */
function reached(index: AreaIndex, lon: number, lat: number, meters: number): [number, number][] {
	const out: [number, number][] = [];
	index.within(lon, lat, meters, (area, distance) => out.push([area, distance]));
	return out;
}

// Near Utrecht: a 0.1° square with a hole, a multipolygon of two small squares east of it, and a
// bow-tie to the north. One metre of longitude here is 1 / (cos 52° · 111,195) degrees.
const areas: AreaGeometry[] = [
	polygon(box(5, 52, 5.1, 52.1), box(5.04, 52.04, 5.06, 52.06)),
	{ type: 'MultiPolygon', coordinates: [[box(5.2, 52, 5.22, 52.02)], [box(5.3, 52, 5.32, 52.02)]] },
	polygon([
		[5, 52.2],
		[5.1, 52.3],
		[5.1, 52.2],
		[5, 52.3],
		[5, 52.2]
	])
];
const kx = Math.cos((52.01 * Math.PI) / 180) * METERS_PER_DEGREE;

describe('buildAreaIndex', () => {
	const index = buildAreaIndex(areas);

	it('counts every area given, usable or not', () => {
		expect(index.count).toBe(3);
		expect(buildAreaIndex([...areas, polygon([])]).count).toBe(4);
		expect(buildAreaIndex([]).count).toBe(0);
	});

	it('locates points in a holed square, a multipolygon and the lobes of a bow-tie', () => {
		expect(index.locate(5.01, 52.01)).toBe(0);
		expect(index.locate(5.05, 52.05)).toBe(-1); // in the hole
		expect(index.locate(5.21, 52.01)).toBe(1);
		expect(index.locate(5.31, 52.01)).toBe(1);
		expect(index.locate(5.25, 52.01)).toBe(-1); // between the two parts
		expect(index.locate(5.02, 52.25)).toBe(2);
		expect(index.locate(5.05, 52.22)).toBe(-1); // below the bow-tie's crossing
	});

	it('answers -1 outside every area, for NaN and for an empty index', () => {
		expect(index.locate(4, 52)).toBe(-1);
		expect(index.locate(Number.NaN, 52)).toBe(-1);
		expect(buildAreaIndex([]).locate(5, 52)).toBe(-1);
		expect(
			buildAreaIndex([
				polygon([
					[5, 52],
					[6, 53],
					[5, 52]
				])
			]).locate(5.5, 52.5)
		).toBe(-1);
	});

	it('gives a point on an edge shared by two areas to exactly one of them', () => {
		const halves = buildAreaIndex([
			polygon(box(5, 52, 5.1, 52.1)),
			polygon(box(5.1, 52, 5.2, 52.1))
		]);
		expect(halves.locate(5.1, 52.05)).toBe(1);
		expect(halves.locate(5, 52.05)).toBe(0);
		expect(halves.locate(5.2, 52.05)).toBe(-1);
	});
});

describe('the overlap rule', () => {
	const big = { code: 'BU00000001', geometry: polygon(box(5, 52, 5.1, 52.1)) };
	const small = { code: 'BU00000002', geometry: polygon(box(5.09, 52, 5.2, 52.01)) };

	it('gives a point inside several areas to the smallest', () => {
		expect(buildAreaIndex([big.geometry, small.geometry]).locate(5.095, 52.005)).toBe(1);
		expect(buildAreaIndex([small.geometry, big.geometry]).locate(5.095, 52.005)).toBe(0);
	});

	it('gives an exact tie to the lowest index', () => {
		// Sides of 0.125° and 0.0625° offsets are exact in binary, so the two areas tie exactly.
		const one = polygon(box(5, 52, 5.125, 52.125));
		const other = polygon(box(5.0625, 52, 5.1875, 52.125));
		expect(buildAreaIndex([one, other, one]).locate(5.1, 52.05)).toBe(0);
		expect(buildAreaIndex([other, one]).locate(5.1, 52.05)).toBe(0);
		expect(buildAreaIndex([one, other]).locate(5.15, 52.05)).toBe(1);
	});

	it('does not depend on input order once the caller sorts areas by code', () => {
		const sortedCodes = (list: (typeof big)[]) => {
			const sorted = [...list].sort((a, b) => a.code.localeCompare(b.code));
			const index = buildAreaIndex(sorted.map((area) => area.geometry));
			const points = Float64Array.from([5.095, 52.005, 5.05, 52.05, 5.15, 52.005, 6, 52]);
			return [...assignPoints(index, points)].map((i) => sorted[i]?.code ?? null);
		};
		const expected = ['BU00000002', 'BU00000001', 'BU00000002', null];
		expect(sortedCodes([big, small])).toEqual(expected);
		expect(sortedCodes([small, big])).toEqual(expected);
	});
});

describe('within', () => {
	const index = buildAreaIndex(areas);

	it('reports distance 0 inside and the distance to the nearest edge outside, in metres', () => {
		expect(reached(index, 5.01, 52.01, 100)).toEqual([[0, 0]]);
		// In the hole: 0.01° to each of its edges; east and west, that is 0.01° · cos 52.05° · 111,195 m.
		const [[area, fromHole]] = reached(index, 5.05, 52.05, 5_000);
		expect(area).toBe(0);
		expect(fromHole).toBeCloseTo(0.01 * Math.cos((52.05 * Math.PI) / 180) * METERS_PER_DEGREE, 6);
		// Between the multipolygon's parts: 0.03° from each, so the nearest is 0.03 · kx ≈ 2,054 m.
		const between = reached(index, 5.25, 52.01, 3_000);
		expect(between.map(([a]) => a)).toEqual([1]);
		expect(between[0][1]).toBeCloseTo(0.03 * kx, 6);
	});

	it('visits every area within reach once, in ascending index order, and none beyond', () => {
		// From (5.15, 52.01): 0.05° · kx ≈ 3,423 m to area 1, to area 0 likewise, area 2 ≈ 0.19° away.
		const near = reached(index, 5.15, 52.01, 3_500);
		expect(near.map(([a]) => a)).toEqual([0, 1]);
		expect(near[0][1]).toBeCloseTo(0.05 * kx, 6);
		expect(near[1][1]).toBeCloseTo(0.05 * kx, 6);
		expect(reached(index, 5.15, 52.01, 3_400)).toEqual([]);
		expect(reached(index, 5.15, 52.01, 50_000).map(([a]) => a)).toEqual([0, 1, 2]);
	});

	it('with 0 m reports only the areas holding the point, or touching it with an edge', () => {
		expect(reached(index, 5.01, 52.01, 0)).toEqual([[0, 0]]);
		expect(reached(index, 5.1, 52.05, 0)).toEqual([[0, 0]]); // on the east edge
		expect(reached(index, 5.15, 52.01, 0)).toEqual([]);
	});

	it('rejects a negative or NaN reach', () => {
		expect(() => index.within(5, 52, -1, () => {})).toThrow(RangeError);
		expect(() => index.within(5, 52, Number.NaN, () => {})).toThrow(RangeError);
	});
});

describe('assignPoints', () => {
	const index = buildAreaIndex(areas);

	it('returns what locate returns, point by point', () => {
		const points = Float64Array.from([5.01, 52.01, 5.05, 52.05, 5.31, 52.01, 5.02, 52.25, 0, 0]);
		expect([...assignPoints(index, points)]).toEqual([0, -1, 1, 2, -1]);
	});

	it('accepts no points and rejects an odd number of coordinates', () => {
		expect(assignPoints(index, new Float64Array(0))).toHaveLength(0);
		expect(() => assignPoints(index, new Float64Array(3))).toThrow(RangeError);
	});
});
