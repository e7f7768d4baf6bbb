import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NabuurError } from '$lib/domain/errors';
import { emptyDraft, readDraft } from '$lib/domain/funding/draft';
import { newId } from '$lib/domain/ids';
import { proposalSchema } from '$lib/domain/records';
import { AnalysesRepository } from '$lib/storage/analyses-repository';
import { NabuurDatabase } from '$lib/storage/db';
import { addDemo } from '$lib/storage/demo-seed';
import { RecordsRepository } from '$lib/storage/records-repository';
import { demoWijk, testMethodology } from '../../test-support/demo-scores';
import { FundingState } from './funding.svelte';
import { ScoringClient } from './scoring-client.svelte';

let db: NabuurDatabase;
let analysisId: string;
const meansIds = testMethodology.means.means.map((m) => m.id);

function newState(): FundingState {
	return new FundingState({
		analyses: new AnalysesRepository(db),
		db,
		scoring: new ScoringClient(),
		methodology: testMethodology,
		clock: () => new Date('2026-11-23T10:00:00.000Z')
	});
}

function fields(title: string, meansType: string, categories: string[], areaCode: string) {
	const read = readDraft(
		{
			...emptyDraft(),
			applicant: 'Aanvrager',
			title,
			meansType,
			categories,
			areaCodes: [areaCode]
		},
		meansIds
	);
	if (!read.fields) throw new Error(JSON.stringify(read.problems));
	return read.fields;
}

beforeEach(async () => {
	db = new NabuurDatabase(`funding-${newId()}`);
	const wijk = demoWijk();
	await addDemo(db, wijk);
	analysisId = wijk.analysis.id;
});
afterEach(async () => {
	await db.delete();
});

describe('FundingState', () => {
	it('stores a request, checks it against the gaps and existing help, and ranks it', async () => {
		const state = newState();
		await state.load(analysisId);
		const busy = state.offers.find((o) => o.status === 'actief')!;
		const area = state.placement.get(busy.id)!;
		const request = await state.add(
			fields('Nieuwe app', 'buurtplatform', [busy.categories[0]], area)
		);
		const checks = state.checks.get(request.id)!;
		expect(checks.gaps.cells).toHaveLength(1);
		expect(checks.existing.offers.map((o) => o.id)).toContain(busy.id);
		expect(state.ranking.map((r) => r.id)).toEqual([request.id]);
		const stored = await new RecordsRepository(db, 'proposals', proposalSchema).listFor(analysisId);
		expect(stored.map((p) => p.title)).toEqual(['Nieuwe app']);
	});

	it('keeps scores, answers and every decision with its reason across a reload', async () => {
		const state = newState();
		await state.load(analysisId);
		const area = state.areas[0].code;
		const request = await state.add(fields('Taalcafé', 'taalcafe', ['taal'], area));
		await state.setScore(request.id, 'impact', 4);
		await state.setAnswer(request.id, 'eigenaar', 'ja');
		await state.decide(request.id, 'afgewezen', 'Eerst bestaand aanbod versterken');
		await state.decide(request.id, 'toegekend', 'Na gesprek: sluit aan bij de bibliotheek');
		await expect(state.decide(request.id, 'open', '  ')).rejects.toThrow(NabuurError);

		const again = newState();
		await again.load(analysisId);
		const [stored] = again.proposals;
		expect(stored.scores).toEqual({ impact: 4 });
		expect(stored.successAnswers).toEqual({ eigenaar: 'ja' });
		expect(stored.decision).toBe('toegekend');
		expect(stored.decisionLog?.map((e) => e.decision)).toEqual(['afgewezen', 'toegekend']);
	});

	it('deletes a request', async () => {
		const state = newState();
		await state.load(analysisId);
		const request = await state.add(
			fields('Klusdienst', 'klussendienst', ['klussen'], state.areas[0].code)
		);
		await state.remove(request.id);
		expect(state.proposals).toEqual([]);
		expect(
			await new RecordsRepository(db, 'proposals', proposalSchema).get(request.id)
		).toBeUndefined();
	});
});
