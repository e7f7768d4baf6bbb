import { describe, expect, it } from 'vitest';
import { demoScores, testMethodology } from '../../../test-support/demo-scores';
import { scoringParams } from '../scoring/params';
import { summariseAnalysis } from './analysis-summary';

const scores = demoScores();
const params = scoringParams(testMethodology);
const width = scores.categoryIds.length;

describe('summariseAnalysis', () => {
	it('counts the areas in a band above average and names the largest gap per category', () => {
		const summary = summariseAnalysis(scores, params);
		expect(summary.map((s) => s.category)).toEqual(scores.categoryIds);
		summary.forEach((s, c) => {
			const indices = scores.areaCodes.map((_, a) => scores.index[a * width + c]);
			expect(s.shortage).toBe(indices.filter((i) => i >= 110).length);
			expect(s.largest!.index).toBe(Math.max(...indices));
		});
	});

	it('gives coverage as summed supply over summed needs', () => {
		const s = summariseAnalysis(scores, params)[0];
		let needs = 0;
		let supply = 0;
		for (let a = 0; a < scores.areaCodes.length; a++) {
			needs += scores.needs[a * width];
			supply += scores.supply[a * width];
		}
		expect(s.needs).toBe(needs);
		expect(s.coverage).toBeCloseTo(supply / needs, 10);
	});
});
