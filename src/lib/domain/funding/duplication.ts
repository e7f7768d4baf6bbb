import type { Offer, Proposal } from '../records';
import { localOffers } from '../targeting/local-offers';

/** The offer kind of digital platforms in `methodology/taxonomy.json`. */
export const platformKind = 'digitaal-platform';

/** The offer fields the duplication check reads. */
export type DuplicateOffer = Pick<Offer, 'id' | 'name' | 'kind' | 'status' | 'categories'>;

/** Existing help for one area × category a request names. */
export interface ExistingHelp<O extends DuplicateOffer> {
	areaCode: string;
	category: string;
	/** Active offers in the area that help with the category, by name (platforms included). */
	offers: O[];
}

/** What already serves the need a request aims at. */
export interface Duplication<O extends DuplicateOffer> {
	/** Only the area × category cells where help already exists. */
	cells: ExistingHelp<O>[];
	/** Distinct active offers that already serve the need somewhere the request aims at. */
	offers: O[];
	/** Those of them that are digital platforms. */
	platforms: O[];
}

/**
 * Which existing offers and platforms already serve the need a request aims at, in the buurten it
 * names: the same lookup the gaps page uses (`targeting/local-offers`), so the warning here and
 * the overlap warning there always agree.
 *
 * @param placement area code by offer id, from `targeting/place-records`
 */
export function existingHelp<O extends DuplicateOffer>(
	request: Pick<Proposal, 'areaCodes' | 'categories'>,
	offers: readonly O[],
	placement: ReadonlyMap<string, string | null>
): Duplication<O> {
	const cells: ExistingHelp<O>[] = [];
	const distinct = new Map<string, O>();
	for (const areaCode of request.areaCodes) {
		for (const category of request.categories) {
			const found = localOffers(offers, placement, areaCode, category);
			if (found.length === 0) continue;
			cells.push({ areaCode, category, offers: found });
			for (const offer of found) distinct.set(offer.id, offer);
		}
	}
	const all = [...distinct.values()].sort(
		(a, b) => a.name.localeCompare(b.name, 'nl') || (a.id < b.id ? -1 : 1)
	);
	return { cells, offers: all, platforms: all.filter((offer) => offer.kind === platformKind) };
}
