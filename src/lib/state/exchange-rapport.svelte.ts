import type { Language } from '$lib/domain/localized';
import type { Methodology } from '$lib/domain/methodology/load';
import { defaultSmallCountThreshold } from '$lib/domain/privacy/small-counts';
import type { ScoringParams } from '$lib/domain/scoring/params';
import type { GapScores } from '$lib/domain/scoring/result';
import { fileSlug, type AnalysisData } from '$lib/io/exchange/format';
import { gapsCsv } from '$lib/io/export/gaps-csv';
import { offersHsds } from '$lib/io/export/hsds';
import { needsCsv, offersCsv } from '$lib/io/export/records-csv';
import { needsGeoJson, offersGeoJson } from '$lib/io/export/records-geojson';
import type { NabuurDatabase } from '$lib/storage/db';
import { ExchangeRepository } from '$lib/storage/exchange-repository';
import type { TextFile } from './exchange.svelte';

/** The files the rapport page offers for download, besides the analysis file. */
export type ExportKind =
	'offers-csv' | 'needs-csv' | 'offers-geojson' | 'needs-geojson' | 'offers-hsds' | 'gaps-csv';

const csv = 'text/csv;charset=utf-8';
const geojson = 'application/geo+json';

/** One analysis with every record, for the printable report and the exports. */
export class RapportState {
	status = $state<'loading' | 'ready' | 'missing' | 'failed'>('loading');
	/** The analysis and all its records. */
	data = $state.raw<AnalysisData | null>(null);
	#loading = 0;

	constructor(private readonly db: NabuurDatabase) {}

	/** The smallest count the report and shared exports show. */
	get threshold(): number {
		return this.data?.analysis.smallCountThreshold ?? defaultSmallCountThreshold;
	}

	/** Loads an analysis with all its records; a later call wins over an earlier one. */
	async load(id: string): Promise<void> {
		const ticket = ++this.#loading;
		this.status = 'loading';
		try {
			const data = await new ExchangeRepository(this.db).readAnalysis(id);
			if (ticket !== this.#loading) return;
			this.data = data;
			this.status = data ? 'ready' : 'missing';
		} catch (error) {
			if (ticket === this.#loading) this.status = 'failed';
			throw error;
		}
	}

	/**
	 * One export of the analysis as a file to download.
	 *
	 * @param date today's date, `YYYY-MM-DD`, for the file name
	 * @param scoring the scores, their parameters and area names (needed for `gaps-csv` only)
	 */
	exportFile(
		kind: ExportKind,
		context: {
			date: string;
			methodology: Methodology;
			language: Language;
			noOrganisation: string;
			scoring?: { scores: GapScores; params: ScoringParams; names: ReadonlyMap<string, string> };
		}
	): TextFile {
		const data = this.data;
		if (!data) throw new Error('the analysis is not loaded');
		const base = `${fileSlug(data.analysis.name)}-${context.date}`;
		const { offers, needs } = data.records;
		switch (kind) {
			case 'offers-csv':
				return { name: `${base}-aanbod.csv`, text: offersCsv(offers), type: csv };
			case 'needs-csv':
				return { name: `${base}-vragen.csv`, text: needsCsv(needs), type: csv };
			case 'offers-geojson':
				return { name: `${base}-aanbod.geojson`, text: json(offersGeoJson(offers)), type: geojson };
			case 'needs-geojson':
				return { name: `${base}-vragen.geojson`, text: json(needsGeoJson(needs)), type: geojson };
			case 'offers-hsds': {
				const { manifest, taxonomy } = context.methodology;
				const dataset = offersHsds(offers, {
					taxonomy,
					methodology: { id: manifest.id, version: manifest.version },
					language: context.language,
					noOrganisation: context.noOrganisation
				});
				return { name: `${base}-aanbod.hsds.json`, text: json(dataset), type: 'application/json' };
			}
			case 'gaps-csv': {
				if (!context.scoring) throw new Error('the gap scores are not ready');
				const { scores, params, names } = context.scoring;
				const text = gapsCsv(scores, params, names, this.threshold);
				return { name: `${base}-gaten.csv`, text, type: csv };
			}
		}
	}
}

function json(value: unknown): string {
	return `${JSON.stringify(value, null, '\t')}\n`;
}
