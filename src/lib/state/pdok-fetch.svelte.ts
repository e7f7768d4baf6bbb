import { NabuurError } from '$lib/domain/errors';
import { fetchPdokAreas, type FetchJson } from '$lib/io/pdok/fetch-areas';
import { parseGemeenteCode, type PdokYear } from '$lib/io/pdok/pdok-urls';
import { simplifyGeometry } from '$lib/io/pdok/simplify';
import { m } from '$lib/paraglide/messages.js';
import type { AreaImportState } from './area-import.svelte';

/** Largest deviation of a simplified PDOK boundary from the original, in metres. */
export const pdokSimplifyMetres = 5;

/** The browser's fetch, reading JSON and turning HTTP errors into rejections. */
export const browserFetchJson: FetchJson = async (url, signal) => {
	const response = await fetch(url, { signal, headers: { accept: 'application/geo+json' } });
	if (!response.ok) throw new PdokHttpError(response.status);
	return (await response.json()) as unknown;
};

class PdokHttpError extends Error {
	constructor(readonly status: number) {
		super(`PDOK answered ${status}`);
	}
}

/**
 * Fetching a gemeente's buurten and wijken from PDOK (only when the user turned that on) and
 * handing them to the area import, which previews them like a file before anything is stored.
 */
export class PdokFetchState {
	gemeente = $state('');
	year = $state<PdokYear>(2024);
	status = $state<'idle' | 'fetching'>('idle');
	/** Why the last fetch failed, in the user's language. */
	failure = $state<string | null>(null);
	/** What the last fetch brought, for the screen reader and the eye. */
	fetched = $state<string | null>(null);

	readonly #areas: AreaImportState;
	readonly #fetchJson: FetchJson;
	#controller: AbortController | null = null;

	constructor(areas: AreaImportState, fetchJson: FetchJson = browserFetchJson) {
		this.#areas = areas;
		this.#fetchJson = fetchJson;
	}

	/** Fetches the chosen gemeente and year; the result opens in the area import's preview. */
	async fetch(): Promise<void> {
		const code = parseGemeenteCode(this.gemeente);
		this.fetched = null;
		if (!code) {
			this.failure = m.map_pdok_bad_code();
			return;
		}
		this.#controller?.abort();
		const controller = new AbortController();
		this.#controller = controller;
		this.status = 'fetching';
		this.failure = null;
		try {
			const result = await fetchPdokAreas(this.#fetchJson, this.year, code, controller.signal);
			if (controller.signal.aborted) return;
			if (result.collection.features.length === 0) {
				this.failure = m.map_pdok_nothing({ code, year: this.year });
				return;
			}
			this.#areas.readCollection(
				`PDOK wijken-en-buurten-${this.year} ${code}`,
				result.collection,
				(areas) =>
					areas.map((area) => ({
						...area,
						geometry: simplifyGeometry(area.geometry, pdokSimplifyMetres)
					}))
			);
			this.fetched = m.map_pdok_fetched({
				buurten: result.counts.buurten,
				wijken: result.counts.wijken,
				code
			});
		} catch (error) {
			if (controller.signal.aborted) return;
			this.failure = failureText(error);
		} finally {
			if (this.#controller === controller) {
				this.#controller = null;
				this.status = 'idle';
			}
		}
	}

	/** Stops a fetch in progress. */
	cancel(): void {
		this.#controller?.abort();
		this.#controller = null;
		this.status = 'idle';
	}
}

function failureText(error: unknown): string {
	if (error instanceof PdokHttpError) return m.map_pdok_http({ status: error.status });
	if (error instanceof NabuurError) return m.map_pdok_unexpected();
	return m.map_pdok_network();
}
