import { describe, expect, it } from 'vitest';
import { areasAtLevel, levelsPresent } from './level-set';
import { boundaryYears } from './boundary-years';
import { gemeenteCode, gemeenteCodes } from './gemeente';

const area = (code: string, level: 'buurt' | 'wijk', year: number) => ({ code, level, year });

describe('areasAtLevel', () => {
	const areas = [
		area('WK034402', 'wijk', 2024),
		area('BU03440101', 'buurt', 2023),
		area('WK034401', 'wijk', 2023),
		area('WK034401', 'wijk', 2024)
	];

	it('keeps one level, the newest year of each code, sorted by code', () => {
		expect(areasAtLevel(areas, 'wijk')).toEqual([
			area('WK034401', 'wijk', 2024),
			area('WK034402', 'wijk', 2024)
		]);
	});

	it('names the levels present from fine to coarse', () => {
		expect(levelsPresent(areas)).toEqual(['buurt', 'wijk']);
	});
});

describe('boundaryYears', () => {
	it('warns when the compared areas come from different CBS years, naming the codes per year', () => {
		const found = boundaryYears([
			{ code: 'WK034402', year: 2024 },
			{ code: 'WK034401', year: 2022 },
			{ code: 'WK034403', year: 2024 }
		]);
		expect(found.mixed).toBe(true);
		expect(found.years).toEqual([2022, 2024]);
		expect(found.codesByYear.get(2024)).toEqual(['WK034402', 'WK034403']);
	});

	it('does not warn for areas of one year', () => {
		expect(boundaryYears([{ code: 'WK034401', year: 2024 }]).mixed).toBe(false);
	});
});

describe('gemeenteCode', () => {
	it('reads the gemeente from buurt, wijk and gemeente codes, including Amsterdam letters', () => {
		expect(gemeenteCode('BU03440101')).toBe('GM0344');
		expect(gemeenteCode('WK0363AA')).toBe('GM0363');
		expect(gemeenteCode('GM0355')).toBe('GM0355');
	});

	it('gives no gemeente for a team-drawn area', () => {
		expect(gemeenteCode('EIGEN-speeltuin')).toBeNull();
	});

	it('lists each gemeente once, sorted', () => {
		expect(gemeenteCodes(['WK035501', 'BU03440101', 'WK034401', 'EIGEN-x'])).toEqual([
			'GM0344',
			'GM0355'
		]);
	});
});
