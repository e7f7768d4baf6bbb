import { decide } from '$lib/domain/funding/decision';
import type { ReviewCriterion } from '$lib/domain/funding/criteria';
import type { DraftFields } from '$lib/domain/funding/draft';
import { rankRequests, type RankedRequest } from '$lib/domain/funding/ranking';
import {
	checkRequest,
	priorityInput,
	type RequestChecks
} from '$lib/domain/funding/request-checks';
import { newId } from '$lib/domain/ids';
import type { Methodology } from '$lib/domain/methodology/load';
import {
	proposalSchema,
	type Analysis,
	type Area,
	type Offer,
	type Proposal,
	type proposalSuccessAnswers
} from '$lib/domain/records';
import { comparisonSet } from '$lib/domain/scoring/comparison-set';
import { scoringParams, type ScoringParams } from '$lib/domain/scoring/params';
import type { GapScores } from '$lib/domain/scoring/result';
import { placeRecords } from '$lib/domain/targeting/place-records';
import type { AnalysesRepository } from '$lib/storage/analyses-repository';
import type { NabuurDatabase } from '$lib/storage/db';
import { RecordsRepository } from '$lib/storage/records-repository';
import { saveSmallCountThreshold } from '$lib/storage/small-count-threshold';
import { loadAnalysisData, thresholdOf } from './compare-data';
import { todayIso } from './gap-notes';
import { ScoringSupersededError, type ScoringClient } from './scoring-client.svelte';

/** The placement before anything is loaded; never changed. */
const nowhere: ReadonlyMap<string, string | null> = new Map();

/** What the funding state needs from outside. */
export interface FundingDependencies {
	analyses: AnalysesRepository;
	db: NabuurDatabase;
	scoring: ScoringClient;
	methodology: Methodology;
	/** The clock decisions are logged with; tests pass a fixed one. */
	clock?: () => Date;
}

/**
 * The funding screen of one analysis: its subsidy requests, checked against the gaps (scored over
 * the analysis' comparison set, as on the gaps page), the existing help and the catalogue; the
 * reviewers' scores and answers; the ranking; and the decisions with their reasons.
 */
export class FundingState {
	status = $state<'loading' | 'ready' | 'failed'>('loading');
	analysis = $state.raw<Analysis | null>(null);
	/** The comparison set: the analysis' finest level, newest year per code. */
	areas = $state.raw<Area[]>([]);
	offers = $state.raw<Offer[]>([]);
	/** Area code of each offer (null: in no area). */
	placement = $state.raw<ReadonlyMap<string, string | null>>(nowhere);
	scores = $state.raw<GapScores | null>(null);
	/** The requests, by title. */
	proposals = $state.raw<Proposal[]>([]);
	thresholdStatus = $state<'saved' | 'saving' | 'failed'>('saved');

	readonly #deps: FundingDependencies;
	readonly #repository: RecordsRepository<typeof proposalSchema>;
	#loading = 0;

	constructor(deps: FundingDependencies) {
		this.#deps = deps;
		this.#repository = new RecordsRepository(deps.db, 'proposals', proposalSchema, deps.clock);
	}

