import { describe, expect, it } from 'vitest';
import {
	emptyFilter,
	filterNeeds,
	filterOffers,
	isFiltering,
	toggleFacet,
	type RecordFilter
} from './filter';
import { need, offer } from './test-records';

const withFilter = (fields: Partial<RecordFilter>): RecordFilter => ({ ...emptyFilter, ...fields });

describe('filterOffers and filterNeeds', () => {
	const shopping = offer({ name: 'Boodschappen samen', categories: ['boodschappen'] });
	const both = offer({ name: 'Buurtbus', categories: ['vervoer', 'boodschappen'] });
	const paused = offer({ name: 'Taalcafé', categories: ['taal'], status: 'gepauzeerd' });
	const forCarers = offer({ name: 'Mantelzorgsoos', targetGroups: ['mantelzorgers'] });
	const offers = [shopping, both, paused, forCarers];
	const transport = need({ category: 'vervoer', source: 'enquete' });
	const language = need({ category: 'taal', targetGroup: 'statushouders', note: 'Oefenen' });
	const needs = [transport, language];

	it('shows everything with the empty filter', () => {
		expect(filterOffers(offers, emptyFilter)).toEqual(offers);
		expect(filterNeeds(needs, emptyFilter)).toEqual(needs);
		expect(isFiltering(emptyFilter)).toBe(false);
	});

	it('keeps an offer when any of its categories is chosen, and chosen values are alternatives', () => {
		const filter = withFilter({ categories: ['vervoer'] });
		expect(filterOffers(offers, filter)).toEqual([both]);
		expect(filterNeeds(needs, filter)).toEqual([transport]);
		const two = withFilter({ categories: ['vervoer', 'taal'] });
		expect(filterOffers(offers, two)).toEqual([both, paused]);
		expect(filterNeeds(needs, two)).toEqual([transport, language]);
	});

	it('combines facets, and leaves needs alone for offer-only facets', () => {
		const filter = withFilter({ categories: ['boodschappen'], statuses: ['actief'] });
		expect(filterOffers(offers, filter)).toEqual([shopping, both, forCarers]);
		expect(filterNeeds(needs, withFilter({ statuses: ['gestopt'] }))).toEqual(needs);
		expect(filterOffers(offers, withFilter({ needSources: ['enquete'] }))).toEqual(offers);
		expect(filterNeeds(needs, withFilter({ needSources: ['enquete'] }))).toEqual([transport]);
	});

	it('counts an offer without target groups as open to every target group', () => {
		const filter = withFilter({ targetGroups: ['statushouders'] });
		expect(filterOffers(offers, filter)).toEqual([shopping, both, paused]);
		expect(filterNeeds(needs, filter)).toEqual([language]);
	});

	it('filters by area code, and a record without one passes only the empty area facet', () => {
		const elsewhere = offer({ areaCode: 'BU00010002' });
		const nowhere = offer({ areaCode: null });
		const filter = withFilter({ areaCodes: ['BU00010002'] });
		expect(filterOffers([shopping, elsewhere, nowhere], filter)).toEqual([elsewhere]);
	});

	it('searches every word in any order, ignoring case and accents, in texts and id names', () => {
		expect(filterOffers(offers, withFilter({ search: 'CAFE taal' }))).toEqual([paused]);
		expect(filterOffers(offers, withFilter({ search: 'taal fiets' }))).toEqual([]);
		const names = (id: string) => (id === 'vervoer' ? 'Vervoer en mobiliteit' : undefined);
		expect(filterOffers(offers, withFilter({ search: 'mobiliteit' }), names)).toEqual([both]);
		expect(filterNeeds(needs, withFilter({ search: 'oefenen' }))).toEqual([language]);
		expect(isFiltering(withFilter({ search: '  ' }))).toBe(false);
		expect(isFiltering(withFilter({ search: 'x' }))).toBe(true);
	});

	it('switches one facet value on and off without touching the rest', () => {
		const on = toggleFacet(emptyFilter, 'categories', 'taal');
		expect(on.categories).toEqual(['taal']);
		expect(isFiltering(on)).toBe(true);
		expect(toggleFacet(on, 'categories', 'taal')).toEqual(emptyFilter);
		expect(emptyFilter.categories).toEqual([]);
	});
});
