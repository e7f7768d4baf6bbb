import { NabuurError } from '../../domain/errors';
import { pdokItemsUrl, pdokOrigin, type PdokCollection, type PdokYear } from './pdok-urls';

// Fetching one gemeente's buurten and wijken from PDOK, page by page, following each page's
// `next` link until there is none. The network is passed in, so this runs the same in the app
// and in tests; only PDOK's own host is ever followed.

/** Gets and parses one JSON document; rejects when the network or the server fails. */
export type FetchJson = (url: string, signal?: AbortSignal) => Promise<unknown>;

/** What was fetched: every feature of both collections as one GeoJSON FeatureCollection. */
export interface PdokFetchResult {
	collection: { type: 'FeatureCollection'; features: unknown[] };
	/** Pages requested, over both collections. */
	pages: number;
	/** Features per collection. */
	counts: Record<PdokCollection, number>;
}

/** Stops a runaway chain of `next` links (a gemeente has at most a few hundred buurten). */
export const maxPdokPages = 50;

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The `next` link of an OGC API Features page, if it has one on PDOK's host. */
export function nextLink(page: Record<string, unknown>): string | null {
	if (!Array.isArray(page.links)) return null;
	for (const link of page.links) {
		if (!isObject(link) || link.rel !== 'next' || typeof link.href !== 'string') continue;
		const url = new URL(link.href, pdokOrigin);
		if (url.origin !== pdokOrigin) {
			throw new NabuurError('file-unreadable', `next link leaves PDOK: ${url.origin}`);
		}
		return url.href;
	}
	return null;
}

async function fetchCollection(
	fetchJson: FetchJson,
	first: string,
	signal: AbortSignal | undefined,
	pagesSoFar: number
): Promise<{ features: unknown[]; pages: number }> {
	const features: unknown[] = [];
	let url: string | null = first;
	let pages = pagesSoFar;
	while (url) {
		if (pages >= maxPdokPages) {
			throw new NabuurError('file-unreadable', `more than ${maxPdokPages} pages`);
		}
		const page = await fetchJson(url, signal);
		pages++;
		if (!isObject(page) || page.type !== 'FeatureCollection' || !Array.isArray(page.features)) {
			throw new NabuurError('file-unreadable', 'PDOK answered with something else than features');
		}
		features.push(...(page.features as unknown[]));
		url = nextLink(page);
	}
	return { features, pages };
}

/**
 * Fetches every buurt and wijk of one gemeente for one boundary year.
 *
 * @param gemeenteCode e.g. `GM0344`
 * @throws NabuurError 'file-unreadable' when PDOK answers with something unexpected
 */
export async function fetchPdokAreas(
	fetchJson: FetchJson,
	year: PdokYear,
	gemeenteCode: string,
	signal?: AbortSignal
): Promise<PdokFetchResult> {
	const buurten = await fetchCollection(
		fetchJson,
		pdokItemsUrl(year, 'buurten', gemeenteCode),
		signal,
		0
	);
	const wijken = await fetchCollection(
		fetchJson,
		pdokItemsUrl(year, 'wijken', gemeenteCode),
		signal,
		buurten.pages
	);
	return {
		collection: { type: 'FeatureCollection', features: [...buurten.features, ...wijken.features] },
		pages: wijken.pages,
		counts: { buurten: buurten.features.length, wijken: wijken.features.length }
	};
}
