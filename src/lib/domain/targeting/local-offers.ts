import type { Offer, OfferStatus } from '../records';

/**
 * The offers in one area that help with `category`, by name: the existing help a team should look
 * at, and strengthen, before it starts something new. By default the active ones, which the
 * scores count; paused and planned ones are worth naming too, since getting them going is lighter
 * than starting anew.
 *
 * @param placement area code by offer id, from `placeRecords`
 * @param statuses the statuses to list
 */
export function localOffers<O extends Pick<Offer, 'id' | 'name' | 'status' | 'categories'>>(
	offers: readonly O[],
	placement: ReadonlyMap<string, string | null>,
	areaCode: string,
	category: string,
	statuses: readonly OfferStatus[] = ['actief']
): O[] {
	return offers
		.filter(
			(offer) =>
				statuses.includes(offer.status) &&
				offer.categories.includes(category) &&
				placement.get(offer.id) === areaCode
		)
		.sort((a, b) => a.name.localeCompare(b.name, 'nl') || (a.id < b.id ? -1 : 1));
}
