import type { Need, Offer } from '../../domain/records';
import { writeCsv, type CsvCell } from '../csv/write-csv';

// Offers and needs as CSV, with Dutch column names the record importer recognises, so a file
// exported here reads back into Nabuur (or into another analysis) as the same records. Lists are
// joined with `;`; ids of categories, target groups and kinds are written as ids, which the
// importer accepts as readily as labels. Every text cell is escaped against formula injection by
// `writeCsv`.

/** Column names of an offers CSV, in order. */
export const offerCsvColumns = [
	'naam',
	'organisatie',
	'soort',
	'categorie',
	'doelgroep',
	'lengtegraad',
	'breedtegraad',
	'buurtcode',
	'bereik',
	'capaciteit',
	'status',
	'laatst gecontroleerd',
	'omschrijving'
] as const;

/** Column names of a needs CSV, in order. */
export const needCsvColumns = [
	'categorie',
	'doelgroep',
	'buurtcode',
	'lengtegraad',
	'breedtegraad',
	'aantal',
	'eenheid',
	'bron',
	'datum',
	'zekerheid',
	'notitie'
] as const;

/** One offer as a CSV row in the order of `offerCsvColumns`. */
export function offerRow(offer: Offer): CsvCell[] {
	return [
		offer.name,
		offer.organisation,
		offer.kind,
		offer.categories.join(';'),
		offer.targetGroups.join(';'),
		offer.location?.[0] ?? null,
		offer.location?.[1] ?? null,
		offer.areaCode,
		offer.reachMeters,
		offer.capacity,
		offer.status,
		offer.lastVerified,
		offer.description
	];
}

/** One need as a CSV row in the order of `needCsvColumns`. */
export function needRow(need: Need): CsvCell[] {
	return [
		need.category,
		need.targetGroup,
		need.areaCode,
		need.location?.[0] ?? null,
		need.location?.[1] ?? null,
		need.count,
		need.countUnit,
		need.source,
		need.date,
		need.confidence,
		need.note
	];
}

/** Offers as CSV text (RFC 4180, `\r\n`), one row per offer in the given order. */
export function offersCsv(offers: readonly Offer[]): string {
	return writeCsv(offerCsvColumns, offers.map(offerRow));
}

/** Needs as CSV text (RFC 4180, `\r\n`), one row per need in the given order. */
export function needsCsv(needs: readonly Need[]): string {
	return writeCsv(needCsvColumns, needs.map(needRow));
}
