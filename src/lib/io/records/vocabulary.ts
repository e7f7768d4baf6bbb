import type { Taxonomy } from '../../domain/methodology/schema';
import type { Need, Offer } from '../../domain/records';

// Values teams type for categories, target groups, kinds, sources and states: the id
// (`digitale-hulp`), the Dutch label (`Digitale hulp`) or the English one (`Digital help`), in
// any case, with or without accents (`Enquete`), hyphens or apostrophes.

/** Finds the id a cell's text names, or null when it names none. */
export type TermLookup<T extends string = string> = (text: string) => T | null;

/** The lookups an import needs, built once per methodology. */
export interface ImportVocabulary {
	categories: TermLookup;
	targetGroups: TermLookup;
	offerKinds: TermLookup;
	needSources: TermLookup;
	statuses: TermLookup<Offer['status']>;
	countUnits: TermLookup<Need['countUnit']>;
	confidences: TermLookup<Need['confidence']>;
}

/** A term's text reduced for comparison: no accents, lower case, hyphens and spaces alike. */
export function normaliseTerm(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/['’`]/g, '')
		.replace(/[\s_-]+/g, ' ')
		.trim();
}

/** Builds a lookup from each id to the names it may be written as (the id itself included). */
export function termLookup<T extends string>(
	names: ReadonlyMap<T, readonly string[]>
): TermLookup<T> {
	const byName = new Map<string, T>();
	for (const [id, aliases] of names) {
		for (const name of [id, ...aliases]) {
			const key = normaliseTerm(name);
			if (!byName.has(key)) byName.set(key, id);
		}
	}
	// Imports repeat the same few values thousands of times; remember recent texts once read.
	const seen = new Map<string, T | null>();
	return (text) => {
		let id = seen.get(text);
		if (id === undefined) {
			id = byName.get(normaliseTerm(text)) ?? null;
			if (seen.size >= 10_000) seen.clear();
			seen.set(text, id);
		}
		return id;
	};
}

const fromTerms = (terms: ReadonlyArray<{ id: string; label: { nl: string; en: string } }>) =>
	termLookup(new Map(terms.map((t) => [t.id, [t.label.nl, t.label.en]])));

const fromNames = <T extends string>(names: Record<T, readonly string[]>) =>
	// Object.entries widens the keys to string; they are the keys of `names`, so of type T.
	termLookup(new Map(Object.entries(names) as Array<[T, readonly string[]]>));

// States and units are fixed in `records.ts`, not in the methodology; their English names here.
const statusNames: Record<Offer['status'], string[]> = {
	actief: ['active', 'running', 'loopt'],
	gepland: ['planned'],
	gepauzeerd: ['paused', 'on hold'],
	gestopt: ['stopped', 'ended', 'closed', 'beëindigd']
};
const countUnitNames: Record<Need['countUnit'], string[]> = {
	personen: ['persoon', 'mensen', 'people', 'persons', 'person'],
	huishoudens: ['huishouden', 'households', 'household']
};
const confidenceNames: Record<Need['confidence'], string[]> = {
	laag: ['low'],
	middel: ['gemiddeld', 'medium', 'middle'],
	hoog: ['high']
};

/** Builds the lookups for one methodology's taxonomy. */
export function importVocabulary(taxonomy: Taxonomy): ImportVocabulary {
	return {
		categories: fromTerms(taxonomy.categories),
		targetGroups: fromTerms(taxonomy.targetGroups),
		offerKinds: fromTerms(taxonomy.offerKinds),
		needSources: fromTerms(taxonomy.needSources),
		statuses: fromNames(statusNames),
		countUnits: fromNames(countUnitNames),
		confidences: fromNames(confidenceNames)
	};
}
