import { describe, expect, it } from 'vitest';
import { exponential } from './decay';

describe('exponential', () => {
	it('is e^x to within 3 · 10⁻¹⁶, relative, from 0 down to where e^x leaves the normal numbers', () => {
		let worst = 0;
		for (let x = 0; x > -708; x -= 0.000_731_3) {
			const exact = Math.exp(x);
			worst = Math.max(worst, Math.abs(exponential(x) - exact) / exact);
		}
		expect(worst).toBeLessThan(3e-16);
	});

	it('is exactly 1 at 0 and 0 far below, and falls off gradually in between', () => {
		expect(exponential(0)).toBe(1);
		expect(exponential(-0)).toBe(1);
		expect(exponential(-745.3)).toBe(0);
		expect(exponential(-745.1)).toBeGreaterThan(0);
		expect(exponential(-720)).toBeCloseTo(Math.exp(-720), 320);
	});
});
