import { describe, expect, it } from 'vitest';
import { compareValues, sortRecords } from './sort';

describe('sortRecords', () => {
	const rows = [
		{ id: 'a', name: 'Buurt 10', size: 3 as number | null },
		{ id: 'b', name: 'buurt 2', size: null },
		{ id: 'c', name: 'Álmere', size: 3 },
		{ id: 'd', name: '', size: 1 }
	];

	it('sorts text alphabetically with numbers read as numbers, empty values last', () => {
		const sorted = sortRecords(rows, (r) => r.name, 'ascending').map((r) => r.id);
		expect(sorted).toEqual(['c', 'b', 'a', 'd']);
	});

	it('keeps empty values last when sorting descending, and breaks ties by id', () => {
		expect(sortRecords(rows, (r) => r.size, 'descending').map((r) => r.id)).toEqual([
			'a',
			'c',
			'd',
			'b'
		]);
		expect(sortRecords(rows, (r) => r.size, 'ascending').map((r) => r.id)).toEqual([
			'd',
			'a',
			'c',
			'b'
		]);
	});

	it('does not change the input', () => {
		const copy = [...rows];
		sortRecords(rows, (r) => r.name, 'descending');
		expect(rows).toEqual(copy);
	});
});

describe('compareValues', () => {
	it('orders numbers numerically and empty values after everything', () => {
		expect(compareValues(2, 10)).toBeLessThan(0);
		expect(compareValues(null, 0)).toBeGreaterThan(0);
		expect(compareValues('', 'a')).toBeGreaterThan(0);
		expect(compareValues(null, '')).toBe(0);
	});
});
