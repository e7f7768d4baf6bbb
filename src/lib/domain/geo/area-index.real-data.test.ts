import { readFileSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { lineString } from '@turf/helpers';
import { pointToLineDistance } from '@turf/point-to-line-distance';
import { describe, expect, it } from 'vitest';
import {
	sharedDataFile,
	sharedDataFolder,
	sharedDataMissing
} from '../../../test-support/shared-data';
import { createRandom } from '../demo/random';
import type { AreaGeometry } from '../records';
import { assignPoints, buildAreaIndex } from './area-index';
import { planarArea } from './planar-area';

// The kernel against turf on real CBS boundaries (shared/data, see its README).

interface Feature {
	geometry: AreaGeometry;
	properties: Record<string, unknown>;
}

function read(file: string): Feature[] {
	return (JSON.parse(readFileSync(sharedDataFile(file), 'utf8')) as { features: Feature[] })
		.features;
}

/** Seeded random points (interleaved lon/lat, degrees) spread over the bounding box of some geometries. */
function pointsOver(
	geometries: readonly AreaGeometry[],
	count: number,
	seed: number
): Float64Array {
	const boxes = geometries.map(boxOf);
	const [w, s] = [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1]))];
	const [e, n] = [Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))];
	const random = createRandom(seed);
	return Float64Array.from({ length: count * 2 }, (_, i) =>
		i % 2 === 0 ? random.between(w, e) : random.between(s, n)
	);
}

/** Bounding box [west, south, east, north] of a geometry in degrees. */
function boxOf(geometry: AreaGeometry): number[] {
	const positions =
		geometry.type === 'Polygon' ? geometry.coordinates.flat() : geometry.coordinates.flat(2);
	const lons = positions.map((p) => p[0]);
	const lats = positions.map((p) => p[1]);
	return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

/**
 * Every point where the kernel differs from a turf loop over all areas with the overlap rule
 * applied (smallest area holding the point, ties to the lowest index), as [lon, lat, kernel, turf].
 * Turf is asked only about areas whose box holds the point, which changes no answer.
 */
function differences(geometries: readonly AreaGeometry[], points: Float64Array): number[][] {
	const assigned = assignPoints(buildAreaIndex(geometries), points);
	const sizes = geometries.map(planarArea);
	const boxes = geometries.map(boxOf);
	const out: number[][] = [];
	assigned.forEach((area, i) => {
		const [lon, lat] = [points[2 * i], points[2 * i + 1]];
		let expected = -1;
		geometries.forEach((geometry, candidate) => {
			const [w, s, e, n] = boxes[candidate];
			if (lon < w || lon > e || lat < s || lat > n) return;
			if (!booleanPointInPolygon([lon, lat], geometry)) return;
			if (expected === -1 || sizes[candidate] < sizes[expected]) expected = candidate;
		});
		if (area !== expected) out.push([lon, lat, area, expected]);
	});
	return out;
}

const title = (text: string) => (sharedDataFolder ? text : `${text} (${sharedDataMissing})`);

describe.skipIf(!sharedDataFolder)(title('buildAreaIndex on real CBS boundaries'), () => {
	const buurten = () => read('cbs-2024/zeist-utrecht/buurten_2024_GM0344_GM0355.geojson');

	it('assigns 20,000 random points to the 146 Zeist and Utrecht buurten exactly as a turf loop does', () => {
		const geometries = buurten().map((f) => f.geometry);
		expect(geometries).toHaveLength(146);
		const points = pointsOver(geometries, 20_000, 11);
		expect(differences(geometries, points)).toEqual([]);
		// The box holds land outside both gemeenten too, so both answers occur.
		const assigned = assignPoints(buildAreaIndex(geometries), points);
		expect(assigned.includes(-1)).toBe(true);
		expect(new Set(assigned).size).toBe(147);
	});

	it('measures `within` distances as turf does to 0.5 %', () => {
		const geometries = buurten().map((f) => f.geometry);
		const index = buildAreaIndex(geometries);
		const points = pointsOver(geometries, 150, 12);
		const reach = 1_500;
		for (let i = 0; i < 150; i++) {
			const point = [points[2 * i], points[2 * i + 1]];
			const found = new Map<number, number>();
			index.within(point[0], point[1], reach, (area, meters) => found.set(area, meters));
			geometries.forEach((geometry, area) => {
				const rings =
					geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
				const inside = booleanPointInPolygon(point, geometry);
				const turf = inside
					? 0
					: Math.min(
							...rings.map((ring) =>
								pointToLineDistance(point, lineString(ring), { units: 'meters' })
							)
						);
				const ours = found.get(area);
				if (ours === undefined) expect(turf).toBeGreaterThan(reach * 0.995);
				else expect(Math.abs(ours - turf)).toBeLessThanOrEqual(turf * 0.005 + 0.01);
			});
		}
	});

	it('loads and assigns all 3,393 wijken of the Netherlands, self-touching rings included', () => {
		const wijken = read('cbs-2024/nl/wijken_2024_nl.geojson');
		const geometries = wijken.map((f) => f.geometry);
		expect(geometries).toHaveLength(3393);
		const index = buildAreaIndex(geometries);
		const assigned = assignPoints(index, pointsOver(geometries, 100_000, 13));
		// The wijken cover about 41,500 km² of the box's 97,600 km²; the rest is sea and neighbours.
		const inside = assigned.filter((area) => area >= 0).length;
		expect(inside / 100_000).toBeCloseTo(41_500 / 97_600, 1);

		// Around the two wijken with self-touching rings, the kernel agrees with turf point by point.
		for (const code of ['WK019701', 'WK074401']) {
			const feature = wijken.find((f) => f.properties.wijkcode === code)!;
			const near = pointsOver([feature.geometry], 2_000, 14);
			expect(differences(geometries, near)).toEqual([]);
		}
	});

	it('agrees with turf around the Baarle-Nassau enclaves in the gemeenten file', () => {
		const gemeenten = read('cbs-2024/nl/gemeenten_2024_nl.geojson');
		const geometries = gemeenten.map((f) => f.geometry);
		const baarle = gemeenten.find((f) => f.properties.gemeentecode === 'GM0744')!;
		expect(differences(geometries, pointsOver([baarle.geometry], 5_000, 15))).toEqual([]);
	});
});
