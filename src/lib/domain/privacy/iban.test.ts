import { describe, expect, it } from 'vitest';
import { findIbans, isValidIban } from './iban';

describe('isValidIban', () => {
	it('accepts an IBAN that passes the mod-97 check', () => {
		expect(isValidIban('NL91ABNA0417164300')).toBe(true);
	});

	it('refuses an IBAN with one digit changed', () => {
		expect(isValidIban('NL91ABNA0417164301')).toBe(false);
	});
});

describe('findIbans', () => {
	const found = (text: string) => findIbans(text).map((f) => text.slice(f.start, f.end));

	it('finds a Dutch IBAN with or without spaces, in upper or lower case', () => {
		expect(found('NL91 ABNA 0417 1643 00, NL91ABNA0417164300 en nl91abna0417164300')).toEqual([
			'NL91 ABNA 0417 1643 00',
			'NL91ABNA0417164300',
			'nl91abna0417164300'
		]);
	});

	it('finds a Belgian IBAN', () => {
		expect(found('BE68 5390 0754 7034')).toEqual(['BE68 5390 0754 7034']);
	});

	it('stops at the length of the country, so the next word is never swallowed', () => {
		expect(found('NL91 ABNA 0417 1643 00 AB12')).toEqual(['NL91 ABNA 0417 1643 00']);
	});

	it('does not flag characters that run on past the length of the country', () => {
		expect(found('NL91 ABNA 0417 1643 00AB')).toEqual([]);
	});

	it('does not flag an IBAN-shaped text that fails the check', () => {
		expect(found('NL12 ABCD 0123 4567 89')).toEqual([]);
	});
});
