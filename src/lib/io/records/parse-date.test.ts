import { describe, expect, it } from 'vitest';
import { daysInMonth, parseDate } from './parse-date';

describe('parseDate', () => {
	it.each([
		['2024-03-12', '2024-03-12'],
		['12-03-2024', '2024-03-12'],
		['2-3-2024', '2024-03-02'],
		['12/03/2024', '2024-03-12'],
		['12.03.2024', '2024-03-12'],
		['29-02-2024', '2024-02-29'],
		[' 2024-3-5 ', '2024-03-05']
	])('reads %s as %s', (text, iso) => {
		expect(parseDate(text)).toBe(iso);
	});

	it.each([
		['a day that does not exist', '31-02-2024'],
		['29 February outside a leap year', '29-02-2023'],
		['month 13', '2024-13-01'],
		['day 0', '00-01-2024'],
		['mixed separators', '12-03/2024'],
		['a two-digit year', '12-03-24'],
		['a year before 1900', '1899-12-31'],
		['text', 'gisteren'],
		['a date with a time', '2024-03-12T10:00']
	])('refuses %s', (_what, text) => {
		expect(parseDate(text)).toBeNull();
	});
});

describe('daysInMonth', () => {
	it('knows leap years, including the century rule', () => {
		expect([2024, 2023, 1900, 2000].map((y) => daysInMonth(y, 2))).toEqual([29, 28, 28, 29]);
	});
});
