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
import { AreaPointPairs, buildAreaIndex } from './area-index';
import { METERS_PER_DEGREE } from './distance';
import { flattenAreas } from './flatten';
import { catchment, findPairs, groupPoints, locatePoints, pairsEngine } from './area-search';
import { buildCellGrid } from './cell-grid';

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
		meters.length,
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

/** The real buurten of Rijnmond (shared/data). */
function rijnmond(): AreaGeometry[] {
	const file = sharedDataFile('cbs-2024/rijnmond/buurten_2024_rijnmond.geojson');
	const parsed = JSON.parse(readFileSync(file, 'utf8')) as {
		features: { geometry: AreaGeometry }[];
	};
	return parsed.features.map((feature) => feature.geometry);
}

/** Seeded random points over Rijnmond with reaches from 0 (every seventh) to 3 km. */
function randomPoints(count: number, seed: number) {
	const random = createRandom(seed);
	const lonLat = Float64Array.from({ length: count * 2 }, (_, i) =>
		i % 2 === 0 ? random.between(4.0, 4.6) : random.between(51.8, 52.0)
	);
	const meters = Float64Array.from({ length: count }, (_, i) =>
		i % 7 === 0 ? 0 : random.between(100, 3000)
	);
	return { lonLat, meters };
}

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
		const geometries = rijnmond();
		// An odd number of points, so some area gets an odd batch.
		const { lonLat, meters } = randomPoints(3001, 4);
		const compiled = pairs(geometries, lonLat, meters, 'wasm');
		const script = pairs(geometries, lonLat, meters, 'script');
		expect(compiled.length).toBeGreaterThan(20_000);
		expect(compiled.filter(([, , distance]) => distance === 0).length).toBeGreaterThan(1000);
		expect(compiled).toEqual(script);
	});
});

describe.each<Engine>(['wasm', 'script'])('catchment (%s)', (engine) => {
	it('weights each area by inhabitants × e^(rate · distance) and shares amounts by those weights', () => {
		const squares = [0, 1].map((i): AreaGeometry => ({
			type: 'Polygon',
			coordinates: [box(i * 0.015, 0, i * 0.015 + 0.01, 0.01)]
		}));
		// One point inside the first square that reaches the second, 0.005° (556 m) away; one far off.
		const lonLat = Float64Array.of(0.0099, 0.005, 5, 5);
		const groups = groupPoints(lonLat, Float64Array.of(1000, 1000));
		const population = Float64Array.of(100, 300);
		const rate = -Math.LN2 / 750;
		const found = catchment(flattenAreas(squares), groups, 2, null, population, rate, engine);
		const distance = 0.0051 * METERS_PER_DEGREE * cos(0.005);
		const far = 300 * Math.exp(rate * distance);
		expect(found.weightSum[0]).toBeCloseTo(100 + far, 9);
		expect([...found.reached]).toEqual([1, 0]);
		const into = {
			supply: new Float64Array(4),
			staleSupply: new Float64Array(4),
			offers: new Uint32Array(4)
		};
		// The point counts 10 in categories 0 and 1 (of 2) and is stale.
		found.spread(
			Float64Array.of(10 / found.weightSum[0], Number.NaN),
			Uint8Array.of(1, 0),
			Int32Array.of(0, 2, 2),
			Int32Array.of(0, 1),
			2,
			into
		);
		const first = (10 * 100) / (100 + far);
		expect([...into.supply].map((v) => v.toFixed(9))).toEqual(
			[first, first, 10 - first, 10 - first].map((v) => v.toFixed(9))
		);
		expect([...into.staleSupply]).toEqual([...into.supply]);
		expect([...into.offers]).toEqual([1, 1, 1, 1]);
	});
});

it('weighs alike on WebAssembly and in JavaScript where the weights fall below the normal numbers', () => {
	// 101 points west of a square, 0 … 1,000 m from it; a decay so steep that e^(rate · distance)
	// runs from 1 down past 2^-1022 into the subnormal numbers and to 0 (below e^-745.2).
	const square: AreaGeometry = { type: 'Polygon', coordinates: [box(0, 0, 0.01, 0.01)] };
	const flat = flattenAreas([square]);
	const lonLat = new Float64Array(202);
	for (let p = 0; p <= 100; p++) {
		lonLat[2 * p] = -(p * 10) / METERS_PER_DEGREE;
		lonLat[2 * p + 1] = 0.005;
	}
	const meters = new Float64Array(101).fill(2000);
	const groups = groupPoints(lonLat, meters);
	const sums = (['wasm', 'script'] as const).map((engine) => [
		...catchment(flat, groups, 101, null, Float64Array.of(1), -0.76, engine).weightSum
	]);
	expect(sums[0]).toEqual(sums[1]);
	expect(sums[0].some((w) => w > 0 && w < 2 ** -1022)).toBe(true);
	expect(sums[0].at(-1)).toBe(0);
	expect(sums[0][0]).toBe(1);
});

