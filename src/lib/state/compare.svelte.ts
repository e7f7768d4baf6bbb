import { boundaryYears, type BoundaryYears } from '$lib/domain/compare/boundary-years';
import { gemeenteCode, gemeenteCodes } from '$lib/domain/compare/gemeente';
import { areasAtLevel, levelsPresent } from '$lib/domain/compare/level-set';
import { rankByGap, type AreaGapRank } from '$lib/domain/compare/rank-by-gap';
import { sideBySide, type SideBySide } from '$lib/domain/compare/side-by-side';
import { categoriesForTargetGroup } from '$lib/domain/compare/target-group-filter';
import type { Methodology } from '$lib/domain/methodology/load';
import type { Analysis, Area, Need, Offer } from '$lib/domain/records';
import { scoringParams, type ScoringParams } from '$lib/domain/scoring/params';
import type { GapScores } from '$lib/domain/scoring/result';
import type { AnalysesRepository } from '$lib/storage/analyses-repository';
import type { NabuurDatabase } from '$lib/storage/db';
import { saveSmallCountThreshold } from '$lib/storage/small-count-threshold';
import { loadAnalysisData, thresholdOf } from './compare-data';
import { todayIso } from './gap-notes';
import { ScoringSupersededError, type ScoringClient } from './scoring-client.svelte';

/** The most areas shown side by side. */
export const maxChosen = 4;

/** What the compare state needs from outside. */
export interface CompareDependencies {
	analyses: AnalysesRepository;
	db: NabuurDatabase;
	scoring: ScoringClient;
	methodology: Methodology;
}

/**
 * The compare view of one analysis: its buurten or wijken at one level, scored together; the
 * ranking by gap with filters by category and target group; 2–4 areas chosen side by side; and
 * the small-count threshold for this shared view.
 */
export class CompareState {
	status = $state<'loading' | 'ready' | 'failed'>('loading');
	analysis = $state.raw<Analysis | null>(null);
	/** Every area of the analysis, all levels. */
	allAreas = $state.raw<Area[]>([]);
	offers = $state.raw<Offer[]>([]);
	needs = $state.raw<Need[]>([]);
	/** The level compared; null when the analysis has no areas. */
	level = $state<Area['level'] | null>(null);
	/** The gemeente compared (`GM0344`) when the areas span several; null = all of them. */
	gemeente = $state<string | null>(null);
	/** The date every age is measured against (`YYYY-MM-DD`). */
	referenceDate = $state(todayIso());
	scores = $state.raw<GapScores | null>(null);
	busy = $state(false);
	/** Categories to show; empty = all. */
	categories = $state.raw<string[]>([]);
	/** A target group that narrows the categories; null = every group. */
	targetGroup = $state<string | null>(null);
	/** Rank by this category, or by the overall gap when null. */
	sortBy = $state<string | null>(null);
	/** Codes of the areas chosen side by side, in the order chosen. */
	chosen = $state.raw<string[]>([]);
	thresholdStatus = $state<'saved' | 'saving' | 'failed'>('saved');

	readonly #deps: CompareDependencies;
	#loading = 0;

	constructor(deps: CompareDependencies) {
		this.#deps = deps;
	}

	/** The levels the analysis has areas at, fine to coarse. */
	get levels(): Area['level'][] {
		return levelsPresent(this.allAreas);
	}

	/** The gemeenten the areas of the chosen level lie in, sorted. */
	get gemeenten(): string[] {
		return this.level
			? gemeenteCodes(areasAtLevel(this.allAreas, this.level).map((a) => a.code))
			: [];
	}

	/** The compared areas: one level, the newest year per code, in the chosen gemeente. */
	get areas(): Area[] {
		if (!this.level) return [];
		const areas = areasAtLevel(this.allAreas, this.level);
		return this.gemeente ? areas.filter((a) => gemeenteCode(a.code) === this.gemeente) : areas;
	}