	/** The scoring parameters with the team's weights. */
	get params(): ScoringParams {
		return scoringParams(this.#deps.methodology, this.analysis?.scoringOverrides ?? {});
	}

	/** The smallest count shown on this page. */
	get threshold(): number {
		return thresholdOf(this.analysis);
	}

	/** The automatic checks of every request by id; empty until the scores are there. */
	get checks(): Map<string, RequestChecks<Offer>> {
		const scores = this.scores;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- rebuilt on every read, never changed
		const result = new Map<string, RequestChecks<Offer>>();
		if (!scores) return result;
		const context = {
			scores,
			params: this.params,
			offers: this.offers,
			placement: this.placement,
			catalogue: this.#deps.methodology.means.means,
			questionIds: this.#deps.methodology.means.successQuestions.map((q) => q.id)
		};
		for (const proposal of this.proposals) result.set(proposal.id, checkRequest(proposal, context));
		return result;
	}

	/** The requests ranked by priority, with the parts of each priority. */
	get ranking(): RankedRequest[] {
		const checks = this.checks;
		return rankRequests(
			this.proposals.flatMap((p) => {
				const found = checks.get(p.id);
				return found ? [priorityInput(p, found)] : [];
			})
		);
	}

	/** Loads the analysis, its requests and offers, and scores its gaps. */
	async load(id: string): Promise<void> {
		const ticket = ++this.#loading;
		this.status = 'loading';
		let data;
		try {
			data = await loadAnalysisData(this.#deps.analyses, this.#deps.db, id);
			const proposals = await this.#repository.listFor(id);
			if (ticket !== this.#loading) return;
			this.analysis = data.analysis;
			this.areas = comparisonSet(data.areas);
			this.offers = data.offers;
			this.placement = placeRecords(data.offers, this.areas);
			this.proposals = proposals.sort(
				(a, b) => a.title.localeCompare(b.title, 'nl') || (a.id < b.id ? -1 : 1)
			);
			this.scores = null;
			this.status = 'ready';
		} catch (error) {
			if (ticket === this.#loading) this.status = 'failed';
			throw error;
		}
		if (this.areas.length === 0) return;
		try {
			this.scores = await this.#deps.scoring.score(
				{ areas: this.areas, offers: data.offers, needs: data.needs, referenceDate: todayIso() },
				this.params
			);
		} catch (error) {
			if (!(error instanceof ScoringSupersededError)) throw error;
		}
	}

	/** Registers a new request from a checked draft (`readDraft`). */
	async add(fields: DraftFields): Promise<Proposal> {
		const analysis = this.analysis;
		if (!analysis) throw new Error('add() needs a loaded analysis');
		const saved = await this.#repository.save({
			...fields,
			id: newId(),
			rev: 1,
			updatedAt: this.#now(),
			analysisId: analysis.id,
			scores: {},
			decision: 'open',
			decisionReason: ''
		});
		this.proposals = [...this.proposals, saved];
		return saved;
	}

	/** Sets the panel's score on one criterion (1–5), or clears it with null. */
	async setScore(id: string, criterion: ReviewCriterion, value: number | null): Promise<void> {
		await this.#change(id, (p) => {
			const scores = { ...p.scores };
			if (value === null) delete scores[criterion];
			else scores[criterion] = value;
			return { ...p, scores };
		});
	}

	/** Sets the answer to one success question, or clears it with null. */
	async setAnswer(
		id: string,
		questionId: string,
		answer: (typeof proposalSuccessAnswers)[number] | null
	): Promise<void> {
		await this.#change(id, (p) => {
			const answers = { ...p.successAnswers };
			if (answer === null) delete answers[questionId];
			else answers[questionId] = answer;
			return { ...p, successAnswers: answers };
		});
	}

	/** Decides on a request with a reason; the decision is added to its log. */
	async decide(id: string, decision: Proposal['decision'], reason: string): Promise<void> {
		const at = this.#now();
		await this.#change(id, (p) => decide(p, decision, reason, at));
	}

	/** Stores a new small-count threshold (1–100) on the analysis. */
	async setThreshold(threshold: number): Promise<void> {
		const analysis = this.analysis;
		if (!analysis || threshold === this.threshold) return;
		this.thresholdStatus = 'saving';
		try {
			this.analysis = await saveSmallCountThreshold(this.#deps.db, analysis.id, threshold);
			this.thresholdStatus = 'saved';
		} catch (error) {
			this.thresholdStatus = 'failed';
			throw error;
		}
	}

	/** Deletes a request. */
	async remove(id: string): Promise<void> {
		await this.#repository.remove(id);
		this.proposals = this.proposals.filter((p) => p.id !== id);
	}

	/** Stops the worker. */
	dispose(): void {
		this.#deps.scoring.dispose();
	}

	async #change(id: string, edit: (p: Proposal) => Proposal): Promise<void> {
		const current = this.proposals.find((p) => p.id === id);
		if (!current) throw new Error(`no request ${id} on this screen`);
		const saved = await this.#repository.save(edit(current));
		this.proposals = this.proposals.map((p) => (p.id === id ? saved : p));
	}

	#now(): string {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a timestamp, not state
		return (this.#deps.clock ?? (() => new Date()))().toISOString();
	}
}
