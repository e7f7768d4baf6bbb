import { describe, expect, it } from 'vitest';
import { demoScores } from '../../test-support/demo-scores';
import { defaultSort, gapRows, sortGapRows, type GapRow } from './gap-table';

const scores = demoScores();
const areaName = (a: number) => ['F', 'B', 'D', 'A', 'E', 'C'][a] ?? String(a);
const categoryName = (c: number) => scores.categoryIds[c];
const categories = scores.categoryIds.length;

function row(partial: Partial<GapRow> & { a: number; c: number }): GapRow {
	return {
		key: `${partial.a}:${partial.c}`,
		index: null,
		band: null,
		confidence: null,
		needs: 0,
		signals: 0,
		supply: 0,
		coverage: null,
		...partial
	};
}

describe('gapRows', () => {
	it('has one row per area × category with the numbers of the scores', () => {
		const rows = gapRows(scores);
		expect(rows).toHaveLength(scores.areaCodes.length * categories);
		for (const r of rows) {
			const cell = r.a * categories + r.c;
			expect(r.index).toBe(scores.index[cell]);
			expect(r.needs).toBe(scores.needs[cell]);
			expect(r.supply).toBe(scores.supply[cell]);
			expect(r.key).toBe(`${scores.areaCodes[r.a]}:${scores.categoryIds[r.c]}`);
		}
	});

	it('lists only one category when asked', () => {
		const rows = gapRows(scores, 2);
		expect(rows).toHaveLength(scores.areaCodes.length);
		expect(rows.every((r) => r.c === 2)).toBe(true);
	});

	it('gives no coverage where no need was reported', () => {
		const rows = gapRows(scores).filter((r) => r.needs === 0);
		expect(rows.length).toBeGreaterThan(0);
		expect(rows.every((r) => r.coverage === null)).toBe(true);
	});
});

describe('sortGapRows', () => {
	it('puts the largest gap first by default', () => {
		const sorted = sortGapRows(gapRows(scores), defaultSort, areaName, categoryName);
		const indices = sorted.map((r) => r.index!);
		expect(indices).toEqual([...indices].sort((x, y) => y - x));
	});

	it('puts cells without a value last in either direction', () => {
		const rows = [
			row({ a: 0, c: 0, index: 120 }),
			row({ a: 1, c: 0 }),
			row({ a: 2, c: 0, index: 90 })
		];
		for (const direction of ['ascending', 'descending'] as const) {
			const sorted = sortGapRows(rows, { column: 'index', direction }, areaName, categoryName);
			expect(sorted.at(-1)!.a).toBe(1);
		}
	});

	it('sorts by buurt name, and reverses it', () => {
		const rows = gapRows(scores, 0);
		const up = sortGapRows(
			rows,
			{ column: 'area', direction: 'ascending' },
			areaName,
			categoryName
		);
		expect(up.map((r) => areaName(r.a))).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
		const down = sortGapRows(
			rows,
			{ column: 'area', direction: 'descending' },
			areaName,
			categoryName
		);
		expect(down.map((r) => areaName(r.a))).toEqual(['F', 'E', 'D', 'C', 'B', 'A']);
	});

	it('sorts confidence from low to high when ascending', () => {
		const rows = [
			row({ a: 0, c: 0, index: 100, confidence: 0 }),
			row({ a: 1, c: 0, index: 100, confidence: 2 }),
			row({ a: 2, c: 0, index: 100, confidence: 1 })
		];
		const sorted = sortGapRows(
			rows,
			{ column: 'confidence', direction: 'ascending' },
			areaName,
			categoryName
		);
		expect(sorted.map((r) => r.confidence)).toEqual([2, 1, 0]);
	});

	it('gives the same order whatever order the rows came in', () => {
		const rows = gapRows(scores);
		const sort = { column: 'needs', direction: 'descending' } as const;
		const once = sortGapRows(rows, sort, areaName, categoryName).map((r) => r.key);
		const reversed = sortGapRows([...rows].reverse(), sort, areaName, categoryName);
		expect(reversed.map((r) => r.key)).toEqual(once);
	});
});
