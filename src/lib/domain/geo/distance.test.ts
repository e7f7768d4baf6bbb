import { describe, expect, it } from 'vitest';
import { METERS_PER_DEGREE, metersPerDegreeLon } from './distance';

describe('the local projection', () => {
	it('uses one degree of latitude as 111,195 m (R = 6,371,008.8 m)', () => {
		expect(METERS_PER_DEGREE).toBeCloseTo(111_195.08, 1);
	});

	it('shrinks a degree of longitude by the cosine of the latitude', () => {
		expect(metersPerDegreeLon(60)).toBeCloseTo(0.5 * METERS_PER_DEGREE, 6);
		expect(metersPerDegreeLon(0)).toBe(METERS_PER_DEGREE);
	});
});
