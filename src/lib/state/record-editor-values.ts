import type { Taxonomy } from '$lib/domain/methodology/schema';
import type { Placement } from '$lib/domain/records-filter/placement';
import type { Need, Offer } from '$lib/domain/records';
import type { NeedFormValues, OfferFormValues } from './record-editor-validation';

// Turning records into form values and back again, and the values a new record starts with.

/**
 * A number as the form shows it. A value like 1.125 would read back as "one thousand one hundred
 * twenty-five or one and a bit?" (`parseDecimal` refuses to guess), so such a value gets a
 * trailing zero that makes it plainly a fraction.
 */
export function numberText(value: number | null): string {
	if (value === null) return '';
	const text = String(value);
	return /^[1-9]\d{0,2}\.\d{3}$/.test(text) ? `${text}0` : text;
}

/** The form values of an existing offer. */
export function offerToValues(offer: Offer): OfferFormValues {
	return {
		name: offer.name,
		organisation: offer.organisation,
		kind: offer.kind,
		categories: [...offer.categories],
		targetGroups: [...offer.targetGroups],
		areaCode: offer.areaCode ?? '',
		location: offer.location,
		reachMeters: numberText(offer.reachMeters),
		capacity: numberText(offer.capacity),
		status: offer.status,
		lastVerified: offer.lastVerified ?? '',
		description: offer.description,
		source: offer.source
	};
}

/** The form values of an existing need. */
export function needToValues(need: Need): NeedFormValues {
	return {
		category: need.category,
		targetGroup: need.targetGroup,
		areaCode: need.areaCode ?? '',
		location: need.location,
		count: numberText(need.count),
		countUnit: need.countUnit,
		source: need.source,
		date: need.date,
		confidence: need.confidence,
		note: need.note
	};
}

/**
 * A new offer at a place: active, the methodology's first kind, no category yet (the user must
 * choose one; guessing would put offers in the wrong category unnoticed).
 */
export function newOfferValues(
	placement: Placement,
	taxonomy: Pick<Taxonomy, 'offerKinds'>
): OfferFormValues {
	return {
		name: '',
		organisation: '',
		kind: taxonomy.offerKinds[0]?.id ?? '',
		categories: [],
		targetGroups: [],
		areaCode: placement.areaCode ?? '',
		location: placement.location,
		reachMeters: '',
		capacity: '',
		status: 'actief',
		lastVerified: '',
		description: '',
		source: ''
	};
}

/** A new need at a place, dated today, with category and target group still to choose. */
export function newNeedValues(
	placement: Placement,
	taxonomy: Pick<Taxonomy, 'needSources'>,
	today: string
): NeedFormValues {
	return {
		category: '',
		targetGroup: '',
		areaCode: placement.areaCode ?? '',
		location: placement.location,
		count: '',
		countUnit: 'personen',
		source: taxonomy.needSources[0]?.id ?? '',
		date: today,
		confidence: 'middel',
		note: ''
	};
}
