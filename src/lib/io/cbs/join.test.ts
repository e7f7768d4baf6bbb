import { describe, expect, it } from 'vitest';
import type { ImportedArea } from './boundaries';
import { joinKerncijfers } from './join';
import type { KerncijferRow } from './kerncijfers';

const geometry: ImportedArea['geometry'] = {
	type: 'Polygon',
	coordinates: [
		[
			[5.1, 52.1],
			[5.2, 52.1],
			[5.2, 52.2],
			[5.1, 52.1]
		]
	]
};

function area(
	code: string,
	year: number,
	indicators: ImportedArea['indicators'] = {}
): ImportedArea {
	return { code, name: code, level: 'wijk', year, geometry, indicators };
}

function row(
	code: string,
	year: number,
	indicators: KerncijferRow['indicators'],
	at: number
): KerncijferRow {
	return { code, level: 'wijk', year, indicators, row: at };
}

describe('joinKerncijfers', () => {
	it('adds the figures of the row with the same code and year', () => {
		const result = joinKerncijfers(
			[area('WK034401', 2024)],
			[row('WK034401', 2024, { inwoners: 29710 }, 2)]
		);
		expect(result.joined).toBe(1);
		expect(result.problems).toEqual([]);
		expect(result.areas[0]?.indicators).toEqual({ inwoners: 29710 });
	});

	it('lets a figure override, but never lets a suppressed value erase a known one', () => {
		const areas = [area('WK034401', 2024, { inwoners: 1, aow: 5, bijstand: null })];
		const rows = [
			row('WK034401', 2024, { inwoners: 2, aow: null, bijstand: null, 'wmo-clienten': null }, 2)
		];
		expect(joinKerncijfers(areas, rows).areas[0]?.indicators).toEqual({
			inwoners: 2,
			aow: 5,
			bijstand: null,
			'wmo-clienten': null
		});
	});

	it('does not change the areas it was given', () => {
		const areas = [area('WK034401', 2024, { inwoners: 1 })];
		joinKerncijfers(areas, [row('WK034401', 2024, { inwoners: 2 }, 2)]);
		expect(areas[0]?.indicators).toEqual({ inwoners: 1 });
	});

	it('reports rows without an area and areas without a row', () => {
		const result = joinKerncijfers([area('WK034401', 2024)], [row('WK034402', 2024, {}, 3)]);
		expect(result.joined).toBe(0);
		expect(result.problems).toEqual([
			{ code: 'area-without-row', severity: 'warning', areaCode: 'WK034401', year: 2024 },
			{ code: 'row-without-area', severity: 'warning', row: 3, areaCode: 'WK034402', year: 2024 }
		]);
	});

	it('reports boundaries and figures of different years as such, and joins nothing', () => {
		const areas = [area('WK034401', 2023, { inwoners: 1 })];
		const result = joinKerncijfers(areas, [row('WK034401', 2024, { inwoners: 2 }, 2)]);
		expect(result.joined).toBe(0);
		expect(result.areas[0]?.indicators).toEqual({ inwoners: 1 });
		expect(result.problems).toEqual([
			{
				code: 'year-mismatch',
				severity: 'warning',
				areaCode: 'WK034401',
				year: 2023,
				value: '2024'
			}
		]);
	});

	it('locates a row from a GeoJSON file by its feature number', () => {
		const fromFeature: KerncijferRow = {
			code: 'GM0344',
			level: 'gemeente',
			year: 2024,
			indicators: {},
			feature: 4
		};
		expect(joinKerncijfers([], [fromFeature]).problems).toEqual([
			{ code: 'row-without-area', severity: 'warning', feature: 4, areaCode: 'GM0344', year: 2024 }
		]);
	});
});
