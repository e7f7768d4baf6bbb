import { describe, expect, it } from 'vitest';
import { findBsns, isValidBsn } from './bsn';

describe('isValidBsn', () => {
	it('accepts nine digits that pass the 11-test', () => {
		// 9·1 + 8·2 + 7·3 + 6·4 + 5·5 + 4·6 + 3·7 + 2·8 − 2 = 154 = 14 · 11
		expect(isValidBsn('123456782')).toBe(true);
	});

	it('accepts a number with a leading zero that passes the 11-test', () => {
		expect(isValidBsn('012345672')).toBe(true);
	});

	it('refuses nine digits that fail the 11-test', () => {
		expect(isValidBsn('123456789')).toBe(false);
	});

	it('refuses all zeros, although 0 is a multiple of 11', () => {
		expect(isValidBsn('000000000')).toBe(false);
	});

	it('refuses eight digits, even if they would pass with a leading zero', () => {
		expect(isValidBsn('12345672')).toBe(false);
	});
});

describe('findBsns', () => {
	const found = (text: string) => findBsns(text).map((f) => text.slice(f.start, f.end));

	it('finds a BSN written as nine digits or as 1234.56.782', () => {
		expect(found('BSN 123456782 of 1234.56.782')).toEqual(['123456782', '1234.56.782']);
	});

	it('does not flag a nine-digit number that fails the 11-test', () => {
		expect(found('Ordernummer 123456789')).toEqual([]);
	});

	it('does not flag eight-digit numbers such as a KvK number', () => {
		expect(found('KvK 12345672')).toEqual([]);
	});

	it('does not flag nine digits inside a longer number or code', () => {
		expect(found('1234567820 en BU123456782 en 1.123456782')).toEqual([]);
	});

	it('does not flag an amount grouped in threes', () => {
		expect(found('€ 123.456.782')).toEqual([]);
	});
});
