import { describe, expect, it } from 'vitest';
import { checkLonLat } from './coordinates';

describe('checkLonLat', () => {
	it('accepts points across the Netherlands, from Cadzand to Delfzijl and the Wadden', () => {
		expect([
			checkLonLat(3.4, 51.38),
			checkLonLat(6.93, 53.32),
			checkLonLat(5.12, 52.09),
			checkLonLat(4.8, 53.1)
		]).toEqual([null, null, null, null]);
	});

	it('names RD New metres, swapped degrees and points elsewhere', () => {
		expect(checkLonLat(155000, 463000)).toBe('coordinates-look-like-rd');
		expect(checkLonLat(52.09, 5.12)).toBe('coordinates-swapped');
		expect(checkLonLat(13.4, 52.5)).toBe('coordinates-outside-netherlands');
		expect(checkLonLat(0, 0)).toBe('coordinates-outside-netherlands');
	});
});
