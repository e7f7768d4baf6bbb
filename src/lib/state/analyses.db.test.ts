import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '$lib/domain/ids';
import { AnalysesRepository } from '$lib/storage/analyses-repository';
import { NabuurDatabase } from '$lib/storage/db';
import { AnalysesState } from './analyses.svelte';
import { makeDemo } from './database';
import { methodology } from './methodology';

let db: NabuurDatabase;
let state: AnalysesState;

beforeEach(() => {
	db = new NabuurDatabase(`state-${newId()}`);
	state = new AnalysesState(new AnalysesRepository(db), db, makeDemo);
});
afterEach(async () => {
	await db.delete();
});

describe('AnalysesState', () => {
	it('shows the demo wijk with its counts after the first load', async () => {
		expect(state.status).toBe('loading');
		await state.load();
		expect(state.status).toBe('ready');
		expect(state.list.map((a) => a.name)).toEqual(['Voorbeeldwijk']);
		expect(state.counts[state.list[0]!.id]).toMatchObject({ areas: 6, offers: 40, needs: 60 });
	});

	it('records the shipped methodology version on a new analysis', async () => {
		await state.load();
		const created = await state.create('Zuilen 2027');
		expect(created.methodologyVersion).toBe(methodology.manifest.version);
		expect(state.list[0]!.id).toBe(created.id);
	});

	it('keeps its list in step with rename, duplicate and remove', async () => {
		await state.load();
		const [demo] = state.list;
		await state.rename(demo!.id, 'Oefenwijk');
		const copy = await state.duplicate(demo!.id, 'Oefenwijk (kopie)');
		expect(state.list.map((a) => a.name).sort()).toEqual(['Oefenwijk', 'Oefenwijk (kopie)']);
		expect(state.counts[copy.id]).toEqual(state.counts[demo!.id]);
		await state.remove(demo!.id);
		expect(state.list.map((a) => a.name)).toEqual(['Oefenwijk (kopie)']);
		expect(state.counts[demo!.id]).toBeUndefined();
	});

	it('reports failure when storage cannot be opened', async () => {
		db.close();
		await db.delete();
		const broken = new NabuurDatabase(`broken-${newId()}`);
		broken.on('ready', () => {
			throw new Error('IndexedDB is not available');
		});
		const failing = new AnalysesState(new AnalysesRepository(broken), broken, makeDemo);
		await expect(failing.load()).rejects.toMatchObject({ kind: 'storage-unavailable' });
		expect(failing.status).toBe('failed');
	});
});
