import type { Offer } from '../records';

/**
 * The active offers in one area that help with `category`, by name: the existing help a team
 * should look at, and strengthen, before it starts something new.
 *
 * @param placement area code by offer id, from `placeRecords`
 */
export function localOffers<O extends Pick<Offer, 'id' | 'name' | 'status' | 'categories'>>(
	offers: readonly O[],
	placement: ReadonlyMap<string, string | null>,
	areaCode: string,
	category: string
): O[] {
	return offers
		.filter(
			(offer) =>
				offer.status === 'actief' &&
				offer.categories.includes(category) &&
				placement.get(offer.id) === areaCode
		)
		.sort((a, b) => a.name.localeCompare(b.name, 'nl') || (a.id < b.id ? -1 : 1));
}
