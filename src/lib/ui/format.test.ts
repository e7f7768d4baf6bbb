import { describe, expect, it } from 'vitest';
import { formatDay, roundToSum } from './format';

describe('formatDay', () => {
	it('writes a calendar date in full, in Dutch and in English', () => {
		expect(formatDay('2026-11-23', 'nl')).toBe('23 november 2026');
		expect(formatDay('2026-11-23', 'en')).toBe('23 November 2026');
	});
});

describe('roundToSum', () => {
	it('rounds parts so that they add up to their rounded sum, leaving missing parts out', () => {
		// Rounded one by one: 0.3 + 0.3 + 0.3 = 0.9, while the parts add up to 1.0.
		const parts = [0.33, 0.33, null, 0.34];
		const rounded = roundToSum(parts);
		expect(rounded[2]).toBeNull();
		expect(rounded.reduce<number>((sum, v) => sum + (v ?? 0), 0)).toBeCloseTo(1, 10);
		expect(rounded).toEqual([0.3, 0.3, null, 0.4]);
	});

	it('moves no part by more than one step, for negative parts too', () => {
		const parts = [12.46, -7.04, 20.0, -0.06, 5.55, 8.34];
		const rounded = roundToSum(parts) as number[];
		const total = parts.reduce((sum, v) => sum + v, 0);
		expect(rounded.reduce((sum, v) => sum + v, 0)).toBeCloseTo(Math.round(total * 10) / 10, 10);
		parts.forEach((part, i) => expect(Math.abs(rounded[i] - part)).toBeLessThan(0.1));
	});

	it('rounds halves away from zero, as the formatted sum does, despite floating-point noise', () => {
		// −0.05 alone: the sum is shown as −0.1, so the part is too.
		expect(roundToSum([-0.05])).toEqual([-0.1]);
		expect(roundToSum([-3.75, 0, -40])).toEqual([-3.8, 0, -40]);
		// These add up to 20.949999999999996 in doubles, which is 20.95: shown as 21.0.
		const parts = [18.43, -23.35, 10.64, 26.85, -14.13, 2.51];
		const rounded = roundToSum(parts) as number[];
		expect(rounded.reduce((sum, v) => sum + v, 0)).toBeCloseTo(21, 10);
	});
});
