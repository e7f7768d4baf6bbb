import { describe, expect, it } from 'vitest';
import { demoScores } from '../../../test-support/demo-scores';
import { rankByGap } from './rank-by-gap';

const scores = demoScores();
const width = scores.categoryIds.length;
const all = scores.categoryIds.map((_, c) => c);

describe('rankByGap', () => {
	it('ranks by the mean index over the chosen categories, largest gap first', () => {
		const rows = rankByGap(scores, all);
		const overall = rows.map((row) => row.overall!);
		expect(overall).toEqual([...overall].sort((x, y) => y - x));
		expect(rows.map((row) => row.rank)).toEqual(rows.map((_, i) => i + 1));
		const first = rows[0];
		let sum = 0;
		for (let c = 0; c < width; c++) sum += scores.index[first.a * width + c];
		expect(first.overall).toBeCloseTo(sum / width, 10);
	});

	it('ranks by one category when asked, and shows only the filtered categories', () => {
		const c = 3;
		const rows = rankByGap(scores, [1, c], c);
		expect(rows.every((row) => row.indices.length === 2)).toBe(true);
		const values = rows.map((row) => row.indices[1]!);
		expect(values).toEqual([...values].sort((x, y) => y - x));
		expect(rows[0].indices[1]).toBe(scores.index[rows[0].a * width + c]);
	});

	it('puts areas without a score last, with rank 0', () => {
		const copy = { ...scores, index: scores.index.slice() };
		for (let c = 0; c < width; c++) copy.index[0 * width + c] = NaN;
		const rows = rankByGap(copy, all);
		expect(rows.at(-1)!.a).toBe(0);
		expect(rows.at(-1)!.rank).toBe(0);
		expect(rows.at(-1)!.overall).toBeNull();
	});
});
