import { needHeaderSynonyms, offerHeaderSynonyms } from './header-synonyms';
import {
	needFields,
	offerFields,
	type ColumnMapping,
	type NeedMapping,
	type OfferMapping
} from './import-fields';

/**
 * A header reduced to what identifies it: a trailing remark in brackets dropped, accents
 * removed, lower case, only letters and digits kept (`Hulp_Categorieën (max 3)` → `hulpcategorieen`).
 */
export function normaliseHeader(header: string): string {
	return header
		.replace(/\([^)]*\)\s*$/, '')
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Matches headers to fields: first exact names, then headers that start with a name of at least
 * four letters (`Datum signaal` → `datum`); each field takes its best-ranked synonym, in field
 * order, and each column goes to one field at most.
 */
function match<F extends string>(
	columns: readonly string[],
	fields: readonly F[],
	synonyms: Record<F, readonly string[]>
): ColumnMapping<F> {
	const headers = columns.map(normaliseHeader);
	const taken = new Set<number>();
	const mapping = Object.fromEntries(fields.map((f) => [f, null])) as ColumnMapping<F>; // filled below
	const passes = [
		(header: string, name: string) => header === name,
		(header: string, name: string) => name.length >= 4 && header.startsWith(name)
	];
	for (const fits of passes) {
		for (const field of fields) {
			if (mapping[field] !== null) continue;
			for (const name of synonyms[field].map(normaliseHeader)) {
				const index = headers.findIndex((h, i) => !taken.has(i) && fits(h, name));
				if (index >= 0) {
					mapping[field] = index;
					taken.add(index);
					break;
				}
			}
		}
	}
	return mapping;
}

/** Suggests which column (0-based index) each offer field comes from, by its header; null when none fits. */
export function suggestMapping(columns: readonly string[], target: 'offer'): OfferMapping;
/** Suggests which column (0-based index) each need field comes from, by its header; null when none fits. */
export function suggestMapping(columns: readonly string[], target: 'need'): NeedMapping;
export function suggestMapping(
	columns: readonly string[],
	target: 'offer' | 'need'
): OfferMapping | NeedMapping {
	return target === 'offer'
		? match(columns, offerFields, offerHeaderSynonyms)
		: match(columns, needFields, needHeaderSynonyms);
}
