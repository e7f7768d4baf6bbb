import { describe, expect, it } from 'vitest';
import { demoScores, demoWijk } from '../../../test-support/demo-scores';
import { categoryCalloutPoints, indicatorCalloutSd, sideBySide } from './side-by-side';

const scores = demoScores();
const areas = demoWijk().areas;
const codes = scores.areaCodes.slice(0, 3);
const indicators = ['inwoners-65-plus-pct', 'laag-inkomen-huishoudens-pct', 'afstand-huisarts-km'];

describe('sideBySide', () => {
	it('profiles each chosen area with its index, demand and supply per category', () => {
		const result = sideBySide(scores, areas, codes, indicators);
		expect(result.profiles.map((p) => p.areaCode)).toEqual(codes);
		const width = scores.categoryIds.length;
		const a = scores.areaCodes.indexOf(codes[1]);
		expect(result.profiles[1].cells[2].index).toBe(scores.index[a * width + 2]);
		expect(result.profiles[1].cells[2].supplyPer1000).toBe(scores.supplyPer1000[a * width + 2]);
		expect(Object.keys(result.profiles[0].indicators)).toEqual(indicators);
	});

	it('calls out every category whose index differs by a band or more, and only those', () => {
		const result = sideBySide(scores, areas, codes, indicators);
		for (const d of result.categoryDifferences) {
			expect(d.spread).toBeGreaterThanOrEqual(categoryCalloutPoints);
			expect(d.highest.value - d.lowest.value).toBeCloseTo(d.spread, 10);
		}
		const called = new Set(result.categoryDifferences.map((d) => d.id));
		scores.categoryIds.forEach((id, c) => {
			const values = result.profiles.map((p) => p.cells[c].index!);
			const spread = Math.max(...values) - Math.min(...values);
			expect(called.has(id), id).toBe(spread >= categoryCalloutPoints);
		});
	});

	it('measures indicator differences in standard deviations of the whole set', () => {
		const result = sideBySide(scores, areas, codes, indicators);
		for (const d of result.indicatorDifferences) {
			expect(d.spread).toBeGreaterThanOrEqual(indicatorCalloutSd);
			expect(d.highest.value).toBeGreaterThan(d.lowest.value);
		}
	});

	it('refuses one area, five areas, and an area outside the set', () => {
		expect(() => sideBySide(scores, areas, codes.slice(0, 1), indicators)).toThrow(/2 to 4/);
		expect(() => sideBySide(scores, areas, scores.areaCodes.slice(0, 5), indicators)).toThrow(
			/not 5/
		);
		expect(() => sideBySide(scores, areas, [codes[0], 'BU99999999'], indicators)).toThrow(
			/BU99999999/
		);
	});
});
