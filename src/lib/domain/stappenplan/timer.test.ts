import { describe, expect, it } from 'vitest';
import { clockText, newTimer, remaining, toggle } from './timer';

describe('the facilitator timer', () => {
	it('counts down only while running, and keeps the time used across a pause', () => {
		let timer = newTimer(10);
		expect(remaining(timer, 5_000)).toBe(600_000);
		timer = toggle(timer, 1_000);
		expect(remaining(timer, 61_000)).toBe(540_000);
		timer = toggle(timer, 61_000);
		expect(remaining(timer, 999_000)).toBe(540_000);
		timer = toggle(timer, 1_000_000);
		expect(remaining(timer, 1_030_000)).toBe(510_000);
	});

	it('shows minutes and seconds, with a minus sign when over time', () => {
		expect(clockText(600_000)).toBe('10:00');
		expect(clockText(65_400)).toBe('1:05');
		expect(clockText(-65_000)).toBe('−1:05');
	});
});
