import { describe, expect, it } from 'vitest';
import { demoScores } from '../../../test-support/demo-scores';
import { gapTrends, snapshotScores } from './trend';

const now = demoScores();
const before = demoScores({ observedShare: 1 });
const width = now.categoryIds.length;

describe('gapTrends', () => {
	it('orders the points by date and gives the change from the oldest to the newest', () => {
		const trends = gapTrends(now, '2026-11-23', [{ date: '2025-11-01', scores: before }]);
		expect(trends).toHaveLength(now.areaCodes.length * width);
		const t = trends[width + 2];
		expect(t.areaCode).toBe(now.areaCodes[1]);
		expect(t.points.map((p) => p.date)).toEqual(['2025-11-01', '2026-11-23']);
		expect(t.change).toBeCloseTo(now.index[width + 2] - before.index[width + 2], 10);
	});

	it('has no trend without an earlier scoring', () => {
		const trends = gapTrends(now, '2026-11-23', []);
		expect(trends.every((t) => t.change === null && t.points.length === 1)).toBe(true);
	});

	it('gives a null point where an earlier scoring lacks the area', () => {
		const fewer = {
			...before,
			areaCodes: before.areaCodes.map((code, a) => (a === 0 ? 'BU00000000' : code))
		};
		const trends = gapTrends(now, '2026-11-23', [{ date: '2025-01-01', scores: fewer }]);
		expect(trends[0].points[0].index).toBeNull();
		expect(trends[0].change).toBeNull();
	});
});

describe('snapshotScores', () => {
	it('turns a snapshot into a trend point, with cells it lacks missing rather than zero', () => {
		const snapshot = snapshotScores({
			takenAt: '2026-03-01T10:00:00.000Z',
			gaps: [
				{ areaCode: 'BU1', category: 'taal', index: 140 },
				{ areaCode: 'BU2', category: 'vervoer', index: 90 }
			]
		});
		expect(snapshot.date).toBe('2026-03-01');
		const current = {
			areaCodes: ['BU1', 'BU2'],
			categoryIds: ['taal', 'vervoer'],
			index: Float64Array.from([120, 100, 100, 95])
		};
		const trends = gapTrends(current, '2026-11-01', [snapshot]);
		const taal = trends.find((t) => t.areaCode === 'BU1' && t.category === 'taal')!;
		expect(taal.change).toBe(-20);
		const missing = trends.find((t) => t.areaCode === 'BU1' && t.category === 'vervoer')!;
		expect(missing.points[0]!.index).toBeNull();
		expect(missing.change).toBeNull();
	});
});
