// The national benchmark set. The Netherlands has ~14,500 buurten, but the shared data holds only
// the 3,393 wijken at national scale, so the benchmarks split every wijk into Voronoi cells of
// seeded random points, clipped to the wijk, to get a set of about the right size and shape
// (see shared/data/README.md, "Benchmarks at national scale"). Building it takes a while, so the
// result is cached under node_modules/.cache (never in the repository).
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { Delaunay } from 'd3-delaunay';
import { intersection } from 'polyclip-ts';
import { createRandom, type Random } from '../../src/lib/domain/demo/random';
import { buildAreaIndex } from '../../src/lib/domain/geo/area-index';
import type { AreaGeometry, LonLat } from '../../src/lib/domain/records';
import { sharedDataFile, sharedDataFolder } from '../../src/test-support/shared-data';

/** One unit of the benchmark set: a part of a real wijk with its share of the inhabitants. */
export interface BenchUnit {
	/** The wijk code with a part number, e.g. `WK034401-03`. */
	code: string;
	/** The part's boundary in WGS84 degrees. */
	geometry: AreaGeometry;
	/** Its share of the wijk's inhabitants (count). */
	inwoners: number;
}

interface WijkFeature {
	geometry: AreaGeometry;
	properties: { wijkcode: string; aantal_inwoners: number | null };
}

interface CachedSet {
	key: string;
	description: string;
	units: BenchUnit[];
}

const targetUnits = 14_000;
const unitSeed = 20_240_101;
const cacheVersion = 2;
const cacheFile = path.resolve(
	path.dirname(fileURLToPath(import.meta.url)),
	'../../node_modules/.cache/nabuur-bench/units.json'
);

/** Inhabitants per extra part, chosen so that 1 + ⌊inwoners / perPart⌋ parts per wijk add up to about `targetUnits`. */
function inhabitantsPerPart(inwoners: readonly number[]): number {
	const total = (perPart: number) =>
		inwoners.reduce((sum, n) => sum + 1 + Math.floor(n / perPart), 0);
	let low = 1;
	let high = 1e9;
	for (let step = 0; step < 60; step++) {
		const middle = (low + high) / 2;
		if (total(middle) > targetUnits) low = middle;
		else high = middle;
	}
	return high;
}

/** Bounding box [west, south, east, north] of a geometry's outer rings, in degrees. */
function boxOf(geometry: AreaGeometry): [number, number, number, number] {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const [lon, lat] of polygons.flatMap((polygon) => polygon[0])) {
		box[0] = Math.min(box[0], lon);
		box[1] = Math.min(box[1], lat);
		box[2] = Math.max(box[2], lon);
		box[3] = Math.max(box[3], lat);
	}
	return box;
}

/** `count` seeded random points inside a geometry (degrees), by rejection from its bounding box. */
function pointsInside(geometry: AreaGeometry, count: number, random: Random): LonLat[] {
	const index = buildAreaIndex([geometry]);
	const [w, s, e, n] = boxOf(geometry);
	const points: LonLat[] = [];
	for (let tries = 0; points.length < count && tries < count * 10_000; tries++) {
		const point: LonLat = [random.between(w, e), random.between(s, n)];
		if (index.locate(point[0], point[1]) === 0) points.push(point);
	}
	return points;
}

/** Splits one wijk into `parts` Voronoi cells of random points inside it, clipped to the wijk; the wijk itself when parts is 1. */
function splitWijk(geometry: AreaGeometry, parts: number, random: Random): AreaGeometry[] {
	const seeds = parts > 1 ? pointsInside(geometry, parts, random) : [];
	if (seeds.length < 2) return [geometry];
	// Voronoi in a plane where a metre east counts as much as a metre north, so cells are round.
	const kx = Math.cos((seeds[0][1] * Math.PI) / 180);
	const delaunay = Delaunay.from(seeds.map(([lon, lat]): [number, number] => [lon * kx, lat]));
	const xs = seeds.map((p) => p[0] * kx);
	const ys = seeds.map((p) => p[1]);
	const margin = 1; // degrees; every wijk is far smaller
	const voronoi = delaunay.voronoi([
		Math.min(...xs) - margin,
		Math.min(...ys) - margin,
		Math.max(...xs) + margin,
		Math.max(...ys) + margin
	]);
	const wijk = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	const cells: AreaGeometry[] = [];
	for (let i = 0; i < seeds.length; i++) {
		// d3's types leave out the null it returns for a duplicate seed, which has no cell of its own.
		const polygon: Delaunay.Polygon | null = voronoi.cellPolygon(i);
		if (!polygon) continue;
		const cell = polygon.map(([x, y]): [number, number] => [x / kx, y]);
		const clipped = intersection(wijk, [cell]);
		if (clipped.length === 1) cells.push({ type: 'Polygon', coordinates: clipped[0] });
		else if (clipped.length > 1) cells.push({ type: 'MultiPolygon', coordinates: clipped });
	}
	return cells.length > 0 ? cells : [geometry];
}

