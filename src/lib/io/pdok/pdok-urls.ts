// Addresses of the PDOK OGC API Features service for CBS wijken en buurten. No key is needed;
// coordinates come as CRS84 longitude/latitude by default.

/** Boundary years PDOK serves as their own OGC API. */
export const pdokYears = [2023, 2024, 2025] as const;

/** A boundary year PDOK serves. */
export type PdokYear = (typeof pdokYears)[number];

/** The collections of the service that Nabuur reads. */
export type PdokCollection = 'buurten' | 'wijken';

/** The host every PDOK request goes to; nothing else is ever contacted for area data. */
export const pdokOrigin = 'https://api.pdok.nl';

/** Items per page; PDOK allows up to 1,000. */
export const pdokPageSize = 1000;

/**
 * The first page of one gemeente's buurten or wijken.
 *
 * @param gemeenteCode a CBS gemeente code such as `GM0344`
 */
export function pdokItemsUrl(
	year: PdokYear,
	collection: PdokCollection,
	gemeenteCode: string
): string {
	const url = new URL(
		`/cbs/wijken-en-buurten-${year}/ogc/v1/collections/${collection}/items`,
		pdokOrigin
	);
	url.searchParams.set('f', 'json');
	url.searchParams.set('limit', String(pdokPageSize));
	url.searchParams.set('gemeentecode', gemeenteCode);
	return url.href;
}

/**
 * Reads what a user typed as a gemeente: `GM0344`, `gm 344` or `344` all become `GM0344`.
 * Returns null for anything else.
 */
export function parseGemeenteCode(input: string): string | null {
	const match = /^\s*(?:gm)?\s*(\d{1,4})\s*$/i.exec(input);
	if (!match) return null;
	const number = match[1]!.padStart(4, '0');
	return number === '0000' ? null : `GM${number}`;
}
