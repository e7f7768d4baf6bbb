import { comparisonSet } from '$lib/domain/scoring/comparison-set';
import type { Methodology } from '$lib/domain/methodology/load';
import {
	areaSchema,
	needSchema,
	offerSchema,
	type Analysis,
	type Area,
	type Need,
	type Offer,
	type ScoringOverrides
} from '$lib/domain/records';
import { gapCell, type GapCell } from '$lib/domain/scoring/cell';
import { scoringParams, type ScoringParams } from '$lib/domain/scoring/params';
import type { GapScores } from '$lib/domain/scoring/result';
import { placeRecords } from '$lib/domain/targeting/place-records';
import { m } from '$lib/paraglide/messages.js';
import type { AnalysesRepository } from '$lib/storage/analyses-repository';
import type { NabuurDatabase } from '$lib/storage/db';
import { RecordsRepository } from '$lib/storage/records-repository';
import { handleError } from './errors';
import { todayIso } from './gap-notes';
import { largestGap, rankReport, type GapKey, type RankReport } from './gap-ranking';
import {
	withObservedShare,
	withoutCategory,
	withoutObservedShare,
	withWeight
} from './gaps-overrides';
import { ScoringSupersededError, type ScoringClient } from './scoring-client.svelte';

/** The placement before anything is loaded; never changed. */
const nowhere: ReadonlyMap<string, string | null> = new Map();

/** What the gaps page state needs from outside. */
export interface GapsDependencies {
	analyses: AnalysesRepository;
	db: NabuurDatabase;
	scoring: ScoringClient;
	methodology: Methodology;
	/** Wait after the last weight change before scoring again, in milliseconds. */
	debounceMs?: number;
}

/**
 * The gaps page of one analysis: its areas, offers and needs; scores computed in a worker with the
 * team's weights; the cell the team looks at; and which areas moved after a weight change.
 */
export class GapsState {
	status = $state<'loading' | 'ready' | 'failed'>('loading');
	analysis = $state.raw<Analysis | null>(null);
	/** The comparison set: every area of the analysis, by code. */
	areas = $state.raw<Area[]>([]);
	offers = $state.raw<Offer[]>([]);
	needs = $state.raw<Need[]>([]);
	/** Area code of each offer and need (null: in no area), as the engine places them. */
	placement = $state.raw<ReadonlyMap<string, string | null>>(nowhere);
	/** The date every age is measured against (`YYYY-MM-DD`); today unless the team changes it. */
	referenceDate = $state(todayIso());
	/** The weights the team changed; stored with the analysis. */
	overrides = $state.raw<ScoringOverrides>({});
	/** The scores for the current weights and date; null before the first scoring. */
	scores = $state.raw<GapScores | null>(null);
	/** True while a scoring is waiting or running. */
	busy = $state(false);
	/** 'saved' once the current weights are stored with the analysis. */
	saveStatus = $state<'saved' | 'saving' | 'failed'>('saved');
	selected = $state.raw<GapKey | null>(null);
	/** Rank moves of the latest edit of the weights; null before any change. */
	report = $state.raw<RankReport | null>(null);

	readonly #deps: GapsDependencies;
	#loading = 0;
	#timer: ReturnType<typeof setTimeout> | null = null;
	/** Counts weight changes; scores made with an older count report rank moves. */
	#weightVersion = 0;
	#scoredVersion = 0;
	/**
	 * The scores an edit of the weights is measured against: those at the end of the previous
	 * edit. Scorings in between (a slowly typed number, a slow drag) do not move it, so the report
	 * says how far the whole edit moved each buurt, not only its last step.
	 */
	#baseline: GapScores | null = null;
	/**
	 * The weight counts at which an edit ended (`endEdit`), none older than the latest scores.
	 * Scores made for one of them become the baseline when they arrive, even when the next edit
	 * has begun by then.
	 */
	#closed: number[] = [];
	#savedJson = '{}';

	constructor(deps: GapsDependencies) {
		this.#deps = deps;
	}

