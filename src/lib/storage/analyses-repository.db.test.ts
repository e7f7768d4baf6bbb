import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoVocabulary, generateDemoWijk } from '$lib/domain/demo/demo-wijk';
import { NabuurError } from '$lib/domain/errors';
import { newId } from '$lib/domain/ids';
import { readMethodology } from '../../test-support/methodology';
import { AnalysesRepository } from './analyses-repository';
import { NabuurDatabase } from './db';
import { addDemo } from './demo-seed';

const methodology = readMethodology();
const ref = { id: methodology.manifest.id, version: methodology.manifest.version };

let db: NabuurDatabase;
let repo: AnalysesRepository;
let tick: number;

beforeEach(() => {
	db = new NabuurDatabase(`test-${newId()}`);
	tick = Date.parse('2026-11-23T09:00:00Z');
	// A clock that moves one second per reading, so "most recently changed" is well defined.
	repo = new AnalysesRepository(db, () => new Date((tick += 1000)));
});

afterEach(async () => {
	await db.delete();
});

function demo() {
	return generateDemoWijk({
		vocabulary: demoVocabulary(methodology),
		newId,
		now: '2026-11-23T08:00:00.000Z'
	});
}

describe('AnalysesRepository', () => {
	it('creates an analysis that records the methodology it was made with', async () => {
		const created = await repo.create({ name: '  Overvecht 2027 ' }, ref);
		expect(created).toMatchObject({
			name: 'Overvecht 2027',
			rev: 1,
			isDemo: false,
			methodologyVersion: ref.version
		});
		expect(await repo.get(created.id)).toEqual(created);
	});

	it('refuses an empty name and stores nothing', async () => {
		await expect(repo.create({ name: '   ' }, ref)).rejects.toMatchObject({
			kind: 'invalid-input'
		});
		expect(await repo.list()).toEqual([]);
	});

	it('lists the most recently changed analysis first', async () => {
		const a = await repo.create({ name: 'A' }, ref);
		const b = await repo.create({ name: 'B' }, ref);
		expect((await repo.list()).map((x) => x.name)).toEqual(['B', 'A']);
		await repo.rename(a.id, 'A2');
		expect((await repo.list()).map((x) => x.id)).toEqual([a.id, b.id]);
	});

	it('raises the revision on rename', async () => {
		const a = await repo.create({ name: 'A' }, ref);
		const renamed = await repo.rename(a.id, 'Zuilen');
		expect(renamed.rev).toBe(2);
		expect(renamed.updatedAt > a.updatedAt).toBe(true);
		expect((await repo.get(a.id)).name).toBe('Zuilen');
	});

	it('says not-found for an analysis that does not exist', async () => {
		const error = await repo.get(newId()).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(NabuurError);
		expect((error as NabuurError).kind).toBe('not-found');
	});

	it('duplicates an analysis with all its records under new ids', async () => {
		const wijk = demo();
		await addDemo(db, wijk);
		const copy = await repo.duplicate(wijk.analysis.id, 'Voorbeeldwijk (kopie)');
		expect(copy.id).not.toBe(wijk.analysis.id);
		expect(await repo.counts(copy.id)).toEqual(await repo.counts(wijk.analysis.id));
		const copiedOffers = await db.offers.where('analysisId').equals(copy.id).toArray();
		expect(copiedOffers).toHaveLength(wijk.offers.length);
		const originalIds = new Set(wijk.offers.map((o) => o.id));
		expect(copiedOffers.every((o) => !originalIds.has(o.id))).toBe(true);
		expect(copiedOffers.map((o) => o.name).sort()).toEqual(wijk.offers.map((o) => o.name).sort());
	});

	it('deletes an analysis with every record that belongs to it, and nothing else', async () => {
		const first = demo();
		const second = demo();
		await addDemo(db, first);
		await addDemo(db, second);
		await repo.delete(first.analysis.id);
		expect(await repo.counts(first.analysis.id)).toEqual({
			areas: 0,
			offers: 0,
			needs: 0,
			stepRecords: 0,
			votes: 0,
			actions: 0,
			proposals: 0,
			votingRounds: 0,
			priorities: 0,
			snapshots: 0
		});
		expect((await repo.counts(second.analysis.id)).offers).toBe(second.offers.length);
		expect((await repo.list()).map((a) => a.id)).toEqual([second.analysis.id]);
	});

	it('leaves nothing half-written when a duplicate fails midway', async () => {
		const wijk = demo();
		await addDemo(db, wijk);
		// Writing the needs fails after the analysis, its areas and offers were copied; the
		// transaction must roll all of it back.
		db.needs.hook('creating', () => {
			throw new Error('disk failure while copying needs');
		});
		await expect(repo.duplicate(wijk.analysis.id, 'Kopie')).rejects.toBeInstanceOf(NabuurError);
		expect(await repo.list()).toHaveLength(1);
		expect(await db.offers.count()).toBe(wijk.offers.length);
	});

	it('stores the weights a team chose with the analysis, and reads them back', async () => {
		const a = await repo.create({ name: 'A' }, ref);
		const overrides = { observedShare: 1, weights: { vervoer: { 'afstand-huisarts-km': 0 } } };
		const saved = await repo.saveScoringOverrides(a.id, overrides);
		expect(saved.rev).toBe(2);
		expect((await repo.get(a.id)).scoringOverrides).toEqual(overrides);
	});

	it('removes the chosen weights again when saved empty', async () => {
		const a = await repo.create({ name: 'A' }, ref);
		await repo.saveScoringOverrides(a.id, { observedShare: 0.2 });
		await repo.saveScoringOverrides(a.id, {});
		expect((await repo.get(a.id)).scoringOverrides).toBeUndefined();
	});

	it('refuses weights outside their range and keeps the stored ones', async () => {
		const a = await repo.create({ name: 'A' }, ref);
		await repo.saveScoringOverrides(a.id, { observedShare: 0.2 });
		await expect(repo.saveScoringOverrides(a.id, { observedShare: 1.5 })).rejects.toMatchObject({
			kind: 'invalid-input'
		});
		expect((await repo.get(a.id)).scoringOverrides).toEqual({ observedShare: 0.2 });
	});

	it('reads an analysis stored before weights could be chosen', async () => {
		const a = await repo.create({ name: 'A' }, ref);
		expect(a).not.toHaveProperty('scoringOverrides');
		expect((await repo.get(a.id)).scoringOverrides).toBeUndefined();
	});

	it('refuses a stored record that no longer matches its schema', async () => {
		const a = await repo.create({ name: 'A' }, ref);
		await db.analyses.update(a.id, { rev: 0 });
		await expect(repo.get(a.id)).rejects.toMatchObject({ kind: 'stored-data-invalid' });
	});
});
