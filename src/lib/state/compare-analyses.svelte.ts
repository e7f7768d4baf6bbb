import { summariseAnalysis, type CategorySummary } from '$lib/domain/compare/analysis-summary';
import { gemeenteCodes } from '$lib/domain/compare/gemeente';
import type { Methodology } from '$lib/domain/methodology/load';
import { areaSchema, type Analysis } from '$lib/domain/records';
import { comparisonSet } from '$lib/domain/scoring/comparison-set';
import { scoringParams } from '$lib/domain/scoring/params';
import type { AnalysesRepository } from '$lib/storage/analyses-repository';
import type { NabuurDatabase } from '$lib/storage/db';
import { RecordsRepository } from '$lib/storage/records-repository';
import { loadAnalysisData } from './compare-data';
import { todayIso } from './gap-notes';
import type { ScoringClient } from './scoring-client.svelte';

/** An analysis on this device that can be compared with the open one. */
export interface AnalysisCandidate {
	analysis: Analysis;
	/** The gemeenten its areas lie in (`GM0344`). */
	gemeenten: string[];
}

/** One analysis' gaps, summarised per category. */
export interface AnalysisColumn {
	analysis: Analysis;
	/** Number of areas scored (the analysis' comparison set). */
	areas: number;
	/** Names of its areas by code. */
	areaNames: Record<string, string>;
	summary: CategorySummary[];
}

/** What the state needs from outside. */
export interface CompareAnalysesDependencies {
	analyses: AnalysesRepository;
	db: NabuurDatabase;
	scoring: ScoringClient;
	methodology: Methodology;
}

/**
 * Comparing analyses: the other analyses on this device of the same gemeente (their area codes
 * share the GMxxxx number) and, for the ones chosen, their gaps per category side by side, each
 * scored over its own comparison set with its own weights.
 */
export class CompareAnalysesState {
	status = $state<'loading' | 'ready' | 'failed'>('loading');
	/** The open analysis and its gemeenten. */
	current = $state.raw<AnalysisCandidate | null>(null);
	/** Other analyses that share a gemeente with the open one, by name. */
	candidates = $state.raw<AnalysisCandidate[]>([]);
	/** Ids of the analyses shown, the open one first. */
	chosen = $state.raw<string[]>([]);
	/** The summaries of the chosen analyses, in `chosen` order. */
	columns = $state.raw<AnalysisColumn[]>([]);
	busy = $state(false);

	readonly #deps: CompareAnalysesDependencies;
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, never rendered
	readonly #cache = new Map<string, AnalysisColumn>();
	#loading = 0;

	constructor(deps: CompareAnalysesDependencies) {
		this.#deps = deps;
	}

	/** Finds the analyses of the same gemeente and shows the open one. */
	async load(id: string): Promise<void> {
		const ticket = ++this.#loading;
		this.status = 'loading';
		try {
			const all = await this.#deps.analyses.list();
			const areas = new RecordsRepository(this.#deps.db, 'areas', areaSchema);
			const found = await Promise.all(
				all.map(async (analysis) => ({
					analysis,
					gemeenten: gemeenteCodes((await areas.listFor(analysis.id)).map((a) => a.code))
				}))
			);
			if (ticket !== this.#loading) return;
			const current = found.find((c) => c.analysis.id === id) ?? null;
			const mine = current?.gemeenten ?? [];
			this.current = current;
			this.candidates = found
				.filter((c) => c.analysis.id !== id && c.gemeenten.some((g) => mine.includes(g)))
				.sort((a, b) => a.analysis.name.localeCompare(b.analysis.name, 'nl'));
			this.chosen = current ? [id] : [];
			this.status = 'ready';
		} catch (error) {
			if (ticket === this.#loading) this.status = 'failed';
			throw error;
		}
		await this.#summarise();
	}

	/** Shows or hides another analysis beside the open one. */
	async toggle(id: string): Promise<void> {
		if (id === this.current?.analysis.id) return;
		this.chosen = this.chosen.includes(id)
			? this.chosen.filter((c) => c !== id)
			: [...this.chosen, id];
		await this.#summarise();
	}

	/** Stops the worker. */
	dispose(): void {
		this.#deps.scoring.dispose();
	}

	async #summarise(): Promise<void> {
		this.busy = true;
		try {
			// One at a time: the scoring client answers only its newest request.
			for (const id of this.chosen) {
				if (!this.#cache.has(id)) this.#cache.set(id, await this.#column(id));
			}
			this.columns = this.chosen.flatMap((id) => this.#cache.get(id) ?? []);
		} finally {
			this.busy = false;
		}
	}

	async #column(id: string): Promise<AnalysisColumn> {
		const { analysis, areas, offers, needs } = await loadAnalysisData(
			this.#deps.analyses,
			this.#deps.db,
			id
		);
		const set = comparisonSet(areas);
		const params = scoringParams(this.#deps.methodology, analysis.scoringOverrides ?? {});
		const areaNames = Object.fromEntries(set.map((area) => [area.code, area.name]));
		if (set.length === 0) return { analysis, areas: 0, areaNames, summary: [] };
		const scores = await this.#deps.scoring.score(
			{ areas: set, offers, needs, referenceDate: todayIso() },
			params
		);
		return { analysis, areas: set.length, areaNames, summary: summariseAnalysis(scores, params) };
	}
}
