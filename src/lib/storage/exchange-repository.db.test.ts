import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '$lib/domain/ids';
import { buildBackup } from '$lib/io/exchange/backup';
import { diffAnalysis, entryKey } from '$lib/io/exchange/diff';
import { planImport } from '$lib/io/exchange/plan';
import { exchangeTableNames } from '$lib/io/exchange/tables';
import { demoData, withOfferChange } from '$lib/io/exchange/test-data';
import { NabuurDatabase } from './db';
import { addDemo } from './demo-seed';
import { ExchangeRepository, ImportOutdatedError } from './exchange-repository';
import { analysisTables } from './schema-versions';

let db: NabuurDatabase;
let repo: ExchangeRepository;
const later = '2026-11-24T09:00:00.000Z';

beforeEach(() => {
	db = new NabuurDatabase(`test-${newId()}`);
	repo = new ExchangeRepository(db);
});

afterEach(async () => {
	await db.delete();
});

async function storeDemo() {
	const data = demoData();
	await addDemo(db, {
		analysis: data.analysis,
		areas: data.records.areas,
		offers: data.records.offers,
		needs: data.records.needs
	});
	return data;
}

describe('the table registry of analysis files', () => {
	it('names exactly the tables storage keeps analysis records in', () => {
		expect([...exchangeTableNames].sort()).toEqual([...analysisTables].sort());
	});
});

describe('ExchangeRepository', () => {
	it('reads back an analysis with all its records, and null for one it does not have', async () => {
		const data = await storeDemo();
		const read = await repo.readAnalysis(data.analysis.id);
		expect(read?.analysis).toEqual(data.analysis);
		expect(read?.records.offers).toHaveLength(data.records.offers.length);
		expect(await repo.readAnalysis(newId())).toBeNull();
	});

	it('imports a new analysis into an empty device', async () => {
		const data = demoData();
		await repo.applyImport(planImport(diffAnalysis(data, null), {}, later));
		const read = await repo.readAnalysis(data.analysis.id);
		expect(read?.records.needs).toHaveLength(data.records.needs.length);
	});

	it('writes a resolved conflict and a change together', async () => {
		const stored = await storeDemo();
		const local = withOfferChange(stored, 1, 'Lokaal', later);
		await repo.applyImport(planImport(diffAnalysis(local, stored), {}, later));
		const file = withOfferChange(withOfferChange(stored, 1, 'Uit bestand', later), 2, 'Ook', later);
		const diff = diffAnalysis(file, (await repo.readAnalysis(stored.analysis.id))!);
		const conflict = diff.entries.find((e) => e.kind === 'conflict')!;
		await repo.applyImport(planImport(diff, { [entryKey(conflict)]: 'incoming' }, later));
		const offers = (await repo.readAnalysis(stored.analysis.id))!.records.offers;
		const byId = new Map(offers.map((o) => [o.id, o]));
		expect(byId.get(stored.records.offers[1]!.id)).toMatchObject({ name: 'Uit bestand', rev: 3 });
		expect(byId.get(stored.records.offers[2]!.id)).toMatchObject({ name: 'Ook', rev: 2 });
	});

	it('writes nothing when a record changed after the comparison', async () => {
		const stored = await storeDemo();
		const file = withOfferChange(withOfferChange(stored, 0, 'Een', later), 1, 'Twee', later);
		const plan = planImport(diffAnalysis(file, stored), {}, later);
		const offer = stored.records.offers[1]!;
		await db.offers.put({ ...offer, name: 'Ander tabblad', rev: 5 });
		await expect(repo.applyImport(plan)).rejects.toBeInstanceOf(ImportOutdatedError);
		expect((await db.offers.get(stored.records.offers[0]!.id))?.name).toBe(
			stored.records.offers[0]!.name
		);
	});

	it('refuses to add a record whose id another analysis already uses', async () => {
		const stored = await storeDemo();
		const other = demoData();
		other.analysis = { ...other.analysis, id: newId() };
		other.records.areas = other.records.areas.map((r) => ({ ...r, analysisId: other.analysis.id }));
		other.records.offers = other.records.offers.map((r) => ({
			...r,
			analysisId: other.analysis.id
		}));
		other.records.needs = other.records.needs.map((r) => ({ ...r, analysisId: other.analysis.id }));
		const plan = planImport(diffAnalysis(other, null), {}, later);
		await expect(repo.applyImport(plan)).rejects.toBeInstanceOf(ImportOutdatedError);
		expect(await db.analyses.count()).toBe(1);
		expect((await db.offers.get(stored.records.offers[0]!.id))?.analysisId).toBe(
			stored.analysis.id
		);
	});

	it('restores a backup into an empty device exactly, and replaces what a device held', async () => {
		await storeDemo();
		await db.meta.put({ key: 'demo-offered', value: later });
		const device = await repo.readDevice();
		const backup = structuredClone(buildBackup(device, later));

		const fresh = new NabuurDatabase(`test-${newId()}`);
		const target = new ExchangeRepository(fresh);
		const stray = demoData();
		stray.analysis = { ...stray.analysis, id: newId(), name: 'Weg ermee' };
		await fresh.analyses.add(stray.analysis);
		await target.restoreDevice(backup);
		expect(await target.readDevice()).toEqual(device);
		await fresh.delete();
	});

	it('keeps everything as it was when a restore fails halfway', async () => {
		const data = await storeDemo();
		const before = await repo.readDevice();
		const broken = structuredClone(before);
		broken.records.needs.push({ ...broken.records.needs[0]!, id: newId(), count: -1 });
		broken.analyses = [{ ...data.analysis, name: 'Nieuw' }];
		await expect(repo.restoreDevice(broken)).rejects.toThrow(/needs.count/);
		expect(await repo.readDevice()).toEqual(before);
	});
});
