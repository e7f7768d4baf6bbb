import { describe, expect, it } from 'vitest';
import { findPhoneNumbers } from './phone';

const found = (text: string) => findPhoneNumbers(text).map((f) => text.slice(f.start, f.end));

describe('findPhoneNumbers', () => {
	it.each([
		'06-12345678',
		'06 1234 5678',
		'0612345678',
		'+31 6 12345678',
		'+31612345678',
		'0031612345678',
		'+31 (0)6 12345678',
		'030-1234567',
		'0301234567',
		'(030) 123 45 67',
		'(0111) 123456',
		'+31 30 123 4567',
		'030.123.45.67',
		'06 - 12 34 56 78',
		'+32 470 12 34 56'
	])('recognises %s', (number) => {
		expect(found(`Bel ${number}.`)).toEqual([number]);
	});

	it.each([
		['a year', 'Sinds 2024 actief.'],
		['an amount', 'Budget € 1.234.567 per jaar.'],
		['a date', 'Op 12-03-2024 was de avond.'],
		['a date starting with zero', 'Gestart op 06-12-2024 12 uur.'],
		['opening hours', 'Open 09.00-12.00 13.00-17.00.'],
		['a postcode', 'Vooral in 3511 AB.'],
		['a CBS buurt code', 'Buurt BU03440101.'],
		['a count', '15 huishoudens.'],
		['a nine-digit number', 'Nummer 061234567.'],
		['an eleven-digit number', 'Nummer 06123456789.'],
		['a decimal', 'Factor 0,0612345678.'],
		['an area code in brackets with too few digits', 'Bel (030) 123 45.']
	])('does not flag %s', (_what, text) => {
		expect(found(text)).toEqual([]);
	});

	it('does not take a phone number out of a longer code', () => {
		expect(found('Referentie AB0612345678.')).toEqual([]);
	});

	it('finds a number followed by an unrelated count', () => {
		expect(found('Bel 0612345678 15 huishoudens wachten')).toEqual(['0612345678']);
	});
});