	/** The scoring parameters: the methodology's, with the team's changes. */
	get params(): ScoringParams {
		return scoringParams(this.#deps.methodology, this.overrides);
	}

	/** Row and column of the selected cell in the scores; null when nothing is selected. */
	get selectedAt(): { a: number; c: number } | null {
		if (!this.scores || !this.selected) return null;
		const a = this.scores.areaCodes.indexOf(this.selected.areaCode);
		const c = this.scores.categoryIds.indexOf(this.selected.category);
		return a < 0 || c < 0 ? null : { a, c };
	}

	/** Everything the scores say about the selected cell. */
	get selectedCell(): GapCell | null {
		const at = this.selectedAt;
		return at && this.scores ? gapCell(this.scores, at.a, at.c) : null;
	}

	/** Loads the analysis with its areas, offers and needs, and scores it. */
	async load(id: string): Promise<void> {
		const ticket = ++this.#loading;
		this.status = 'loading';
		// Weights still waiting for their debounce belong to the analysis shown so far.
		if (this.#timer !== null) {
			clearTimeout(this.#timer);
			this.#timer = null;
			await this.#save();
		}
		try {
			const { analyses, db } = this.#deps;
			const analysis = await analyses.get(id);
			const [areas, offers, needs] = await Promise.all([
				new RecordsRepository(db, 'areas', areaSchema).listFor(id),
				new RecordsRepository(db, 'offers', offerSchema).listFor(id),
				new RecordsRepository(db, 'needs', needSchema).listFor(id)
			]);
			if (ticket !== this.#loading) return;
			if (this.analysis?.id !== analysis.id) this.selected = null;
			this.analysis = analysis;
			// One level, one year per code: the set the engine scores (and refuses duplicates in).
			this.areas = comparisonSet(areas);
			this.offers = offers;
			this.needs = needs;
			this.placement = placeRecords([...offers, ...needs], this.areas);
			this.overrides = analysis.scoringOverrides ?? {};
			this.#savedJson = JSON.stringify(this.overrides);
			this.#scoredVersion = this.#weightVersion;
			this.scores = null;
			this.report = null;
			this.#baseline = null;
			this.#closed = [this.#weightVersion];
			this.status = 'ready';
		} catch (error) {
			if (ticket === this.#loading) this.status = 'failed';
			throw error;
		}
		await this.#rescore();
	}

	/** Selects a cell for the "waarom" panel and the weight controls. */
	select(key: GapKey): void {
		this.selected = key;
	}

	/** Sets the share of demand that comes from observed needs (0–1); scores again shortly. */
	setObservedShare(share: number): void {
		this.#change(withObservedShare(this.overrides, share, this.#deps.methodology));
	}

	/** Puts the share of observed needs back to the methodology's default, as one edit. */
	resetObservedShare(): void {
		this.#change(withoutObservedShare(this.overrides, this.#deps.methodology));
		this.endEdit();
	}

	/** Sets an indicator's weight in a category (0 switches it off); scores again shortly. */
	setWeight(category: string, indicator: string, weight: number): void {
		this.#change(withWeight(this.overrides, category, indicator, weight, this.#deps.methodology));
	}

	/** Puts every indicator weight of a category back to the methodology's default, as one edit. */
	resetCategory(category: string): void {
		this.#change(withoutCategory(this.overrides, category, this.#deps.methodology));
		this.endEdit();
	}

	/**
	 * Ends an edit of the weights (a control's `change`: a number confirmed, a slider let go). The
	 * next change is measured against the scores for the weights as they are now.
	 */
	endEdit(): void {
		if (!this.#closed.includes(this.#weightVersion)) this.#closed.push(this.#weightVersion);
		// With a scoring still to come, that scoring moves the baseline when it ends.
		if (this.#timer === null && !this.busy) this.#baseline = this.scores;
	}

	/** Measures every age from another date (`YYYY-MM-DD`); scores again shortly. */
	setReferenceDate(date: string): void {
		if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || date === this.referenceDate) return;
		this.referenceDate = date;
		this.#schedule();
	}

	/** Scores at once instead of after the wait, and stores changed weights. */
	async flush(): Promise<void> {
		if (this.#timer !== null) clearTimeout(this.#timer);
		this.#timer = null;
		await Promise.all([this.#save(), this.#rescore()]);
	}

	/** Stops the worker; weights not yet stored are stored now. */
	dispose(): void {
		if (this.#timer !== null) {
			clearTimeout(this.#timer);
			this.#timer = null;
			this.#save().catch((error: unknown) => handleError(error, m.gaps_save_failed()));
		}
		this.#deps.scoring.dispose();
	}

	#change(overrides: ScoringOverrides): void {
		this.overrides = overrides;
		this.#weightVersion++;
		this.#schedule();
	}

	#schedule(): void {
		this.busy = true;
		if (this.#timer !== null) clearTimeout(this.#timer);
		this.#timer = setTimeout(() => {
			this.#timer = null;
			this.flush().catch((error: unknown) => handleError(error, m.gaps_score_failed()));
		}, this.#deps.debounceMs ?? 300);
	}

	async #save(): Promise<void> {
		const analysis = this.analysis;
		const json = JSON.stringify(this.overrides);
		if (!analysis || json === this.#savedJson) return;
		this.saveStatus = 'saving';
		try {
			this.analysis = await this.#deps.analyses.saveScoringOverrides(analysis.id, this.overrides);
			this.#savedJson = json;
			this.saveStatus = 'saved';
		} catch (error) {
			this.saveStatus = 'failed';
			throw error;
		}
	}

	async #rescore(): Promise<void> {
		const version = this.#weightVersion;
		const reportChanges = version !== this.#scoredVersion;
		if (this.areas.length === 0) {
			this.scores = null;
			this.busy = false;
			return;
		}
		this.busy = true;
		let after: GapScores;
		try {
			after = await this.#deps.scoring.score(
				{
					areas: this.areas,
					offers: this.offers,
					needs: this.needs,
					referenceDate: this.referenceDate
				},
				this.params
			);
		} catch (error) {
			if (error instanceof ScoringSupersededError) return;
			this.busy = false;
			throw error;
		}
		this.scores = after;
		this.#scoredVersion = version;
		this.busy = this.#timer !== null;
		this.selected ??= largestGap(after);
		if (reportChanges && this.#baseline) {
			this.report = rankReport(this.#baseline, after, this.selected?.category ?? null);
		}
		// Scores for the weights as the finished edit left them are where the next edit starts.
		if (this.#closed.includes(version)) this.#baseline = after;
		this.#closed = this.#closed.filter((closed) => closed >= version);
	}
}
