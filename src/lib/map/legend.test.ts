import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { demoVocabulary, generateDemoWijk } from '$lib/domain/demo/demo-wijk';
import { methodology } from '$lib/state/methodology';
import { needPoints, offerPoints } from './features';
import { legendCounts } from './legend';
import { categoryColours } from './palette';

const demo = generateDemoWijk({
	vocabulary: demoVocabulary(methodology),
	newId: () => randomUUID(),
	now: '2026-11-01T09:00:00.000Z'
});
const ids = methodology.taxonomy.categories.map((c) => c.id);

describe('legendCounts', () => {
	it('adds up to exactly the points the map draws, and the rest is off the map', () => {
		const offers = [...demo.offers, { ...demo.offers[0]!, id: randomUUID(), location: null }];
		const counts = legendCounts(ids, offers, demo.needs);
		const colours = categoryColours(methodology.taxonomy.categories);
		expect(counts.placed.offers).toBe(offerPoints(offers, colours).features.length);
		expect(counts.placed.needs).toBe(needPoints(demo.needs, colours, () => '').features.length);
		expect(counts.unplaced.offers).toBe(offers.filter((o) => !o.location).length);
		expect(counts.unplaced.offers).toBeGreaterThanOrEqual(1);
		const sum = (key: 'offers' | 'needs') => counts.rows.reduce((s, r) => s + r[key], 0);
		expect(sum('offers')).toBe(counts.placed.offers);
		expect(sum('needs')).toBe(counts.placed.needs);
	});

	it('lists categories in taxonomy order and leaves out empty ones', () => {
		const need = { ...demo.needs[0]!, category: 'taal', location: [5.3, 52.2] as [number, number] };
		const counts = legendCounts(ids, [], [need]);
		expect(counts.rows).toEqual([{ category: 'taal', offers: 0, needs: 1 }]);
	});
});
