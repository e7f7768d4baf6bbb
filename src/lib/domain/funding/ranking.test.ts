import { describe, expect, it } from 'vitest';
import { priorityOf, priorityPoints, rankRequests, type PriorityInput } from './ranking';

const base: PriorityInput = {
	id: 'a',
	title: 'A',
	gapExcess: 20,
	reviewAverage: 3,
	success: { ja: 2, deels: 2, nee: 0, open: 4 },
	existingOffers: 0,
	fit: 'fits'
};

describe('priorityOf', () => {
	it('adds up its parts as the points say', () => {
		const found = priorityOf(base);
		expect(found.parts).toEqual({ gap: 20, review: 30, success: 6, duplication: 0, fit: 0 });
		expect(found.total).toBe(56);
		expect(found.unreviewed).toBe(false);
	});

	it('caps the gap part and the duplication penalty', () => {
		const found = priorityOf({ ...base, gapExcess: 75, existingOffers: 7 });
		expect(found.parts.gap).toBe(priorityPoints.gapMax);
		expect(found.parts.duplication).toBe(priorityPoints.duplicationMax);
	});

	it('takes points off a means the catalogue does not suit, and a new tool where lighter means fit', () => {
		expect(priorityOf({ ...base, fit: 'does-not-fit' }).parts.fit).toBe(priorityPoints.doesNotFit);
		expect(priorityOf({ ...base, fit: 'lighter-first' }).parts.fit).toBe(
			priorityPoints.lighterFirst
		);
	});
});

describe('rankRequests', () => {
	it('puts a request that duplicates existing help below an equal one that fills a gap', () => {
		const ranked = rankRequests([
			{ ...base, id: 'dup', title: 'Buurt-app', existingOffers: 2 },
			{ ...base, id: 'gap', title: 'Taalcafé' }
		]);
		expect(ranked.map((r) => [r.id, r.rank])).toEqual([
			['gap', 1],
			['dup', 2]
		]);
	});

	it('gives the same order whatever the input order, ties by title', () => {
		const inputs = [
			{ ...base, id: '2', title: 'Beta' },
			{ ...base, id: '1', title: 'Alfa' },
			{ ...base, id: '3', title: 'Gamma', gapExcess: 30 }
		];
		const order = rankRequests(inputs).map((r) => r.id);
		expect(order).toEqual(['3', '1', '2']);
		expect(rankRequests([...inputs].reverse()).map((r) => r.id)).toEqual(order);
	});
});
