import { getContext, setContext } from 'svelte';
import type { Methodology } from '$lib/domain/methodology/load';
import { makeSnapshot } from '$lib/domain/stappenplan/snapshot';
import { scoredGaps, type ScoredGap } from '$lib/domain/stappenplan/top-gaps';
import type { SnapshotContent } from '$lib/domain/records';
import type { AnalysesRepository } from '$lib/storage/analyses-repository';
import type { NabuurDatabase } from '$lib/storage/db';
import { GapsState } from './gaps.svelte';
import { ScoringClient } from './scoring-client.svelte';
import { PlanState } from './stappenplan-plan.svelte';
import { StepsState } from './stappenplan-steps.svelte';
import { VotingState } from './stappenplan-voting.svelte';

/** What the stappenplan of one analysis needs from outside. */
export interface StappenplanDependencies {
	analyses: AnalysesRepository;
	db: NabuurDatabase;
	methodology: Methodology;
	/** Runs the gap scoring; a worker in the app. */
	scoring?: ScoringClient;
}

/**
 * The stappenplan of one analysis: the work per step, voting and priorities, the action plan and
 * snapshots, plus the areas, offers, needs and gap scores its evidence panels show.
 */
export class Stappenplan {
	status = $state<'loading' | 'ready' | 'failed'>('loading');
	readonly steps: StepsState;
	readonly voting: VotingState;
	readonly plan: PlanState;
	/** Areas, offers, needs and scores, as the Gaten page computes them (with the team's weights). */
	readonly gaps: GapsState;
	readonly methodology: Methodology;
	#loading = 0;

	constructor(deps: StappenplanDependencies) {
		this.methodology = deps.methodology;
		this.steps = new StepsState(deps.db);
		this.voting = new VotingState(deps.db);
		this.plan = new PlanState(deps.db);
		this.gaps = new GapsState({
			analyses: deps.analyses,
			db: deps.db,
			scoring: deps.scoring ?? new ScoringClient(),
			methodology: deps.methodology
		});
	}

	/** Every scored gap, highest index first; empty before the scores are ready. */
	get scored(): ScoredGap[] {
		return this.gaps.scores ? scoredGaps(this.gaps.scores) : [];
	}

	/** The index of a gap key; null when it has no score. */
	indexOf(key: string): number | null {
		return this.scored.find((gap) => gap.key === key)?.index ?? null;
	}

	/** Loads everything of one analysis; scoring finishes in the background. */
	async load(analysisId: string): Promise<void> {
		const ticket = ++this.#loading;
		this.status = 'loading';
		try {
			await Promise.all([
				this.steps.load(analysisId),
				this.voting.load(analysisId),
				this.plan.load(analysisId)
			]);
			if (ticket === this.#loading) this.status = 'ready';
		} catch (error) {
			if (ticket === this.#loading) this.status = 'failed';
			throw error;
		}
		await this.gaps.load(analysisId);
	}

	/** What a snapshot taken now would hold. */
	snapshotNow(): SnapshotContent {
		return makeSnapshot({
			offers: this.gaps.offers,
			needs: this.gaps.needs,
			placement: this.gaps.placement,
			gaps: this.scored,
			bandIds: this.gaps.params.bands.map((b) => b.id),
			referenceDate: this.gaps.scores ? this.gaps.referenceDate : null,
			stepRecords: Object.values(this.steps.records),
			priorities: this.voting.priorities,
			actions: this.plan.actions
		});
	}

	/** Writes everything still waiting to be saved. */
	async flush(): Promise<void> {
		await Promise.all([this.steps.saver.flush(), this.voting.prioritySaver.flush()]);
	}

	/** Stops the scoring worker; call `flush` first to store what waits. */
	dispose(): void {
		this.gaps.dispose();
	}
}

const key = Symbol('stappenplan');

/** Makes the stappenplan state available to the pages below the calling component. */
export function provideStappenplan(state: Stappenplan): Stappenplan {
	return setContext(key, state);
}

/** The stappenplan state of the surrounding stappenplan layout; throws outside one. */
export function useStappenplan(): Stappenplan {
	const state = getContext<Stappenplan | undefined>(key);
	if (!state) throw new Error('useStappenplan() must be called below the stappenplan layout');
	return state;
}
