import { describe, expect, it } from 'vitest';
import type { AreaGeometry } from '$lib/domain/records';
import type { ImportedArea } from '$lib/io/cbs/boundaries';
import { cbsProblem } from '$lib/io/cbs/problems';
import {
	areaSource,
	fileLevelProblems,
	gemeenteCode,
	gemeenteNames,
	groupProblems,
	levelsOf,
	problemRows,
	summariseAreas
} from './import-summary';

const square: AreaGeometry = {
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

function area(code: string, level: ImportedArea['level'], year = 2024): ImportedArea {
	return { code, name: code, level, year, geometry: square, indicators: {} };
}

describe('gemeenteCode', () => {
	it('takes the gemeente from a buurt, wijk or gemeente code', () => {
		expect(gemeenteCode('BU03440111')).toBe('GM0344');
		expect(gemeenteCode('WK035502')).toBe('GM0355');
		expect(gemeenteCode('GM0344')).toBe('GM0344');
		expect(gemeenteCode('EIGEN-1')).toBeNull();
	});
});

describe('summariseAreas', () => {
	const areas = [
		area('WK034401', 'wijk'),
		area('BU03440111', 'buurt'),
		area('BU03550402', 'buurt'),
		area('BU03550402', 'buurt', 2023)
	];

	it('counts areas per level, most specific first, with gemeenten and years', () => {
		expect(summariseAreas(areas, [])).toEqual({
			count: 4,
			levels: [
				{ level: 'buurt', count: 3 },
				{ level: 'wijk', count: 1 }
			],
			gemeenten: ['GM0344', 'GM0355'],
			years: [2023, 2024],
			replaced: 0
		});
		expect(levelsOf(areas)).toEqual(['buurt', 'wijk']);
	});

	it('counts as replaced only areas whose code and year the analysis already has', () => {
		const existing = [
			{ code: 'BU03550402', year: 2024 },
			{ code: 'BU03440111', year: 2022 }
		];
		expect(summariseAreas(areas, existing).replaced).toBe(1);
	});
});

describe('gemeenteNames', () => {
	it('reads gemeente names from CBS properties and ignores anything else', () => {
		const collection = {
			features: [
				{ properties: { gemeentecode: 'GM0344', gemeentenaam: 'Utrecht' } },
				{ properties: { gemeentecode: 'GM0355', gemeentenaam: ' ' } },
				null,
				{ properties: { gemeentecode: 355, gemeentenaam: 'Zeist' } }
			]
		};
		expect([...gemeenteNames(collection)]).toEqual([['GM0344', 'Utrecht']]);
		expect(gemeenteNames('not a collection').size).toBe(0);
	});
});

describe('areaSource', () => {
	it('names the CBS map, its year and the files', () => {
		expect(areaSource(2024, 'buurten.geojson')).toBe(
			'CBS Wijk- en Buurtkaart 2024 (buurten.geojson)'
		);
		expect(areaSource(2024, 'buurten.geojson', 'kwb.csv')).toBe(
			'CBS Wijk- en Buurtkaart 2024 (buurten.geojson, kwb.csv)'
		);
	});
});

describe('groupProblems', () => {
	it('groups by code with errors first, keeping file order within a group', () => {
		const groups = groupProblems([
			cbsProblem('missing-name', { feature: 1 }),
			cbsProblem('invalid-code', { feature: 2, value: 'X' }),
			cbsProblem('ambiguous-column', { columns: ['a', 'b'] }),
			cbsProblem('invalid-code', { feature: 5, value: 'Y' })
		]);
		expect(groups.map((g) => [g.code, g.problems.length])).toEqual([
			['invalid-code', 2],
			['missing-name', 1],
			['ambiguous-column', 1]
		]);
		expect(groups[0]?.problems.map((p) => p.feature)).toEqual([2, 5]);
	});
});

describe('problemRows and fileLevelProblems', () => {
	const problems = [
		{ code: 'missing-column', field: 'date' },
		{ code: 'invalid-date', row: 6, field: 'date', value: '31-02-2024' },
		{ code: 'unknown-category', row: 5, field: 'category', value: 'Kookclub' },
		{ code: 'missing-value', row: 6, field: 'category' }
	] as const;

	it('list each row with a problem once, in order', () => {
		expect(problemRows(problems)).toEqual([5, 6]);
	});

	it('pick out the problems that concern the whole file', () => {
		expect(fileLevelProblems(problems).map((p) => p.code)).toEqual(['missing-column']);
	});
});
