import { getContext, setContext } from 'svelte';
import { NabuurError } from '$lib/domain/errors';
import { areaSchema, type Analysis, type Area } from '$lib/domain/records';
import type { AnalysesRepository, AnalysisCounts } from '$lib/storage/analyses-repository';
import type { NabuurDatabase } from '$lib/storage/db';
import { RecordsRepository } from '$lib/storage/records-repository';

/** One open analysis and what its pages show of it. */
export class AnalysisState {
	analysis = $state.raw<Analysis | null>(null);
	/** Its areas, ordered by code. */
	areas = $state.raw<Area[]>([]);
	counts = $state.raw<AnalysisCounts | null>(null);
	status = $state<'loading' | 'ready' | 'missing' | 'failed'>('loading');
	#loading = 0;

	constructor(
		private readonly repository: AnalysesRepository,
		private readonly db: NabuurDatabase
	) {}

	/** Opens the analysis with this id; a later call wins over an earlier one still running. */
	async load(id: string): Promise<void> {
		const ticket = ++this.#loading;
		this.status = 'loading';
		try {
			const analysis = await this.repository.get(id);
			const counts = await this.repository.counts(id);
			const areas = await new RecordsRepository(this.db, 'areas', areaSchema).listFor(id);
			if (ticket !== this.#loading) return;
			this.analysis = analysis;
			this.counts = counts;
			this.areas = areas.sort((a, b) => a.code.localeCompare(b.code));
			this.status = 'ready';
		} catch (error) {
			if (ticket !== this.#loading) return;
			this.analysis = null;
			if (error instanceof NabuurError && error.kind === 'not-found') {
				this.status = 'missing';
				return;
			}
			this.status = 'failed';
			throw error;
		}
	}
}

const key = Symbol('analysis');

/** Makes an analysis state available to the pages below the calling component. */
export function provideAnalysis(state: AnalysisState): AnalysisState {
	return setContext(key, state);
}

/** The analysis state of the surrounding analysis layout; throws outside one. */
export function useAnalysis(): AnalysisState {
	const state = getContext<AnalysisState | undefined>(key);
	if (!state) throw new Error('useAnalysis() must be called below the analysis layout');
	return state;
}
