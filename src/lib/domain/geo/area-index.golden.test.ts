import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { AreaGeometry, LonLat } from '../records';
import { buildAreaIndex } from './area-index';

// Golden tests: every fixtures/in/<name>.geojson holds areas (Polygon/MultiPolygon features with
// a `code`) and queries (Point features with a `name` and a reach in `meters`); the answers are
// recorded in fixtures/out/<name>.json. After a deliberate change of behaviour, regenerate with
// `UPDATE_GOLDEN=1 npx vitest run src/lib/domain/geo/area-index.golden.test.ts` and review the diff.

interface AreaFeature {
	geometry: AreaGeometry;
	properties: { code: string };
}
interface QueryFeature {
	geometry: { type: 'Point'; coordinates: LonLat };
	properties: { name: string; meters: number };
}
type Feature = AreaFeature | QueryFeature;
const isArea = (feature: Feature): feature is AreaFeature => feature.geometry.type !== 'Point';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const update = process.env.UPDATE_GOLDEN === '1';

/** The answers for one fixture: per query the area that holds it and the areas within reach, distances rounded to centimetres. */
function answer(features: Feature[]) {
	const areas = features.filter(isArea);
	const index = buildAreaIndex(areas.map((area) => area.geometry));
	return features.flatMap((feature) => {
		if (isArea(feature)) return [];
		const [lon, lat] = feature.geometry.coordinates;
		const { name, meters } = feature.properties;
		const within: { code: string; meters: number }[] = [];
		index.within(lon, lat, meters, (area, distance) => {
			within.push({ code: areas[area].properties.code, meters: Math.round(distance * 100) / 100 });
		});
		const located = index.locate(lon, lat);
		return [
			{
				name,
				point: [lon, lat],
				locate: located === -1 ? null : areas[located].properties.code,
				reach: meters,
				within
			}
		];
	});
}

describe('buildAreaIndex golden fixtures', () => {
	for (const file of readdirSync(path.join(fixtures, 'in')).filter((f) => f.endsWith('.geojson'))) {
		it(`gives the recorded answers for ${file}`, () => {
			const input = JSON.parse(readFileSync(path.join(fixtures, 'in', file), 'utf8')) as {
				features: Feature[];
			};
			const actual = answer(input.features);
			const expectedFile = path.join(fixtures, 'out', file.replace(/\.geojson$/, '.json'));
			if (update) writeFileSync(expectedFile, `${JSON.stringify(actual, null, '\t')}\n`);
			expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
		});
	}
});
