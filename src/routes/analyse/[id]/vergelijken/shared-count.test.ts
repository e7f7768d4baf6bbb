import { describe, expect, it } from 'vitest';
import { countText } from './shared-count';

describe('countText', () => {
	it('hides a count below the threshold and says so', () => {
		expect(countText(3, 5, 'nl')).toBe('minder dan 5');
		expect(countText(9, 10, 'nl')).toBe('minder dan 10');
	});

	it('shows zero and counts at or above the threshold, in the locale', () => {
		expect(countText(0, 5, 'nl')).toBe('0');
		expect(countText(5, 5, 'nl')).toBe('5');
		expect(countText(1234, 5, 'nl')).toBe('1.234');
	});
});
