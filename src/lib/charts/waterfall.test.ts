import { describe, expect, it } from 'vitest';
import { waterfall } from './waterfall';

const parts = [
	{ name: 'afstand-huisarts-km', points: 5.3 },
	{ name: 'wmo-clienten-per-1000', points: null },
	{ name: 'inwoners-65-plus-pct', points: -2.5 },
	{ name: 'observed', points: 15 },
	{ name: 'supply', points: 10 }
];

describe('waterfall', () => {
	const chart = waterfall(parts, 300);

	it('adds the parts up to index − 100', () => {
		expect(chart.total).toBeCloseTo(27.8, 10);
	});

	it('starts each bar where the previous one ended', () => {
		for (let i = 1; i < chart.steps.length; i++) {
			expect(chart.steps[i].from).toBe(chart.steps[i - 1].to);
		}
		expect(chart.steps[0].from).toBe(0);
		expect(chart.steps.at(-1)!.to).toBeCloseTo(chart.total, 10);
	});

	it('draws bars whose signed lengths add up to the length of the sum bar', () => {
		const signed = chart.steps.reduce(
			(sum, step) => sum + Math.sign(step.points ?? 0) * step.width,
			0
		);
		expect(signed).toBeCloseTo(chart.totalWidth, 9);
		expect(chart.totalX).toBeCloseTo(chart.zeroX, 9);
	});

	it('gives a missing part no width and keeps the running sum', () => {
		const missing = chart.steps[1];
		expect(missing.width).toBe(0);
		expect(missing.from).toBe(missing.to);
	});

	it('keeps every bar inside the chart, and 0 on it', () => {
		for (const step of chart.steps) {
			expect(step.x).toBeGreaterThanOrEqual(0);
			expect(step.x + step.width).toBeLessThanOrEqual(300 + 1e-9);
		}
		expect(chart.zeroX).toBeGreaterThan(0);
		expect(chart.ticks.some((tick) => tick.value === 0)).toBe(true);
	});

	it('draws a sum below 100 to the left of 0', () => {
		const negative = waterfall([{ name: 'supply', points: -40 }], 300);
		expect(negative.totalX + negative.totalWidth).toBeCloseTo(negative.zeroX, 9);
		expect(negative.totalWidth).toBeGreaterThan(0);
	});
});
