// Display texts for the Kaart page, from the methodology and the message files, in one place.
import { localize } from '$lib/domain/localized';
import type { Need, Offer } from '$lib/domain/records';
import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime.js';
import { methodology } from '$lib/state/methodology';

const t = methodology.taxonomy;
const byId = <T extends { id: string }>(items: readonly T[]) =>
	new Map(items.map((item) => [item.id, item]));
const categories = byId(t.categories);
const targetGroups = byId(t.targetGroups);
const offerKinds = byId(t.offerKinds);
const needSources = byId(t.needSources);

function label(items: ReadonlyMap<string, { label: { nl: string; en: string } }>, id: string) {
	const item = items.get(id);
	return item ? localize(item.label, getLocale()) : id;
}

/** A help category's label; its id when the methodology does not know it. */
export const categoryLabel = (id: string) => label(categories, id);
/** A target group's label. */
export const targetGroupLabel = (id: string) => label(targetGroups, id);
/** An offer kind's label. */
export const offerKindLabel = (id: string) => label(offerKinds, id);
/** A need source's label. */
export const needSourceLabel = (id: string) => label(needSources, id);

/** A help category's colour from the methodology, for swatches and the map. */
export const categoryColor = (id: string) => categories.get(id)?.color ?? '#666666';

const statusTexts: Record<Offer['status'], () => string> = {
	actief: m.kaart_status_actief,
	gepland: m.kaart_status_gepland,
	gepauzeerd: m.kaart_status_gepauzeerd,
	gestopt: m.kaart_status_gestopt
};

/** An offer status as the user reads it. */
export const statusLabel = (status: Offer['status']) => statusTexts[status]();

const confidenceTexts: Record<Need['confidence'], () => string> = {
	laag: m.kaart_confidence_laag,
	middel: m.kaart_confidence_middel,
	hoog: m.kaart_confidence_hoog
};

/** How sure a need signal is, as the user reads it. */
export const confidenceLabel = (level: Need['confidence']) => confidenceTexts[level]();

const unitTexts: Record<Need['countUnit'], () => string> = {
	personen: m.kaart_unit_personen,
	huishoudens: m.kaart_unit_huishoudens
};

/** The unit of a need's count. */
export const unitLabel = (unit: Need['countUnit']) => unitTexts[unit]();

/** Choices for a drop-down from methodology items. */
export function taxonomyOptions(
	items: readonly { id: string; label: { nl: string; en: string } }[]
): { value: string; label: string }[] {
	return items.map((item) => ({ value: item.id, label: localize(item.label, getLocale()) }));
}

/** A point as people read it: latitude and longitude in degrees, five decimals (about 1 m). */
export function pointText([lon, lat]: readonly [number, number]): string {
	const format = (n: number) =>
		n.toLocaleString(getLocale(), { minimumFractionDigits: 5, maximumFractionDigits: 5 });
	return m.kaart_point({ lat: format(lat), lon: format(lon) });
}
