// Display texts for the gaps page, from the methodology and the message files, in one place.
import type { Language } from '$lib/domain/localized';
import { localize } from '$lib/domain/localized';
import { confidenceLevels } from '$lib/domain/scoring/result';
import { m } from '$lib/paraglide/messages.js';
import { methodology } from '$lib/state/methodology';

const categories = new Map(methodology.taxonomy.categories.map((c) => [c.id, c]));
const indicators = new Map(methodology.indicators.map((i) => [i.id, i]));
const targetGroups = new Map(methodology.taxonomy.targetGroups.map((t) => [t.id, t]));
const offerKinds = new Map(methodology.taxonomy.offerKinds.map((k) => [k.id, k]));

/** A help category's label; its id when the methodology does not know it. */
export function categoryLabel(id: string, language: Language): string {
	const category = categories.get(id);
	return category ? localize(category.label, language) : id;
}

/** The text of a category's escalation to the professional wijkteam, if it has one. */
export function categoryEscalation(id: string, language: Language): string | null {
	const escalation = categories.get(id)?.escalation;
	return escalation ? localize(escalation, language) : null;
}

/** A contribution's label: the indicator's, or "reported needs" and "supply". */
export function partLabel(name: string, language: Language): string {
	if (name === 'observed') return m.gaps_part_observed();
	if (name === 'supply') return m.gaps_part_supply();
	const indicator = indicators.get(name);
	return indicator ? localize(indicator.label, language) : name;
}

/** An indicator's value with its unit (`31 %`, `0,6 km`); null when missing. */
export function indicatorValue(
	name: string,
	value: number | null | undefined,
	language: Language
): string | null {
	if (value === null || value === undefined) return null;
	const unit = indicators.get(name)?.unit;
	const number = new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);
	switch (unit) {
		case 'percent':
			return language === 'nl' ? `${number} %` : `${number}%`;
		case 'km':
			return `${number} km`;
		case 'per-1000':
			return language === 'nl' ? `${number} per 1.000` : `${number} per 1,000`;
		case 'eur-1000':
			return new Intl.NumberFormat(language, {
				style: 'currency',
				currency: 'EUR',
				maximumFractionDigits: 0
			}).format(value * 1000);
		default:
			return number;
	}
}

/** A target group's label. */
export function targetGroupLabel(id: string, language: Language): string {
	const group = targetGroups.get(id);
	return group ? localize(group.label, language) : id;
}

/** An offer kind's label. */
export function offerKindLabel(id: string, language: Language): string {
	const kind = offerKinds.get(id);
	return kind ? localize(kind.label, language) : id;
}

/** A band's label, by band index into the methodology's bands. */
export function bandLabel(band: number, language: Language): string {
	const found = methodology.scoring.bands[band];
	return found ? localize(found.label, language) : '';
}

/** A confidence level in words, from its code (0 hoog, 1 middel, 2 laag) or name. */
export function confidenceLabel(level: number | (typeof confidenceLevels)[number]): string {
	const name = typeof level === 'number' ? confidenceLevels[level] : level;
	if (name === 'hoog') return m.gaps_confidence_hoog();
	if (name === 'middel') return m.gaps_confidence_middel();
	return m.gaps_confidence_laag();
}

/** Index points with their sign, one decimal (`+5,3`, `−2,1`, `0`). */
export function signedPoints(points: number, language: Language): string {
	return new Intl.NumberFormat(language, {
		maximumFractionDigits: 1,
		minimumFractionDigits: 1,
		signDisplay: 'exceptZero'
	})
		.format(points)
		.replace('-', '−');
}
