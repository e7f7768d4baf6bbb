import { describe, expect, it } from 'vitest';
import { demoScores } from '../../test-support/demo-scores';
import { largestGap, rankReport } from './gap-ranking';

describe('largestGap', () => {
	it('finds the cell with the highest index', () => {
		const scores = demoScores();
		const key = largestGap(scores)!;
		const a = scores.areaCodes.indexOf(key.areaCode);
		const c = scores.categoryIds.indexOf(key.category);
		expect(scores.index[a * scores.categoryIds.length + c]).toBe(Math.max(...scores.index));
	});

	it('finds nothing when no cell has a score', () => {
		const scores = demoScores();
		scores.index.fill(Number.NaN);
		expect(largestGap(scores)).toBeNull();
	});
});

describe('rankReport', () => {
	const before = demoScores();
	const after = demoScores({ observedShare: 1 });

	it('lists the moves in the chosen category and names the other categories that moved', () => {
		const report = rankReport(before, after, 'ontmoeting');
		expect(report.category).toBe('ontmoeting');
		expect(report.changes.length).toBeGreaterThan(0);
		expect(report.changes.reduce((sum, change) => sum + change.movedUp, 0)).toBe(0);
		expect(report.otherCategories.length).toBeGreaterThan(0);
		expect(report.otherCategories).not.toContain('ontmoeting');
		// Named in the order of the scores, each one a category whose order did change.
		const order = report.otherCategories.map((id) => after.categoryIds.indexOf(id));
		expect(order).toEqual([...order].sort((a, b) => a - b));
		for (const id of report.otherCategories) {
			expect(rankReport(before, after, id).changes.length).toBeGreaterThan(0);
		}
	});

	it('reports no moves when nothing changed', () => {
		expect(rankReport(before, demoScores(), 'vervoer')).toEqual({
			category: 'vervoer',
			changes: [],
			otherCategories: []
		});
	});

	it('reports on the first category when none is chosen', () => {
		expect(rankReport(before, after, null).category).toBe(before.categoryIds[0]);
	});
});
