import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	sharedDataFile,
	sharedDataFolder,
	sharedDataMissing
} from '../../../test-support/shared-data';
import { box } from '../../../test-support/shapes';
import { createRandom } from '../demo/random';
import type { AreaGeometry } from '../records';
import { AreaPointPairs } from './area-index';
import { METERS_PER_DEGREE } from './distance';
import { flattenAreas } from './flatten';
import { findPairs, groupPoints, pairsEngine } from './pairs-within';

type Engine = 'wasm' | 'script';

/** Every pair `findPairs` finds, as [area, point, metres], in the order it gives them. */
function pairs(
	geometries: readonly AreaGeometry[],
	lonLat: number[] | Float64Array,
	meters: number[] | Float64Array,
	engine: Engine,
	eligible: Uint8Array | null = null
): [number, number, number][] {
	const out = new AreaPointPairs();
	const flat = flattenAreas(geometries);
	findPairs(
		flat,
		groupPoints(Float64Array.from(lonLat), Float64Array.from(meters)),
		eligible,
		out,
		engine
	);
	const found: [number, number, number][] = [];
	for (let area = 0; area < geometries.length; area++) {
		for (let i = out.areaStart[area]; i < out.areaStart[area + 1]; i++) {
			found.push([area, out.points[i], out.distances[i]]);
		}
	}
	return found;
}

const cos = (degrees: number) => Math.cos((degrees * Math.PI) / 180);

it('runs on WebAssembly in Node', () => {
	expect(pairsEngine()).toBe('wasm');
});

describe.each<Engine>(['wasm', 'script'])('findPairs (%s)', (engine) => {
	/** The distance from a point to one area, in metres (no limit); undefined when none is found. */
	const distance = (geometry: AreaGeometry, lon: number, lat: number): number | undefined =>
		pairs([geometry], [lon, lat], [Infinity], engine)[0]?.[2];

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
		// point (0.4, 0.6), outside it, that edge runs along (c, 1) · M with c = cos 0.6°, so the
		// distance is |0.4c − 0.6c| · M / √(1 + c²) = 0.2c · M / √(1 + c²) ≈ 15,725 m (√2 · 0.1°
		// when c ≈ 1).
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
		const c = cos(0.6);
		const expected = (0.2 * c * METERS_PER_DEGREE) / Math.sqrt(1 + c * c);
		expect(distance(triangle, 0.4, 0.6)).toBeCloseTo(expected, 6);
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

	it('finds nothing for an area without rings', () => {
		expect(distance({ type: 'Polygon', coordinates: [[]] }, 0, 0)).toBeUndefined();
	});

	it("keeps only the areas within each point's own reach, and leaves out ineligible areas", () => {
		const squares = [0, 1, 2].map((i): AreaGeometry => ({
			type: 'Polygon',
			coordinates: [box(i * 0.015, 0, i * 0.015 + 0.01, 0.01)]
		}));
		// Squares 0.01° (1,112 m) wide, 0.005° apart; a point inside the first square reaching 1,200 m,
		// and one halfway between the second and third (278 m from each) reaching 600 m.
		const found = pairs(squares, [0.005, 0.005, 0.0275, 0.005], [1200, 600], engine);
		// Per area, points with shorter reaches come first.
		expect(found.map(([area, point]) => [area, point])).toEqual([
			[0, 0],
			[1, 1],
			[1, 0],
			[2, 1]
		]);
		expect(found[0][2]).toBe(0);
		expect(found[2][2]).toBeCloseTo(0.01 * METERS_PER_DEGREE, 3);
		const some = pairs(
			squares,
			[0.005, 0.005, 0.0275, 0.005],
			[1200, 600],
			engine,
			Uint8Array.of(1, 0, 1)
		);
		expect(some.map(([area, point]) => [area, point])).toEqual([
			[0, 0],
			[2, 1]
		]);
	});

	it('lets a point with a coordinate that is not finite reach nothing, and refuses bad reaches', () => {
		const square: AreaGeometry = { type: 'Polygon', coordinates: [box(0, 0, 1, 1)] };
		expect(pairs([square], [Number.NaN, 0.5], [1000], engine)).toEqual([]);
		expect(() => pairs([square], [0.5, 0.5], [-1], engine)).toThrow(RangeError);
		expect(() => pairs([square], [0.5, 0.5], [Number.NaN], engine)).toThrow(RangeError);
		expect(() => pairs([square], [0.5, 0.5, 0.6], [10], engine)).toThrow(RangeError);
	});
});

describe.skipIf(!sharedDataFolder)(`findPairs on real buurten (${sharedDataMissing})`, () => {
	it('gives the same pairs, in the same order, to the last bit, on WebAssembly and in JavaScript', () => {
		const features = (
			JSON.parse(
				readFileSync(sharedDataFile('cbs-2024/rijnmond/buurten_2024_rijnmond.geojson'), 'utf8')
			) as { features: { geometry: AreaGeometry }[] }
		).features;
		const geometries = features.map((feature) => feature.geometry);
		const random = createRandom(4);
		// 3,001 points over the Rijnmond area (an odd number, so some area gets an odd batch), with
		// reaches from 0 to 3 km.
		const count = 3001;
		const lonLat = Float64Array.from({ length: count * 2 }, (_, i) =>
			i % 2 === 0 ? random.between(4.0, 4.6) : random.between(51.8, 52.0)
		);
		const meters = Float64Array.from({ length: count }, (_, i) =>
			i % 7 === 0 ? 0 : random.between(100, 3000)
		);
		const compiled = pairs(geometries, lonLat, meters, 'wasm');
		const script = pairs(geometries, lonLat, meters, 'script');
		expect(compiled.length).toBeGreaterThan(20_000);
		expect(compiled.filter(([, , distance]) => distance === 0).length).toBeGreaterThan(1000);
		expect(compiled).toEqual(script);
	});
});
