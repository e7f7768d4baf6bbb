import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '$lib/domain/ids';
import { AnalysesRepository } from '$lib/storage/analyses-repository';
import { NabuurDatabase } from '$lib/storage/db';
import { addDemo } from '$lib/storage/demo-seed';
import { confidenceReason } from '$lib/domain/scoring/result';
import { demoDate, demoWijk, testMethodology } from '../../test-support/demo-scores';
import { largestGap, rankReport } from './gap-ranking';
import { GapsState } from './gaps.svelte';
import { ScoringClient } from './scoring-client.svelte';

let db: NabuurDatabase;
let analyses: AnalysesRepository;
let analysisId: string;

/** A client whose answers can be held back, as a worker busy with a large set holds them. */
class HeldScoring extends ScoringClient {
	#release: (() => void) | null = null;
	#held: Promise<void> | null = null;

	hold(): void {
		this.#held = new Promise((resolve) => (this.#release = resolve));
	}

	release(): void {
		this.#release?.();
		this.#held = null;
	}

	override async score(...args: Parameters<ScoringClient['score']>) {
		const result = await super.score(...args);
		if (this.#held) await this.#held;
		return result;
	}
}

function newState(scoring: ScoringClient = new ScoringClient()): GapsState {
	// Without Web Workers (as in Node) the client scores on the calling thread.
	const state = new GapsState({
		analyses,
		db,
		scoring,
		methodology: testMethodology,
		debounceMs: 10_000
	});
	state.referenceDate = demoDate;
	return state;
}

beforeEach(async () => {
	db = new NabuurDatabase(`gaps-${newId()}`);
	analyses = new AnalysesRepository(db);
	const wijk = demoWijk();
	await addDemo(db, wijk);
	analysisId = wijk.analysis.id;
});
afterEach(async () => {
	await db.delete();
});

describe('GapsState', () => {
	it('scores every buurt of the analysis in every category and selects the largest gap', async () => {
		const state = newState();
		await state.load(analysisId);
		expect(state.status).toBe('ready');
		expect(state.scores?.areaCodes).toHaveLength(6);
		expect(state.scores?.categoryIds).toHaveLength(10);
		expect(state.selected).toEqual(largestGap(state.scores!));
		expect(state.selectedCell?.index).toBe(Math.max(...state.scores!.index));
	});

	it('places every demo offer and need in the buurt it was made for', async () => {
		const state = newState();
		await state.load(analysisId);
		for (const record of [...state.offers, ...state.needs]) {
			expect(state.placement.get(record.id)).toBe(record.areaCode);
		}
	});

	it('reports which buurten changed rank after the share of observed needs changes', async () => {
		const state = newState();
		await state.load(analysisId);
		state.select({ areaCode: state.scores!.areaCodes[0], category: 'ontmoeting' });
		const before = state.scores;
		state.setObservedShare(1);
		expect(state.busy).toBe(true);
		await state.flush();
		expect(state.scores).not.toBe(before);
		expect(state.report?.category).toBe('ontmoeting');
		expect(state.report?.changes.length).toBeGreaterThan(0);
		const moved = state.report!.changes.reduce((sum, change) => sum + change.movedUp, 0);
		expect(moved).toBe(0);
		expect(state.busy).toBe(false);
	});

	it('reports the moves of a whole edit, however many scorings it took, and starts anew after it', async () => {
		// The share typed slowly, 50 % to 100 %, and scored at 10 % on the way.
		const state = newState();
		await state.load(analysisId);
		state.select({ areaCode: state.scores!.areaCodes[0], category: 'vervoer' });
		const atHalf = state.scores!;
		state.setObservedShare(0.1);
		await state.flush();
		const atTenth = state.scores!;
		state.setObservedShare(1);
		await state.flush();
		const atWhole = state.scores!;
		expect(state.report).toEqual(rankReport(atHalf, atWhole, 'vervoer'));
		// Measured from the step on the way, the report would say something else.
		expect(state.report).not.toEqual(rankReport(atTenth, atWhole, 'vervoer'));

		// Once the edit is done, the next one is measured from where it left the scores.
		state.endEdit();
		state.setObservedShare(0.3);
		await state.flush();
		expect(state.report).toEqual(rankReport(atWhole, state.scores!, 'vervoer'));
		expect(state.report).not.toEqual(rankReport(atHalf, state.scores!, 'vervoer'));
	});

	it('starts the next edit from where the last one ended, though its scores came in after', async () => {
		const scoring = new HeldScoring();
		const state = newState(scoring);
		await state.load(analysisId);
		state.select({ areaCode: state.scores!.areaCodes[0], category: 'vervoer' });
		const atHalf = state.scores!;
		state.setObservedShare(1);
		state.endEdit();
		scoring.hold();
		const first = state.flush();
		// The reset comes while the scores for 100 % are still on their way.
		state.resetObservedShare();
		scoring.release();
		await first;
		const atWhole = state.scores!;
		expect(state.report).toEqual(rankReport(atHalf, atWhole, 'vervoer'));
		await state.flush();
		expect(state.report).toEqual(rankReport(atWhole, state.scores!, 'vervoer'));
		expect(state.report!.changes.length).toBeGreaterThan(0);
	});

	it('stores the weights with the analysis, so a new visit scores with them', async () => {
		const state = newState();
		await state.load(analysisId);
		state.setObservedShare(1);
		state.setWeight('vervoer', 'afstand-huisarts-km', 0);
		await state.flush();
		expect(state.saveStatus).toBe('saved');

		const again = newState();
		await again.load(analysisId);
		expect(again.params.observedShare).toBe(1);
		expect(again.overrides.weights).toEqual({ vervoer: { 'afstand-huisarts-km': 0 } });
		expect([...again.scores!.index]).toEqual([...state.scores!.index]);
	});

	it('goes back to the methodology weights of a category on reset', async () => {
		const state = newState();
		await state.load(analysisId);
		state.setWeight('vervoer', 'afstand-huisarts-km', 0);
		state.resetCategory('vervoer');
		await state.flush();
		expect(state.overrides).toEqual({});
		expect((await analyses.get(analysisId)).scoringOverrides).toBeUndefined();
	});

	it('stores weights not yet saved when the page closes', async () => {
		const state = newState();
		await state.load(analysisId);
		state.setObservedShare(0.3);
		state.dispose();
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect((await analyses.get(analysisId)).scoringOverrides).toEqual({ observedShare: 0.3 });
	});

	it('scores nothing for an analysis without buurten', async () => {
		const empty = await analyses.create(
			{ name: 'Leeg' },
			{ id: testMethodology.manifest.id, version: testMethodology.manifest.version }
		);
		const state = newState();
		await state.load(empty.id);
		expect(state.status).toBe('ready');
		expect(state.scores).toBeNull();
		expect(state.selectedCell).toBeNull();
	});

	it('measures ages from the reference date the team sets', async () => {
		const state = newState();
		await state.load(analysisId);
		state.setReferenceDate('2031-01-01');
		await state.flush();
		// Five years on, the demo's CBS-like figures are old everywhere: confidence drops.
		expect([...state.scores!.reasons].every((r) => r & confidenceReason.staleFigures)).toBe(true);
		expect([...state.scores!.confidence].every((level) => level >= 1)).toBe(true);
		expect(state.report).toBeNull();
	});
});
