import { describe, expect, it } from 'vitest';
import { NabuurError } from '../../domain/errors';
import { areaGeometrySchema } from '../../domain/records';
import { readMethodology } from '../../../test-support/methodology';
import { readBoundaries } from './boundaries';

const options = { indicators: readMethodology().indicators };

function square(x: number, y: number, size: number): number[][] {
	return [
		[x, y],
		[x + size, y],
		[x + size, y + size],
		[x, y + size],
		[x, y]
	];
}

function feature(properties: Record<string, unknown>, ring = square(5.1, 52.1, 0.01)) {
	return { type: 'Feature', properties, geometry: { type: 'Polygon', coordinates: [ring] } };
}

function collection(features: unknown[], extra: Record<string, unknown> = {}) {
	return { type: 'FeatureCollection', ...extra, features };
}

describe('readBoundaries', () => {
	it('reads a wijk with its figures, in WGS84', () => {
		const result = readBoundaries(
			collection([
				feature({
					wijkcode: 'WK034401',
					wijknaam: 'Wijk 01 West',
					gemeentecode: 'GM0344',
					gemeentenaam: 'Utrecht',
					jaar: 2024,
					aantal_inwoners: 29710,
					PersonenInArmoede_81: null
				})
			]),
			options
		);
		expect(result.problems).toEqual([]);
		expect(result.coordinateSystem).toBe('wgs84');
		expect(result.areas).toEqual([
			{
				code: 'WK034401',
				name: 'Wijk 01 West',
				level: 'wijk',
				year: 2024,
				geometry: { type: 'Polygon', coordinates: [square(5.1, 52.1, 0.01)] },
				indicators: { inwoners: 29710, 'personen-in-armoede-pct': null }
			}
		]);
		expect(result.matchedIndicators).toEqual({
			inwoners: ['aantal_inwoners'],
			'personen-in-armoede-pct': ['PersonenInArmoede_81']
		});
		expect(result.missingIndicators).toContain('wmo-clienten');
		expect(result.ignoredColumns).toEqual(['gemeentecode']);
	});

	it('reprojects RD New found by its coordinate ranges alone', () => {
		const result = readBoundaries(
			collection([
				feature({ buurtcode: 'BU03440111', buurtnaam: 'X' }, square(136700, 455900, 100))
			]),
			{ ...options, year: 2024 }
		);
		expect(result.coordinateSystem).toBe('rd-new');
		const geometry = result.areas[0]?.geometry;
		expect(areaGeometrySchema.safeParse(geometry).success).toBe(true);
		expect(geometry?.coordinates[0]?.[0]).toEqual([5.120176, 52.091056]);
	});

	it('imports nothing from a file in Web Mercator, and says why', () => {
		const mercator = square(570000, 6815000, 1000);
		const result = readBoundaries(
			collection([feature({ buurtcode: 'BU03440111' }, mercator)]),
			options
		);
		expect(result.areas).toEqual([]);
		expect(result.problems).toEqual([{ code: 'coordinates-unrecognised', severity: 'error' }]);
	});

	it('imports nothing from a file with latitude and longitude swapped', () => {
		const swapped = square(52.1, 5.1, 0.01);
		const result = readBoundaries(
			collection([feature({ buurtcode: 'BU03440111' }, swapped)]),
			options
		);
		expect(result.problems).toEqual([{ code: 'coordinates-lat-lon-swapped', severity: 'error' }]);
	});

	it('names the unsupported crs a file declares', () => {
		const crs = { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::3857' } };
		const result = readBoundaries(
			collection([feature({ buurtcode: 'BU03440111' })], { crs }),
			options
		);
		expect(result.problems).toEqual([
			{ code: 'crs-unsupported', severity: 'error', value: 'urn:ogc:def:crs:EPSG::3857' }
		]);
	});

	it('reports a file without features and a file without a code property', () => {
		expect(readBoundaries(collection([]), options).problems).toEqual([
			{ code: 'empty-file', severity: 'error' }
		]);
		expect(readBoundaries(collection([feature({ naam: 'X' })]), options).problems).toEqual([
			{ code: 'missing-code-column', severity: 'error' }
		]);
	});

	it('skips a second feature with the same code and year, but not the same code in another year', () => {
		const result = readBoundaries(
			collection([
				feature({ gemeentecode: 'GM0344', gemeentenaam: 'Utrecht', jaar: 2024 }),
				feature({ gemeentecode: 'GM0344', gemeentenaam: 'Utrecht', jaar: 2024 }),
				feature({ gemeentecode: 'GM0344', gemeentenaam: 'Utrecht', jaar: 2023 })
			]),
			options
		);
		expect(result.areas.map((a) => a.year)).toEqual([2024, 2023]);
		expect(result.problems).toEqual([
			{ code: 'duplicate-code', severity: 'error', feature: 2, areaCode: 'GM0344', year: 2024 }
		]);
	});

	it('names an area without a name after its code, with a warning', () => {
		const result = readBoundaries(collection([feature({ statcode: 'GM0344' })]), {
			...options,
			year: 2024
		});
		expect(result.areas[0]?.name).toBe('GM0344');
		expect(result.problems).toEqual([
			{ code: 'missing-name', severity: 'warning', feature: 1, areaCode: 'GM0344' }
		]);
	});

	it('throws a file-unreadable error for anything that is not a FeatureCollection', () => {
		for (const input of [null, [], 'text', { type: 'Feature' }, { type: 'FeatureCollection' }]) {
			expect(() => readBoundaries(input, options)).toThrow(NabuurError);
		}
		try {
			readBoundaries({ type: 'Topology' }, options);
		} catch (error) {
			expect(error instanceof NabuurError && error.kind).toBe('file-unreadable');
		}
	});
});
