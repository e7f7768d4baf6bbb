import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	sharedDataFile,
	sharedDataFolder,
	sharedDataMissing
} from '../../../test-support/shared-data';
import type { AreaGeometry } from '../records';
import { METERS_PER_DEGREE } from './distance';
import { planarArea } from './planar-area';
import { box } from '../../../test-support/shapes';

/** Area in m² of a box of `dLon` × `dLat` degrees centred on latitude `lat`. */
const boxArea = (dLon: number, dLat: number, lat: number) =>
	dLon * Math.cos((lat * Math.PI) / 180) * METERS_PER_DEGREE * dLat * METERS_PER_DEGREE;

describe('planarArea', () => {
	it('gives a 0.01° square at the equator about 1.236 km²', () => {
		const area = planarArea({ type: 'Polygon', coordinates: [box(0, -0.005, 0.01, 0.005)] });
		expect(area).toBeCloseTo(boxArea(0.01, 0.01, 0), 3);
		expect(area / 1e6).toBeCloseTo(1.236, 3);
	});

	it('scales longitude by the cosine of the middle latitude', () => {
		const area = planarArea({ type: 'Polygon', coordinates: [box(5, 51.9, 5.2, 52.1)] });
		expect(area).toBeCloseTo(boxArea(0.2, 0.2, 52), 3);
	});

	it('subtracts holes and adds the polygons of a multipolygon, whichever way rings run', () => {
		const holed = [box(0, 0, 0.02, 0.02), [...box(0.005, 0.005, 0.015, 0.015)].reverse()];
		const geometry: AreaGeometry = {
			type: 'MultiPolygon',
			coordinates: [holed, [[...box(1, 0, 1.01, 0.02)].reverse()]]
		};
		const expected =
			boxArea(0.02, 0.02, 0.01) - boxArea(0.01, 0.01, 0.01) + boxArea(0.01, 0.02, 0.01);
		expect(planarArea(geometry)).toBeCloseTo(expected, 3);
	});

	it('is 0 for degenerate rings and for holes larger than their ring', () => {
		expect(
			planarArea({
				type: 'Polygon',
				coordinates: [
					[
						[0, 0],
						[1, 1],
						[0, 0]
					]
				]
			})
		).toBe(0);
		expect(planarArea({ type: 'Polygon', coordinates: [box(0, 0, 1, 1), box(-1, -1, 2, 2)] })).toBe(
			0
		);
	});

	it.skipIf(!sharedDataFolder)(
		sharedDataFolder
			? 'matches the area CBS computed in RD New for every Zeist and Utrecht buurt to 0.2 %'
			: sharedDataMissing,
		() => {
			const collection = JSON.parse(
				readFileSync(
					sharedDataFile('cbs-2024/zeist-utrecht/buurten_2024_GM0344_GM0355.geojson'),
					'utf8'
				)
			) as {
				features: { geometry: AreaGeometry; properties: { oppervlakte_berekend_ha: number } }[];
			};
			expect(collection.features).toHaveLength(146);
			for (const { geometry, properties } of collection.features) {
				const hectares = planarArea(geometry) / 10_000;
				expect(Math.abs(hectares / properties.oppervlakte_berekend_ha - 1)).toBeLessThan(0.002);
			}
		}
	);
});
