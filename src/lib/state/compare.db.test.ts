import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '$lib/domain/ids';
import { AnalysesRepository } from '$lib/storage/analyses-repository';
import { NabuurDatabase } from '$lib/storage/db';
import { addDemo } from '$lib/storage/demo-seed';
import { demoDate, demoWijk, testMethodology } from '../../test-support/demo-scores';
import { CompareAnalysesState } from './compare-analyses.svelte';
import { CompareState } from './compare.svelte';
import { ScoringClient } from './scoring-client.svelte';

let db: NabuurDatabase;
let analyses: AnalysesRepository;
let analysisId: string;

const deps = () => ({ analyses, db, scoring: new ScoringClient(), methodology: testMethodology });

beforeEach(async () => {
	db = new NabuurDatabase(`compare-${newId()}`);
	analyses = new AnalysesRepository(db);
	const wijk = demoWijk();
	await addDemo(db, wijk);
	analysisId = wijk.analysis.id;
});
afterEach(async () => {
	await db.delete();
});

describe('CompareState', () => {
	it('ranks the buurten of the analysis by their overall gap', async () => {
		const state = new CompareState(deps());
		state.referenceDate = demoDate;
		await state.load(analysisId);
		expect(state.level).toBe('buurt');
		expect(state.ranking).toHaveLength(6);
		const overall = state.ranking.map((row) => row.overall!);
		expect(overall).toEqual([...overall].sort((x, y) => y - x));
	});

	it('shows two to four buurten side by side and refuses a fifth', async () => {
		const state = new CompareState(deps());
		await state.load(analysisId);
		const codes = state.areas.map((area) => area.code);
		expect(state.toggleChosen(codes[0])).toBe(true);
		expect(state.compared).toBeNull();
		state.toggleChosen(codes[1]);
		expect(state.compared?.profiles.map((p) => p.areaCode)).toEqual(codes.slice(0, 2));
		state.toggleChosen(codes[2]);
		state.toggleChosen(codes[3]);
		expect(state.toggleChosen(codes[4])).toBe(false);
		expect(state.chosen).toEqual(codes.slice(0, 4));
	});

	it('narrows the categories by filter and by target group, and ranks by one category', async () => {
		const state = new CompareState(deps());
		await state.load(analysisId);
		state.toggleCategory('taal');
		expect(state.shownCategories).not.toContain('taal');
		expect(state.ranking[0].indices).toHaveLength(9);
		state.setTargetGroup('statushouders');
		expect(state.shownCategories.length).toBeLessThan(9);
		state.sortBy = state.shownCategories[0];
		const first = state.ranking.map((row) => row.indices[0]!);
		expect(first).toEqual([...first].sort((x, y) => y - x));
	});

	it('compares one gemeente at a time when the areas span several', async () => {
		const wijk = demoWijk();
		const other = wijk.areas.slice(0, 2).map((a, i) => ({
			...a,
			id: newId(),
			code: `BU0344010${i}`,
			analysisId
		}));
		await db.areas.bulkAdd(other);
		const state = new CompareState(deps());
		await state.load(analysisId);
		expect(state.gemeenten).toEqual(['GM0344', 'GM9999']);
		expect(state.ranking).toHaveLength(8);
		await state.setGemeente('GM0344');
		expect(state.areas.map((a) => a.code)).toEqual(['BU03440100', 'BU03440101']);
		expect(state.ranking).toHaveLength(2);
	});

	it('stores a new small-count threshold on the analysis', async () => {
		const state = new CompareState(deps());
		await state.load(analysisId);
		expect(state.threshold).toBe(5);
		await state.setThreshold(10);
		expect(state.threshold).toBe(10);
		expect((await analyses.get(analysisId)).smallCountThreshold).toBe(10);
	});
});

describe('CompareAnalysesState', () => {
	it('offers only analyses of the same gemeente, and summarises the chosen ones', async () => {
		const copy = await analyses.duplicate(analysisId, 'Kopie');
		const other = demoWijk();
		const elsewhere = {
			...other,
			analysis: { ...other.analysis, id: newId(), name: 'Elders' },
			areas: other.areas.map((a) => ({
				...a,
				id: newId(),
				code: a.code.replace(/^BU\d{4}/, 'BU0344')
			}))
		};
		elsewhere.areas.forEach((a) => (a.analysisId = elsewhere.analysis.id));
		await addDemo(db, { ...elsewhere, offers: [], needs: [] });
		const state = new CompareAnalysesState(deps());
		await state.load(analysisId);
		expect(state.candidates.map((c) => c.analysis.name)).toEqual(['Kopie']);
		expect(state.columns).toHaveLength(1);
		await state.toggle(copy.id);
		expect(state.columns.map((c) => c.analysis.id)).toEqual([analysisId, copy.id]);
		// A copy has new record ids, so sums run in another order: equal up to rounding.
		const [mine, theirs] = state.columns.map((c) => c.summary);
		expect(theirs.map((s) => [s.shortage, s.largest?.areaCode])).toEqual(
			mine.map((s) => [s.shortage, s.largest?.areaCode])
		);
		theirs.forEach((s, i) => expect(s.supply).toBeCloseTo(mine[i].supply, 9));
	});
});