/** Builds the set from the wijken file: deterministic for the fixed seed. */
function buildUnits(wijken: readonly WijkFeature[]): CachedSet {
	const inwoners = wijken.map((w) => w.properties.aantal_inwoners ?? 0);
	const perPart = inhabitantsPerPart(inwoners);
	const random = createRandom(unitSeed);
	const units: BenchUnit[] = [];
	let unsplit = 0;
	let clipFailures = 0;
	wijken.forEach((wijk, w) => {
		const parts = 1 + Math.floor(inwoners[w] / perPart);
		let cells: AreaGeometry[];
		try {
			cells = splitWijk(wijk.geometry, parts, random);
		} catch {
			cells = [wijk.geometry]; // the clipper gave up on this wijk; keep it whole
			clipFailures++;
		}
		if (parts > 1 && cells.length === 1) unsplit++;
		// Inhabitants divided evenly, the remainder to the first parts, so the total stays exact.
		const share = Math.floor(inwoners[w] / cells.length);
		const remainder = inwoners[w] - share * cells.length;
		cells.forEach((geometry, k) => {
			const code = `${wijk.properties.wijkcode}-${String(k + 1).padStart(2, '0')}`;
			units.push({ code, geometry, inwoners: share + (k < remainder ? 1 : 0) });
		});
	});
	const description =
		`derived from ${wijken.length.toLocaleString('en')} wijken: ${units.length.toLocaleString('en')} units ` +
		`(Voronoi cells of seeded random points, clipped to the wijk; 1 + ⌊inwoners / ${Math.round(perPart)}⌋ ` +
		`parts per wijk, inhabitants split evenly; ${unsplit} wijken left whole, ${clipFailures} of them because clipping failed)`;
	return { key: '', description, units };
}

/** Loads the ~14,000 derived units (or null when shared data is absent), and a one-line description of how they were made. */
export function loadNationalUnits(): { units: BenchUnit[]; description: string } | null {
	if (!sharedDataFolder) return null;
	const source = sharedDataFile('cbs-2024/nl/wijken_2024_nl.geojson');
	const stat = statSync(source);
	const key = JSON.stringify({
		cacheVersion,
		seed: unitSeed,
		targetUnits,
		size: stat.size,
		mtime: stat.mtimeMs
	});
	if (existsSync(cacheFile)) {
		// Our own file, written below; one from another version fails the key check.
		const cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as CachedSet;
		if (cached.key === key)
			return { units: cached.units, description: `${cached.description}, cached` };
	}
	// The shared data's format is documented and checked in shared/data/README.md.
	const wijken = (JSON.parse(readFileSync(source, 'utf8')) as { features: WijkFeature[] }).features;
	const started = performance.now();
	const built = buildUnits(wijken);
	const seconds = (performance.now() - started) / 1000;
	mkdirSync(path.dirname(cacheFile), { recursive: true });
	writeFileSync(cacheFile, JSON.stringify({ ...built, key }));
	return {
		units: built.units,
		description: `${built.description}, built in ${seconds.toFixed(1)} s`
	};
}

/** North Sea box west of the Dutch coast (degrees), where no unit lies. */
const northSea = { west: 3.2, east: 4.0, south: 52.4, north: 53.2 };

/**
 * Seeded random points, interleaved lon/lat, mostly inside units (some outside, e.g. 1 % in the North Sea).
 *
 * Of every 100 points, 89 fall in a unit picked in proportion to its inhabitants (as addresses
 * do), 10 in a unit picked uniformly (so empty units are hit too) and 1 in the North Sea.
 */
export function randomPoints(units: BenchUnit[], count: number, seed: number): Float64Array {
	const random = createRandom(seed);
	const cumulative = new Float64Array(units.length);
	units.reduce((sum, unit, i) => (cumulative[i] = sum + unit.inwoners), 0);
	const totalInwoners = cumulative[units.length - 1] ?? 0;
	const boxes = units.map((unit) => boxOf(unit.geometry));
	const out = new Float64Array(count * 2);
	for (let i = 0; i < count; i++) {
		const kind = random.next();
		let lon = random.between(northSea.west, northSea.east);
		let lat = random.between(northSea.south, northSea.north);
		const byInhabitants = kind >= 0.11 && totalInwoners > 0;
		// A sliver of a unit may defeat rejection sampling; then another unit is drawn.
		let found = kind < 0.01 || units.length === 0;
		while (!found) {
			const unit = byInhabitants
				? upperBound(cumulative, random.next() * totalInwoners)
				: random.int(0, units.length - 1);
			const [w, s, e, n] = boxes[unit];
			for (let tries = 0; tries < 1000 && !found; tries++) {
				lon = random.between(w, e);
				lat = random.between(s, n);
				found = booleanPointInPolygon([lon, lat], units[unit].geometry);
			}
		}
		out[2 * i] = lon;
		out[2 * i + 1] = lat;
	}
	return out;
}

/** The first index whose cumulative value exceeds `target`. */
function upperBound(cumulative: Float64Array, target: number): number {
	let low = 0;
	let high = cumulative.length - 1;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (cumulative[middle] > target) high = middle;
		else low = middle + 1;
	}
	return low;
}
