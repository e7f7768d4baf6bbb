import type { Need, Offer } from '../records';
import {
	needMatches,
	offerMatches,
	type FilterFacet,
	type NameOf,
	type RecordFilter
} from './filter';

// Counts the legend, the list and the map share. A record is "on the map" when it has a point;
// a record with only a buurt (or nothing) is counted as "niet op de kaart", so no record is ever
// left out of a total without saying so.

/** How many records of one kind, and how many of them have no point. */
export interface KindCount {
	/** All records of this kind that pass the filter. */
	total: number;
	/** Of those, the ones with a point on the map. */
	onMap: number;
	/** Of those, the ones without a point ("niet op de kaart"). */
	notOnMap: number;
}

/** Offers and needs counted side by side. */
export interface RecordCounts {
	offers: KindCount;
	needs: KindCount;
}

/** True when a record has a point and so can be drawn on the map. */
export function isOnMap(record: Pick<Offer | Need, 'location'>): boolean {
	return record.location !== null;
}

/** Counts records, split into those on the map and those without a point. */
export function countKind(records: readonly Pick<Offer | Need, 'location'>[]): KindCount {
	let onMap = 0;
	for (const record of records) if (isOnMap(record)) onMap++;
	return { total: records.length, onMap, notOnMap: records.length - onMap };
}

/** Counts the visible offers and needs; pass the already filtered lists. */
export function countRecords(offers: readonly Offer[], needs: readonly Need[]): RecordCounts {
	return { offers: countKind(offers), needs: countKind(needs) };
}

/**
 * For every value of one facet (each category, say), how many offers and needs the filter would
 * show with that value chosen and the rest of the filter as it is: the numbers a legend or a
 * filter list shows beside each choice. An offer with two categories counts under both, so these
 * numbers may add up to more than the total; the total is `countRecords`.
 *
 * Facets that apply to one kind only (offer kind, status, need source) count only that kind; the
 * other stays 0.
 */
export function countByFacet(
	offers: readonly Offer[],
	needs: readonly Need[],
	filter: RecordFilter,
	facet: FilterFacet,
	values: readonly string[],
	nameOf?: NameOf
): Map<string, RecordCounts> {
	const ignore = new Set([facet]);
	const result = new Map<string, RecordCounts>();
	const tallies = new Map<string, { offers: Offer[]; needs: Need[] }>();
	for (const value of values) tallies.set(value, { offers: [], needs: [] });

	if (facet !== 'needSources') {
		for (const offer of offers) {
			if (!offerMatches(offer, filter, nameOf, ignore)) continue;
			for (const value of offerValues(offer, facet, values)) tallies.get(value)?.offers.push(offer);
		}
	}
	if (facet !== 'offerKinds' && facet !== 'statuses') {
		for (const need of needs) {
			if (!needMatches(need, filter, nameOf, ignore)) continue;
			const value = needValue(need, facet);
			if (value !== null) tallies.get(value)?.needs.push(need);
		}
	}
	for (const [value, tally] of tallies) {
		result.set(value, countRecords(tally.offers, tally.needs));
	}
	return result;
}

function offerValues(offer: Offer, facet: FilterFacet, all: readonly string[]): readonly string[] {
	switch (facet) {
		case 'categories':
			return offer.categories;
		// An offer without target groups is open to everyone: it counts under every group.
		case 'targetGroups':
			return offer.targetGroups.length === 0 ? all : offer.targetGroups;
		case 'offerKinds':
			return [offer.kind];
		case 'statuses':
			return [offer.status];
		case 'areaCodes':
			return offer.areaCode === null ? [] : [offer.areaCode];
		case 'needSources':
			return [];
	}
}

function needValue(need: Need, facet: FilterFacet): string | null {
	switch (facet) {
		case 'categories':
			return need.category;
		case 'targetGroups':
			return need.targetGroup;
		case 'needSources':
			return need.source;
		case 'areaCodes':
			return need.areaCode;
		case 'offerKinds':
		case 'statuses':
			return null;
	}
}