it('refuses to spread over pairs that a later search has overwritten', () => {
	const square: AreaGeometry = { type: 'Polygon', coordinates: [box(0, 0, 0.01, 0.01)] };
	const flat = flattenAreas([square]);
	const groups = groupPoints(Float64Array.of(0.005, 0.005), Float64Array.of(100));
	const found = catchment(flat, groups, 1, null, Float64Array.of(10), -0.001, 'wasm');
	findPairs(flat, groups, 1, null, new AreaPointPairs(), 'wasm');
	const into = {
		supply: new Float64Array(1),
		staleSupply: new Float64Array(1),
		offers: new Uint32Array(1)
	};
	expect(() =>
		found.spread(
			Float64Array.of(1),
			Uint8Array.of(0),
			Int32Array.of(0, 1),
			Int32Array.of(0),
			1,
			into
		)
	).toThrow(/another search/);
});

describe.skipIf(!sharedDataFolder)(`catchment on real buurten (${sharedDataMissing})`, () => {
	it('gives the same weights and sums, to the last bit, on WebAssembly and in JavaScript', () => {
		const geometries = rijnmond();
		const { lonLat, meters } = randomPoints(2001, 9);
		const flat = flattenAreas(geometries);
		const groups = groupPoints(lonLat, meters);
		const population = Float64Array.from(geometries, (_, a) => 100 + ((a * 37) % 900));
		const eligible = Uint8Array.from(geometries, (_, a) => (a % 11 === 0 ? 0 : 1));
		const rate = -Math.LN2 / 750;
		const results = (['wasm', 'script'] as const).map((engine) => {
			const found = catchment(flat, groups, meters.length, eligible, population, rate, engine);
			const share = Float64Array.from(found.weightSum, (sum, p) =>
				sum > 0 && p % 5 !== 0 ? 10 / sum : Number.NaN
			);
			const categoryStart = Int32Array.from({ length: meters.length + 1 }, (_, p) => p);
			const categories = Int32Array.from({ length: meters.length }, (_, p) => p % 3);
			const into = {
				supply: new Float64Array(geometries.length * 3),
				staleSupply: new Float64Array(geometries.length * 3),
				offers: new Uint32Array(geometries.length * 3)
			};
			const stale = Uint8Array.from({ length: meters.length }, (_, p) => p % 2);
			found.spread(share, stale, categoryStart, categories, 3, into);
			return { weightSum: [...found.weightSum], reached: [...found.reached], ...into };
		});
		expect(results[0].reached.filter((r) => r === 1).length).toBeGreaterThan(1500);
		expect(results[0]).toEqual(results[1]);
	});
});

describe.skipIf(!sharedDataFolder)(`locatePoints on real buurten (${sharedDataMissing})`, () => {
	it('places points in the same areas on WebAssembly and in JavaScript, edges and NaN included', () => {
		const geometries = rijnmond();
		const flat = flattenAreas(geometries);
		const indexed = Array.from(geometries.keys());
		const grid = buildCellGrid(flat.areaBox, indexed);
		const { lonLat } = randomPoints(20_000, 12);
		// Some points exactly on vertices (shared edges) and one that is not a number.
		for (let i = 0; i < 200; i++) {
			lonLat[2 * i] = flat.coords[2 * i * 7];
			lonLat[2 * i + 1] = flat.coords[2 * i * 7 + 1];
		}
		lonLat[400] = Number.NaN;
		const compiled = locatePoints(flat, grid, lonLat, 'wasm');
		const script = locatePoints(flat, grid, lonLat, 'script');
		expect(compiled.filter((area) => area >= 0).length).toBeGreaterThan(5000);
		expect(compiled[200]).toBe(-1);
		expect([...compiled]).toEqual([...script]);
	});
});

describe.skipIf(!sharedDataFolder)(`within on real buurten (${sharedDataMissing})`, () => {
	it('reports for one point what pairsWithin reports for it among many, bit for bit', () => {
		const geometries = rijnmond();
		const index = buildAreaIndex(geometries);
		const { lonLat, meters } = randomPoints(301, 21);
		const out = new AreaPointPairs();
		index.pairsWithin(lonLat, meters, null, out);
		const fromPairs: [number, number, number][] = [];
		for (let area = 0; area < geometries.length; area++) {
			for (let i = out.areaStart[area]; i < out.areaStart[area + 1]; i++) {
				fromPairs.push([out.points[i], area, out.distances[i]]);
			}
		}
		const fromWithin: [number, number, number][] = [];
		for (let p = 0; p < meters.length; p++) {
			index.within(lonLat[2 * p], lonLat[2 * p + 1], meters[p], (area, distance) =>
				fromWithin.push([p, area, distance])
			);
		}
		const order = (a: number[], b: number[]) => a[0] - b[0] || a[1] - b[1];
		expect(fromWithin.length).toBeGreaterThan(2000);
		expect(fromWithin.sort(order)).toEqual(fromPairs.sort(order));
	});
});
