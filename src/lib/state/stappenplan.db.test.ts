import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '$lib/domain/ids';
import { AnalysesRepository } from '$lib/storage/analyses-repository';
import { NabuurDatabase } from '$lib/storage/db';
import { addDemo } from '$lib/storage/demo-seed';
import { diffSnapshots } from '$lib/domain/stappenplan/snapshot-diff';
import { demoWijk, testMethodology } from '../../test-support/demo-scores';
import { Stappenplan } from './stappenplan.svelte';

let db: NabuurDatabase;
let analysisId: string;

function open(): Stappenplan {
	return new Stappenplan({
		analyses: new AnalysesRepository(db),
		db,
		methodology: testMethodology
	});
}

beforeEach(async () => {
	db = new NabuurDatabase(`stappenplan-${newId()}`);
	const wijk = demoWijk();
	await addDemo(db, wijk);
	analysisId = wijk.analysis.id;
});
afterEach(async () => {
	await db.delete();
});

describe('the stappenplan state', () => {
	it('saves what the team types and finds it again after closing, with each step’s progress', async () => {
		const first = open();
		await first.load(analysisId);
		first.steps.writeNotes('start', 'Bewoners trekken');
		first.steps.check('start', 'team', true);
		first.steps.decide('start', 'leiding', 'bewoners');
		first.steps.markDone('wijkbeeld', true);
		await first.flush();
		first.dispose();

		const again = open();
		await again.load(analysisId);
		expect(again.steps.work('start')).toMatchObject({
			status: 'bezig',
			notes: 'Bewoners trekken',
			checklist: { team: true },
			decisions: { leiding: 'bewoners' }
		});
		expect(again.steps.work('wijkbeeld').status).toBe('klaar');
		expect(again.steps.work('gaten').status).toBe('open');
		// One record per step, however often it was saved.
		expect(await db.stepRecords.where('analysisId').equals(analysisId).count()).toBe(2);
		again.dispose();
	});

	it('hides the dots until all three participants have voted, then ranks the gaps', async () => {
		const state = open();
		await state.load(analysisId);
		const candidates = state.scored.slice(0, 4).map((g) => g.key);
		await state.voting.startRound({
			mode: 'apparaat',
			participants: 3,
			dotsPerParticipant: 2,
			candidates
		});
		const [a, b, c] = candidates as [string, string, string];
		expect(await state.voting.cast({ [a]: 3 })).toEqual({ kind: 'too-many', used: 3, allowed: 2 });
		expect(await state.voting.cast({ [a]: 1, [c]: 1 })).toBeNull();
		expect(await state.voting.cast({ [c]: 2 })).toBeNull();
		expect(state.voting.visible).toBe(false);
		expect(state.voting.ranked((k) => state.indexOf(k))).toEqual([]);
		expect(await state.voting.cast({ [b]: 1, [c]: 1 })).toBeNull();
		expect(state.voting.next).toBeNull();
		const ranked = state.voting.ranked((k) => state.indexOf(k));
		expect(ranked.slice(0, 2)).toEqual([
			{ key: c, dots: 4, place: 1 },
			{ key: a, dots: 1, place: 2 }
		]);

		await state.voting.confirm(
			ranked.slice(0, 2).map((r) => ({ ...parseKey(r.key), dots: r.dots }))
		);
		const reopened = open();
		await reopened.load(analysisId);
		expect(reopened.voting.visible).toBe(true);
		expect(reopened.voting.priorities.map((p) => `${p.areaCode}:${p.category}`)).toEqual([c, a]);
		state.dispose();
		reopened.dispose();
	});

	it('replaces an earlier paper tally instead of adding to it', async () => {
		const state = open();
		await state.load(analysisId);
		const [a, b] = state.scored.slice(0, 2).map((g) => g.key) as [string, string];
		await state.voting.startRound({
			mode: 'papier',
			participants: 1,
			dotsPerParticipant: 3,
			candidates: [a, b]
		});
		await state.voting.enterPaperTally({ [a]: 7, [b]: 2 });
		await state.voting.enterPaperTally({ [a]: 5, [b]: 0 });
		expect(state.voting.ranked(() => null)).toEqual([
			{ key: a, dots: 5, place: 1 },
			{ key: b, dots: 0, place: 2 }
		]);
		expect(await db.votes.where('analysisId').equals(analysisId).count()).toBe(1);
		state.dispose();
	});

	it('takes a snapshot that shows no change until an offer is paused', async () => {
		const state = open();
		await state.load(analysisId);
		const snapshot = await state.plan.takeSnapshot('Ronde 1', state.snapshotNow());
		expect(snapshot.gaps).toHaveLength(state.scored.length);
		expect(diffSnapshots(snapshot, state.snapshotNow()).offersStatusChanged).toEqual([]);

		const offer = state.gaps.offers[0]!;
		state.gaps.offers = [{ ...offer, status: 'gepauzeerd' }, ...state.gaps.offers.slice(1)];
		const diff = diffSnapshots(snapshot, state.snapshotNow());
		expect(diff.offersStatusChanged.map((c) => c.offer.id)).toEqual([offer.id]);
		state.dispose();
	});
});

function parseKey(key: string): { areaCode: string; category: string } {
	const [areaCode, category] = key.split(':') as [string, string];
	return { areaCode, category };
}
