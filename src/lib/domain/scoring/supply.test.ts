import { describe, expect, it } from 'vitest';
import { decayRate, distanceFactor } from './supply';

describe('distanceFactor', () => {
	it('halves every half-life, exactly at 0 and to the last bits beyond', () => {
		const rate = decayRate(750);
		expect(distanceFactor(0, rate)).toBe(1);
		expect(distanceFactor(750, rate)).toBeCloseTo(0.5, 15);
		expect(distanceFactor(3000, rate)).toBeCloseTo(1 / 16, 15);
	});

	it('is 0.5^(δ / h) to within 1e-14 relative, up to 40 half-lives (beyond any reach)', () => {
		for (const halfLife of [100, 750, 2000]) {
			const rate = decayRate(halfLife);
			let worst = 0;
			for (let meters = 0; meters <= 40 * halfLife; meters += halfLife / 997) {
				const exact = 0.5 ** (meters / halfLife);
				worst = Math.max(worst, Math.abs(distanceFactor(meters, rate) - exact) / exact);
			}
			expect(worst).toBeLessThan(1e-14);
		}
	});
});
