import { describe, expect, it } from 'vitest';
import { demoScores, testMethodology } from '../../../test-support/demo-scores';
import { scoringParams } from '../../domain/scoring/params';
import { parseCsv } from '../records/parse-table';
import { gapsCsv, sharedCountCell } from './gaps-csv';

const scores = demoScores();
const params = scoringParams(testMethodology, {});

describe('the gap scores CSV', () => {
	it('has one row per area and category, with the scores table columns', () => {
		const parsed = parseCsv(gapsCsv(scores, params, new Map(), 5));
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		expect(parsed.table.rows).toHaveLength(scores.areaCodes.length * scores.categoryIds.length);
		expect(parsed.table.columns.slice(0, 4)).toEqual([
			'area_code',
			'area_name',
			'category',
			'index'
		]);
	});

	it('never shows a count of needs or signals between 1 and the threshold', () => {
		const parsed = parseCsv(gapsCsv(scores, params, new Map(), 5));
		if (!parsed.ok) throw new Error('unreadable');
		const columns = ['needs', 'signals'].map((c) => parsed.table.columns.indexOf(c));
		const values = parsed.table.rows.flatMap((row) => columns.map((i) => row[i]!));
		expect(values.some((v) => v === '<5')).toBe(true);
		for (const value of values) {
			if (value === '<5') continue;
			const n = Number(value);
			expect(n === 0 || n >= 5).toBe(true);
		}
	});

	it('shows zero and counts at the threshold, and suppresses one below', () => {
		expect(sharedCountCell(0, 5)).toBe(0);
		expect(sharedCountCell(4, 5)).toBe('<5');
		expect(sharedCountCell(5, 5)).toBe(5);
		expect(sharedCountCell(9, 10)).toBe('<10');
	});
});
