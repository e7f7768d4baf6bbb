// Point assignment at national scale: the spatial kernel of src/lib/domain/geo against a naive
// turf loop, on the derived set of ~14,000 units (see national-units.ts).
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { assignPoints, buildAreaIndex, type AreaIndex } from '../../src/lib/domain/geo/area-index';
import { planarArea } from '../../src/lib/domain/geo/planar-area';
import type { Benchmark } from '../bench';
import { loadNationalUnits, randomPoints, type BenchUnit } from './national-units';

const pointCount = 200_000;
const sampleSize = 1_000;
const pointSeed = 1;
const runs = 5;

const ms = (value: number) => `${value.toFixed(1)} ms`;
const count = (value: number) => value.toLocaleString('en');
const megabytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

/** Runs `work` once cold and then `runs` times warm; the cold time and the warm median, in milliseconds. */
function timed<T>(work: () => T): { result: T; cold: number; median: number } {
	let started = performance.now();
	let result = work();
	const cold = performance.now() - started;
	const times: number[] = [];
	for (let run = 0; run < runs; run++) {
		started = performance.now();
		result = work();
		times.push(performance.now() - started);
	}
	times.sort((a, b) => a - b);
	return { result, cold, median: times[Math.floor(runs / 2)] };
}

// A handle on the garbage collector, so memory figures are not skewed by garbage (the runner
// does not start node with --expose-gc; this switches it on for a fresh context).
v8.setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** Heap and array-buffer bytes in use right after a full collection. */
function memory(): { heap: number; buffers: number } {
	collectGarbage();
	const { heapUsed, arrayBuffers } = process.memoryUsage();
	return { heap: heapUsed, buffers: arrayBuffers };
}

/** For each sampled point, every unit turf says holds it, testing all units one by one. */
function naiveHits(units: readonly BenchUnit[], points: Float64Array, sample: number): number[][] {
	const hits: number[][] = [];
	for (let i = 0; i < sample; i++) {
		const point = [points[2 * i], points[2 * i + 1]];
		const inside: number[] = [];
		for (let unit = 0; unit < units.length; unit++) {
			if (booleanPointInPolygon(point, units[unit].geometry)) inside.push(unit);
		}
		hits.push(inside);
	}
	return hits;
}

/** Points inside more than one unit, counted as areas at distance 0. */
function overlapping(index: AreaIndex, points: Float64Array): number {
	let result = 0;
	for (let i = 0; i < points.length / 2; i++) {
		let inside = 0;
		index.within(points[2 * i], points[2 * i + 1], 0, () => inside++);
		if (inside > 1) result++;
	}
	return result;
}

/** How long `within` takes for a typical reach of an offer, and how many units it reaches. */
function reportReach(index: AreaIndex, points: Float64Array): void {
	const reachMeters = 1_000;
	const reachQueries = 10_000;
	let reached = 0;
	const reachStarted = performance.now();
	for (let i = 0; i < reachQueries; i++) {
		index.within(points[2 * i], points[2 * i + 1], reachMeters, () => reached++);
	}
	const perQuery = ((performance.now() - reachStarted) * 1000) / reachQueries;
	console.log(
		`within ${count(reachMeters)} m: ${perQuery.toFixed(1)} µs per point over ${count(reachQueries)} points, ` +
			`${(reached / reachQueries).toFixed(1)} units reached on average`
	);
}

/**
 * Compares the kernel with the naive loop, which takes the first unit that holds a point where
 * the kernel takes the smallest (the overlap rule); any other difference would be a bug.
 */
function reportAgreement(
	units: readonly BenchUnit[],
	assigned: Int32Array,
	hits: number[][]
): void {
	const size = (unit: number) => planarArea(units[unit].geometry);
	let disagreements = 0;
	let unexplained = 0;
	hits.forEach((inside, i) => {
		const naive = inside[0] ?? -1;
		if (assigned[i] === naive) return;
		disagreements++;
		const expected = inside.reduce((best, unit) => (size(unit) < size(best) ? unit : best), naive);
		if (inside.length < 2 || assigned[i] !== expected) unexplained++;
	});
	console.log(
		`agreement on ${count(hits.length)} points: ${disagreements} disagreements, ` +
			`${disagreements - unexplained} explained by the overlap rule, ${unexplained} unexplained`
	);
}

/** Assigns 200,000 points to the national units with the kernel, beside a naive turf loop. */
export const benchmark: Benchmark = {
	name: 'assign',
	description: `assign ${count(pointCount)} points to ~14,000 units: flat-array kernel vs a naive turf loop`,
	async run({ full }) {
		const set = loadNationalUnits();
		if (!set) {
			console.log('shared/data is not beside the repository; skipping');
			return;
		}
		const { units, description } = set;
		console.log(`set: ${description}`);
		const points = randomPoints(units, pointCount, pointSeed);
		console.log(
			`points: ${count(pointCount)} (seed ${pointSeed}; 89 % in units by inhabitants, 10 % in units uniformly, 1 % in the North Sea)`
		);

		const geometries = units.map((unit) => unit.geometry);
		const before = memory();
		const build = timed(() => buildAreaIndex(geometries));
		const index = build.result;
		const after = memory();
		console.log(
			`build index: ${ms(build.median)} (median of ${runs} warm runs; cold ${ms(build.cold)}); ` +
				`memory held by the index: heap ${megabytes(after.heap - before.heap)} + typed arrays ${megabytes(after.buffers - before.buffers)}`
		);

		const assign = timed(() => assignPoints(index, points));
		const assigned = assign.result;
		const outside = assigned.reduce((sum, area) => sum + (area === -1 ? 1 : 0), 0);
		const rate = pointCount / (assign.median / 1000);
		console.log(
			`assignPoints: ${ms(assign.median)} (median of ${runs} warm runs; cold ${ms(assign.cold)}), ${count(Math.round(rate))} points/s`
		);
		const started = performance.now();
		const multiple = overlapping(index, points);
		console.log(
			`outside every unit: ${count(outside)}; inside more than one: ${count(multiple)} ` +
				`(by within(…, 0 m) for every point, ${ms(performance.now() - started)})`
		);

		reportReach(index, points);

		// The naive baseline: every unit for every point. It takes minutes at full size.
		const sample = full ? pointCount : sampleSize;
		if (full) console.log('naive turf loop on every point: this takes about ten minutes…');
		const naiveStarted = performance.now();
		const hits = naiveHits(units, points, sample);
		const naiveMs = performance.now() - naiveStarted;
		const naiveFull = (naiveMs / sample) * pointCount;
		console.log(
			full
				? `naive turf loop over all ${count(units.length)} units per point: ${(naiveMs / 1000).toFixed(1)} s for all ${count(pointCount)} points`
				: `naive turf loop over all ${count(units.length)} units per point: ${ms(naiveMs)} for a sample of ${count(sample)} points, ` +
						`extrapolated ~${(naiveFull / 1000).toFixed(0)} s for ${count(pointCount)} (--full runs them all)`
		);
		console.log(
			`speed-up of assignPoints over the naive loop: ~${count(Math.round(naiveFull / assign.median))}×${full ? '' : ' (extrapolated)'}`
		);

		reportAgreement(units, assigned, hits);
	}
};
