import type { Need, Offer } from '../records';
import { matchesWords, searchWords } from './search';

// One filter for the list, the legend and the map, so the three always show the same records.
//
// Within one facet the chosen values are alternatives (category A or B); facets combine (category
// A and status actief). An empty facet does not filter. Facets that do not apply to a kind of
// record leave it alone: offer kind and status filter only offers, need source only needs, so
// "only active offers" still shows every need. An offer without target groups is open to
// everyone and so matches any target-group filter, as the means catalogue treats one
// (`targeting/fitting-means.ts`).

/** What the user chose to see. */
export interface RecordFilter {
	/** Help category ids; an offer matches when one of its categories is chosen. */
	categories: readonly string[];
	/** Target group ids. */
	targetGroups: readonly string[];
	/** Offer kind ids (offers only). */
	offerKinds: readonly string[];
	/** Offer status values (offers only). */
	statuses: readonly Offer['status'][];
	/** Need source ids (needs only). */
	needSources: readonly string[];
	/** Area codes; a record matches by its area code. */
	areaCodes: readonly string[];
	/** Free text; every word must occur in the record's text or the names of its ids. */
	search: string;
}

/** The facets of a filter that hold lists of chosen values. */
export type FilterFacet = Exclude<keyof RecordFilter, 'search'>;

/** A filter that shows everything. */
export const emptyFilter: RecordFilter = {
	categories: [],
	targetGroups: [],
	offerKinds: [],
	statuses: [],
	needSources: [],
	areaCodes: [],
	search: ''
};

/** True when the filter hides anything at all. */
export function isFiltering(filter: RecordFilter): boolean {
	return (
		filter.search.trim() !== '' ||
		(Object.keys(emptyFilter) as (keyof RecordFilter)[]).some(
			(key) => key !== 'search' && filter[key].length > 0
		)
	);
}

/** The filter with one value of a facet switched on or off. */
export function toggleFacet(filter: RecordFilter, facet: FilterFacet, value: string): RecordFilter {
	const current: readonly string[] = filter[facet];
	const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
	return { ...filter, [facet]: next };
}

/**
 * The display name of an id (a category, target group, kind, source or area code) for searching,
 * so that searching "vervoer" finds a record whose category id is `vervoer` by its label too.
 */
export type NameOf = (id: string) => string | undefined;

const noNames: NameOf = () => undefined;

function anyOf(chosen: readonly string[], values: readonly string[]): boolean {
	return chosen.length === 0 || values.some((v) => chosen.includes(v));
}

function named(ids: readonly (string | null)[], nameOf: NameOf): string[] {
	const texts: string[] = [];
	for (const id of ids) {
		if (id === null) continue;
		texts.push(id);
		const name = nameOf(id);
		if (name !== undefined) texts.push(name);
	}
	return texts;
}

/**
 * Which facets to leave out; legend counts per category leave out the category facet itself, so
 * that every category shows how many records choosing it would show.
 */
export type IgnoredFacets = ReadonlySet<FilterFacet>;

/** True when an offer passes the filter (apart from the ignored facets). */
export function offerMatches(
	offer: Offer,
	filter: RecordFilter,
	nameOf: NameOf = noNames,
	ignore: IgnoredFacets = new Set()
): boolean {
	const use = (facet: FilterFacet) => (ignore.has(facet) ? [] : filter[facet]);
	return (
		anyOf(use('categories'), offer.categories) &&
		(offer.targetGroups.length === 0 || anyOf(use('targetGroups'), offer.targetGroups)) &&
		anyOf(use('offerKinds'), [offer.kind]) &&
		anyOf(use('statuses'), [offer.status]) &&
		anyOf(use('areaCodes'), offer.areaCode === null ? [] : [offer.areaCode]) &&
		matchesWords(
			[
				offer.name,
				offer.organisation,
				offer.description,
				offer.source,
				...named([offer.kind, ...offer.categories, ...offer.targetGroups, offer.areaCode], nameOf)
			],
			searchWords(filter.search)
		)
	);
}

/** True when a need passes the filter (apart from the ignored facets). */
export function needMatches(
	need: Need,
	filter: RecordFilter,
	nameOf: NameOf = noNames,
	ignore: IgnoredFacets = new Set()
): boolean {
	const use = (facet: FilterFacet) => (ignore.has(facet) ? [] : filter[facet]);
	return (
		anyOf(use('categories'), [need.category]) &&
		anyOf(use('targetGroups'), [need.targetGroup]) &&
		anyOf(use('needSources'), [need.source]) &&
		anyOf(use('areaCodes'), need.areaCode === null ? [] : [need.areaCode]) &&
		matchesWords(
			[need.note, ...named([need.category, need.targetGroup, need.source, need.areaCode], nameOf)],
			searchWords(filter.search)
		)
	);
}

/** The offers that pass the filter, in their given order. */
export function filterOffers(
	offers: readonly Offer[],
	filter: RecordFilter,
	nameOf: NameOf = noNames
): Offer[] {
	return offers.filter((offer) => offerMatches(offer, filter, nameOf));
}

/** The needs that pass the filter, in their given order. */
export function filterNeeds(
	needs: readonly Need[],
	filter: RecordFilter,
	nameOf: NameOf = noNames
): Need[] {
	return needs.filter((need) => needMatches(need, filter, nameOf));
}
