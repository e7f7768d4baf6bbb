import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '$lib/domain/ids';
import { entryKey } from '$lib/io/exchange/diff';
import { buildAnalysisFile, writeAnalysisFile } from '$lib/io/exchange/format';
import { demoData, withOfferChange } from '$lib/io/exchange/test-data';
import { NabuurDatabase } from '$lib/storage/db';
import { ExchangeRepository } from '$lib/storage/exchange-repository';
import { BackupState } from './exchange-backup.svelte';
import { AnalysisImportState, exportAnalysis } from './exchange.svelte';

let db: NabuurDatabase;
const now = () => new Date('2026-11-25T08:00:00.000Z');
const later = '2026-11-24T09:00:00.000Z';

beforeEach(() => {
	db = new NabuurDatabase(`test-${newId()}`);
});

afterEach(async () => {
	await db.delete();
});

const fileOf = (data: ReturnType<typeof demoData>, name = 'wijk.nabuur.json') =>
	new File([writeAnalysisFile(buildAnalysisFile(data, later))], name);

async function device() {
	return new ExchangeRepository(db).readDevice();
}

describe('AnalysisImportState', () => {
	it('shows every record as new on an empty device, and writes only after confirming', async () => {
		const state = new AnalysisImportState(db, now);
		await state.open(fileOf(demoData()));
		expect(state.status).toBe('preview');
		expect(state.counts?.add).toBe(state.diff?.entries.length);
		expect(await db.analyses.count()).toBe(0);
		expect(await state.confirm()).toBe(true);
		expect(await db.offers.count()).toBe(demoData().records.offers.length);
	});

	it('exports an analysis that imports back into an empty device identically', async () => {
		const state = new AnalysisImportState(db, now);
		await state.open(fileOf(demoData()));
		await state.confirm();
		const before = await device();
		const exported = await exportAnalysis(db, demoData().analysis.id, now());
		const other = new NabuurDatabase(`test-${newId()}`);
		const importer = new AnalysisImportState(other, now);
		await importer.open(new File([exported.text], exported.name));
		await importer.confirm();
		expect(await new ExchangeRepository(other).readDevice()).toEqual(before);
		await other.delete();
	});

	it('refuses a broken file with a reason and leaves the device as it was', async () => {
		const state = new AnalysisImportState(db, now);
		await state.open(fileOf(demoData()));
		await state.confirm();
		const before = await device();
		await state.open(new File(['{"format": "nabuur-analysis", "version": 2, '], 'kapot.json'));
		expect(state.status).toBe('refused');
		expect(state.refusal?.code).toBe('not-json');
		expect(await state.confirm()).toBe(false);
		expect(await device()).toEqual(before);
	});

	it('refuses a file over the size limit without reading it', async () => {
		const state = new AnalysisImportState(db, now, 100);
		await state.open(fileOf(demoData()));
		expect(state.refusal).toMatchObject({ code: 'too-large', maxBytes: 100 });
	});

	it('will not write while a conflict has no choice, and writes the choice once made', async () => {
		const state = new AnalysisImportState(db, now);
		await state.open(fileOf(withOfferChange(demoData(), 0, 'Hier', later)));
		await state.confirm();
		await state.open(fileOf(withOfferChange(demoData(), 0, 'Daar', later)));
		expect(state.counts?.conflict).toBe(1);
		expect(state.unresolved).toBe(1);
		expect(await state.confirm()).toBe(false);
		state.choose(entryKey(state.visibleEntries[0]!), 'incoming');
		expect(await state.confirm()).toBe(true);
		expect((await db.offers.get(demoData().records.offers[0]!.id))?.name).toBe('Daar');
	});
});

describe('BackupState', () => {
	it('restores a backup into a device that has other data, leaving exactly the backup', async () => {
		const state = new AnalysisImportState(db, now);
		await state.open(fileOf(demoData()));
		await state.confirm();
		await db.meta.put({ key: 'demo-offered', value: later });
		const before = await device();
		const backup = await new BackupState(db, now).create();

		const other = new NabuurDatabase(`test-${newId()}`);
		await other.meta.put({ key: 'demo-offered', value: 'elders' });
		const restorer = new BackupState(other, now);
		await restorer.open(new File([backup.text], backup.name));
		expect(restorer.status).toBe('preview');
		expect(restorer.recordCount).toBeGreaterThan(100);
		await restorer.restore();
		expect(await new ExchangeRepository(other).readDevice()).toEqual(before);
		await other.delete();
	});

	it('refuses an analysis file offered as a backup', async () => {
		const restorer = new BackupState(db, now);
		await restorer.open(fileOf(demoData()));
		expect(restorer.refusal).toEqual({ code: 'wrong-kind', kind: 'analysis' });
	});
});
