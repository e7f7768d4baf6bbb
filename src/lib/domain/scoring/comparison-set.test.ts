import { describe, expect, it } from 'vitest';
import { comparisonSet } from './comparison-set';

describe('comparisonSet', () => {
	it('keeps only the finest level, and the newest year of each code', () => {
		const areas = [
			{ code: 'WK061301', level: 'wijk' as const, year: 2024 },
			{ code: 'BU06130102', level: 'buurt' as const, year: 2024 },
			{ code: 'BU06130101', level: 'buurt' as const, year: 2023 },
			{ code: 'BU06130101', level: 'buurt' as const, year: 2024 }
		];
		expect(comparisonSet(areas)).toEqual([
			{ code: 'BU06130101', level: 'buurt', year: 2024 },
			{ code: 'BU06130102', level: 'buurt', year: 2024 }
		]);
	});

	it('uses wijken when an analysis has no buurten', () => {
		const areas = [
			{ code: 'GM0613', level: 'gemeente' as const, year: 2024 },
			{ code: 'WK061301', level: 'wijk' as const, year: 2024 }
		];
		expect(comparisonSet(areas).map((a) => a.code)).toEqual(['WK061301']);
		expect(comparisonSet([])).toEqual([]);
	});
});
