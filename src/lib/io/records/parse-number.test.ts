import { describe, expect, it } from 'vitest';
import { parseDecimal } from './parse-number';

describe('parseDecimal', () => {
	it.each([
		['12', 12],
		['2,5', 2.5],
		['2.5', 2.5],
		['-3,25', -3.25],
		['0,500', 0.5],
		['1.234,5', 1234.5],
		['1,234.5', 1234.5],
		['1.234.567', 1234567],
		['1 250', 1250],
		[' 7 ', 7]
	])('reads %s as %d', (text, value) => {
		expect(parseDecimal(text)).toEqual({ ok: true, value });
	});

	it.each(['1.500', '12,000', '-1.500'])(
		'reports %s as ambiguous rather than guessing thousands or a fraction',
		(text) => {
			expect(parseDecimal(text)).toEqual({ ok: false, code: 'ambiguous-number' });
		}
	);

	it('reads one mark before three digits as a decimal where fractions are normal', () => {
		expect(parseDecimal('5.123', { fractionExpected: true })).toEqual({ ok: true, value: 5.123 });
	});

	it.each(['', 'twee', '1e3', '12 %', '1.23.4', '1,2,3', '1.234,5.6', '.5', '€ 5'])(
		'refuses %j',
		(text) => {
			expect(parseDecimal(text)).toEqual({ ok: false, code: 'not-a-number' });
		}
	);
});
