import { describe, expect, it } from 'vitest';
import { scoringParams } from '$lib/domain/scoring/params';
import { demoScores, testMethodology } from '../../test-support/demo-scores';
import { contrastRatio } from './contrast';
import { bandSteps, divergingColor, heatmapRows, indexLabel } from './heatmap';

const params = scoringParams(testMethodology);

describe('divergingColor', () => {
	it('is near white at 100, red above and blue below', () => {
		const color = divergingColor();
		const channels = (c: string) => c.match(/\d+/g)!.map(Number);
		const [r100, g100, b100] = channels(color(100));
		expect(Math.min(r100, g100, b100)).toBeGreaterThan(230);
		const [rHigh, , bHigh] = channels(color(150));
		expect(rHigh).toBeGreaterThan(bHigh);
		const [rLow, , bLow] = channels(color(60));
		expect(bLow).toBeGreaterThan(rLow);
	});
});

describe('bandSteps', () => {
	const steps = bandSteps(params.bands);

	it('has one step per band of scoring.json, from the highest down, with its index range', () => {
		expect(steps.map((s) => [s.id, s.from, s.to])).toEqual([
			['groot-tekort', 130, null],
			['tekort', 110, 130],
			['in-balans', 90, 110],
			['ruim-aanbod', null, 90]
		]);
	});

	it('gives every band its own colour, with text that reaches 4.5:1 contrast on it', () => {
		expect(new Set(steps.map((s) => s.fill)).size).toBe(steps.length);
		for (const step of steps) expect(contrastRatio(step.fill, step.text)).toBeGreaterThan(4.5);
	});

	it('colours balance lighter than either shortage or ample supply', () => {
		const lightness = (fill: string) =>
			fill
				.match(/\d+/g)!
				.map(Number)
				.reduce((a, b) => a + b);
		const [large, shortage, balance, ample] = steps.map((s) => lightness(s.fill));
		expect(balance).toBeGreaterThan(Math.max(large, shortage, ample));
		expect(shortage).toBeGreaterThan(large);
	});
});

describe('indexLabel', () => {
	const label = (index: number) => {
		const band = params.bands.findIndex((b) => index >= b.minIndex);
		return indexLabel(index, band, params.bands);
	};

	it('rounds to a whole number inside a band', () => {
		expect(label(117.4)).toBe(117);
		expect(label(117.5)).toBe(118);
		expect(label(55.2)).toBe(55);
		expect(label(171.8)).toBe(172);
	});

	it('never prints a number that belongs to the next band up', () => {
		expect(label(129.6)).toBe(129);
		expect(label(109.99)).toBe(109);
		expect(label(89.5)).toBe(89);
		expect(label(130)).toBe(130);
		expect(label(90.2)).toBe(90);
	});
});

describe('heatmapRows', () => {
	const scores = demoScores();
	const rows = heatmapRows(scores, params);

	it('has a row per area and a column per category', () => {
		expect(rows).toHaveLength(scores.areaCodes.length);
		for (const row of rows) expect(row).toHaveLength(scores.categoryIds.length);
	});

	it('prints the index of the scores as a whole number and colours the cell by its band', () => {
		const steps = bandSteps(params.bands);
		const categories = scores.categoryIds.length;
		for (const cell of rows.flat()) {
			const index = scores.index[cell.a * categories + cell.c];
			expect(Math.abs(cell.label! - index)).toBeLessThan(1);
			expect(cell.band).toBe(scores.band[cell.a * categories + cell.c]);
			expect(cell.fill).toBe(steps[cell.band!].fill);
		}
	});

	it('leaves a cell without a score uncoloured and without a number', () => {
		const unscored = demoScores();
		unscored.index[3] = Number.NaN;
		unscored.band[3] = -1;
		const cell = heatmapRows(unscored, params).flat()[3];
		expect(cell).toMatchObject({ index: null, label: null, band: null, fill: null });
	});
});