	/** The scoring parameters with the team's weights. */
	get params(): ScoringParams {
		return scoringParams(this.#deps.methodology, this.analysis?.scoringOverrides ?? {});
	}

	/** The smallest count shown on this page. */
	get threshold(): number {
		return thresholdOf(this.analysis);
	}

	/** The category ids shown: the chosen ones (or all), narrowed by the target group. */
	get shownCategories(): string[] {
		const all = this.#deps.methodology.taxonomy.categories.map((c) => c.id);
		let shown = this.categories.length ? all.filter((id) => this.categories.includes(id)) : all;
		if (this.targetGroup) {
			const forGroup = categoriesForTargetGroup(
				this.targetGroup,
				this.needs,
				this.#deps.methodology.means.means,
				all
			);
			shown = shown.filter((id) => forGroup.includes(id));
		}
		return shown;
	}

	/** The areas ranked by gap over the shown categories. */
	get ranking(): AreaGapRank[] {
		const scores = this.scores;
		if (!scores) return [];
		const columns = this.shownCategories.map((id) => scores.categoryIds.indexOf(id));
		const sortBy = this.sortBy === null ? null : scores.categoryIds.indexOf(this.sortBy);
		return rankByGap(scores, columns, sortBy !== null && sortBy >= 0 ? sortBy : null);
	}

	/** The chosen areas side by side; null until two are chosen. */
	get compared(): SideBySide | null {
		if (!this.scores || this.chosen.length < 2) return null;
		// The indicators scoring uses (weight above 0), in the methodology's order.
		const used = this.params.categories.flatMap((c) =>
			c.indicators.filter((i) => i.weight > 0).map((i) => i.indicator)
		);
		const indicatorIds = this.#deps.methodology.indicators
			.filter((indicator) => used.includes(indicator.id))
			.map((indicator) => indicator.id);
		return sideBySide(this.scores, this.areas, this.chosen, indicatorIds);
	}

	/** The boundary years of the chosen areas (or of the whole level when none is chosen). */
	get years(): BoundaryYears {
		const chosen = this.areas.filter((area) => this.chosen.includes(area.code));
		return boundaryYears(chosen.length ? chosen : this.areas);
	}

	/** Loads an analysis, compares at its finest level and scores it. */
	async load(id: string): Promise<void> {
		const ticket = ++this.#loading;
		this.status = 'loading';
		try {
			const data = await loadAnalysisData(this.#deps.analyses, this.#deps.db, id);
			if (ticket !== this.#loading) return;
			this.analysis = data.analysis;
			this.allAreas = data.areas;
			this.offers = data.offers;
			this.needs = data.needs;
			this.level = this.levels[0] ?? null;
			this.gemeente = null;
			this.chosen = [];
			this.scores = null;
			this.status = 'ready';
		} catch (error) {
			if (ticket === this.#loading) this.status = 'failed';
			throw error;
		}
		await this.#rescore();
	}

	/** Compares at another level (buurten or wijken); the choice side by side starts again. */
	async setLevel(level: Area['level']): Promise<void> {
		if (level === this.level || !this.levels.includes(level)) return;
		this.level = level;
		this.gemeente = null;
		this.chosen = [];
		await this.#rescore();
	}

	/** Compares the areas of one gemeente only, or of all with null; scores that set again. */
	async setGemeente(code: string | null): Promise<void> {
		if (code === this.gemeente || (code !== null && !this.gemeenten.includes(code))) return;
		this.gemeente = code;
		this.chosen = [];
		await this.#rescore();
	}

	/** Shows or hides one category. */
	toggleCategory(id: string): void {
		const all = this.#deps.methodology.taxonomy.categories.map((c) => c.id);
		const current = this.categories.length ? this.categories : all;
		const next = current.includes(id) ? current.filter((c) => c !== id) : [...current, id];
		this.categories = next.length === all.length ? [] : next;
		if (this.sortBy && !this.shownCategories.includes(this.sortBy)) this.sortBy = null;
	}

	/** Narrows the categories to one target group's, or shows all again with null. */
	setTargetGroup(id: string | null): void {
		this.targetGroup = id;
		if (this.sortBy && !this.shownCategories.includes(this.sortBy)) this.sortBy = null;
	}

	/**
	 * Adds an area to the side-by-side view, or takes it out again.
	 *
	 * @returns false when it was not added because four are chosen already
	 */
	toggleChosen(code: string): boolean {
		if (this.chosen.includes(code)) {
			this.chosen = this.chosen.filter((c) => c !== code);
			return true;
		}
		if (this.chosen.length >= maxChosen) return false;
		this.chosen = [...this.chosen, code];
		return true;
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

	/** Stops the worker. */
	dispose(): void {
		this.#deps.scoring.dispose();
	}

	async #rescore(): Promise<void> {
		const areas = this.areas;
		if (areas.length === 0) {
			this.scores = null;
			return;
		}
		this.busy = true;
		try {
			this.scores = await this.#deps.scoring.score(
				{ areas, offers: this.offers, needs: this.needs, referenceDate: this.referenceDate },
				this.params
			);
			this.busy = false;
		} catch (error) {
			if (error instanceof ScoringSupersededError) return;
			this.busy = false;
			throw error;
		}
	}
}
