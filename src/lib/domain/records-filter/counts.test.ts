import { describe, expect, it } from 'vitest';
import { countByFacet, countRecords } from './counts';
import { emptyFilter, filterNeeds, filterOffers, type RecordFilter } from './filter';
import { need, offer } from './test-records';

describe('countRecords', () => {
	it('splits records into those with a point and those "niet op de kaart"', () => {
		const counts = countRecords(
			[offer({ location: [5, 52] }), offer(), offer({ areaCode: null })],
			[need({ location: [5.1, 52.1] })]
		);
		expect(counts).toEqual({
			offers: { total: 3, onMap: 1, notOnMap: 2 },
			needs: { total: 1, onMap: 1, notOnMap: 0 }
		});
	});
});

describe('countByFacet', () => {
	const offers = [
		offer({ categories: ['boodschappen', 'vervoer'], location: [5, 52] }),
		offer({ categories: ['vervoer'], status: 'gestopt' }),
		offer({ categories: ['taal'], targetGroups: ['statushouders'] })
	];
	const needs = [need({ category: 'vervoer' }), need({ category: 'taal', location: [5, 52] })];
	const categories = ['boodschappen', 'vervoer', 'taal', 'klussen'];

	it('counts an offer under each of its categories, and a category without records as 0', () => {
		const counts = countByFacet(offers, needs, emptyFilter, 'categories', categories);
		expect(counts.get('boodschappen')?.offers).toEqual({ total: 1, onMap: 1, notOnMap: 0 });
		expect(counts.get('vervoer')?.offers.total).toBe(2);
		expect(counts.get('vervoer')?.needs.total).toBe(1);
		expect(counts.get('taal')?.needs).toEqual({ total: 1, onMap: 1, notOnMap: 0 });
		expect(counts.get('klussen')).toEqual({
			offers: { total: 0, onMap: 0, notOnMap: 0 },
			needs: { total: 0, onMap: 0, notOnMap: 0 }
		});
	});

	it('gives each category exactly the number the list shows when that category is chosen', () => {
		const base: RecordFilter = { ...emptyFilter, categories: ['taal'], statuses: ['actief'] };
		const counts = countByFacet(offers, needs, base, 'categories', categories);
		for (const category of categories) {
			const chosen = { ...base, categories: [category] };
			expect(counts.get(category)).toEqual(
				countRecords(filterOffers(offers, chosen), filterNeeds(needs, chosen))
			);
		}
	});

	it('counts offer-only facets for offers only, and open offers under every target group', () => {
		const statuses = countByFacet(offers, needs, emptyFilter, 'statuses', ['actief', 'gestopt']);
		expect(statuses.get('actief')?.offers.total).toBe(2);
		expect(statuses.get('actief')?.needs.total).toBe(0);
		const groups = countByFacet(offers, needs, emptyFilter, 'targetGroups', [
			'eenzame-ouderen',
			'statushouders'
		]);
		expect(groups.get('eenzame-ouderen')?.offers.total).toBe(2);
		expect(groups.get('statushouders')?.offers.total).toBe(3);
		expect(groups.get('eenzame-ouderen')?.needs.total).toBe(2);
	});
});
