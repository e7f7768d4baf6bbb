import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '$lib/domain/ids';
import { needSchema, offerSchema, type Area } from '$lib/domain/records';
import { NabuurDatabase } from '$lib/storage/db';
import { RecordsRepository } from '$lib/storage/records-repository';
import { readMethodology } from '../../test-support/methodology';
import { box } from '../../test-support/shapes';
import { KaartState } from './kaart.svelte';

const { taxonomy } = readMethodology();
const analysisId = '10000000-0000-4000-8000-000000000000';

function area(code: string, name: string, west: number): Area {
	return {
		id: newId(),
		rev: 1,
		updatedAt: '2026-01-01T00:00:00.000Z',
		analysisId,
		code,
		name,
		level: 'buurt',
		year: 2025,
		geometry: { type: 'Polygon', coordinates: [box(west, 52, west + 0.1, 52.1)] },
		indicators: {},
		source: 'test'
	};
}

const areas = [area('BU00010001', 'Kerkbuurt', 5), area('BU00010002', 'Molenkwartier', 5.1)];

let db: NabuurDatabase;
let changes: number;

beforeEach(() => {
	db = new NabuurDatabase(`kaart-${newId()}`);
	changes = 0;
});

afterEach(async () => {
	await db.delete();
});

async function open(): Promise<KaartState> {
	const state = new KaartState({
		offers: new RecordsRepository(db, 'offers', offerSchema),
		needs: new RecordsRepository(db, 'needs', needSchema),
		taxonomy,
		analysisId: () => analysisId,
		areas: () => areas,
		language: () => 'nl',
		today: () => '2026-03-01',
		newId,
		now: () => '2026-03-01T10:00:00.000Z',
		onChanged: async () => {
			changes++;
		}
	});
	await state.load();
	return state;
}

/** Adds an offer through the form, in a buurt and without a point. */
async function addOffer(state: KaartState, name: string, category = 'taal'): Promise<string> {
	state.addInArea('offer', 'BU00010001');
	state.editor.offer.name = name;
	state.editor.offer.categories = [category];
	expect(await state.editor.submit()).toBe('saved');
	return state.selected!.id;
}

describe('KaartState', () => {
	it('adds an offer in a buurt without a point: stored, selected, counted as not on the map', async () => {
		const state = await open();
		state.addInArea('offer', 'BU00010001');
		expect(await state.editor.submit()).toBe('invalid');
		expect(state.editor.problemsOf('name').map((p) => p.code)).toEqual(['required']);
		expect(state.editor.problemsOf('categories').map((p) => p.code)).toEqual(['choose-one']);
		expect(state.editor.mode).toBe('add');

		state.editor.offer.name = 'Taalcafé';
		state.editor.offer.categories = ['taal'];
		expect(await state.editor.submit()).toBe('saved');
		expect(state.editor.mode).toBe('closed');
		expect(state.offers.map((o) => [o.name, o.areaCode, o.location])).toEqual([
			['Taalcafé', 'BU00010001', null]
		]);
		expect(await db.offers.count()).toBe(1);
		expect(state.selected).toEqual({ kind: 'offer', id: state.offers[0]!.id });
		expect(state.counts.offers).toEqual({ total: 1, onMap: 0, notOnMap: 1 });
		expect(state.history.notice?.text).toBe('Aanbod ‘Taalcafé’ toegevoegd.');
		expect(changes).toBe(1);
	});

	it('opens the add form at a map point with the buurt that holds it', async () => {
		const state = await open();
		state.addAt([5.15, 52.05], 'need');
		expect(state.editor.kind).toBe('need');
		expect(state.editor.need.areaCode).toBe('BU00010002');
		expect(state.editor.need.location).toEqual([5.15, 52.05]);
		state.editor.need.category = 'vervoer';
		state.editor.need.targetGroup = 'eenzame-ouderen';
		state.editor.need.count = '4';
		expect(await state.editor.submit()).toBe('saved');
		expect(state.counts.needs).toEqual({ total: 1, onMap: 1, notOnMap: 0 });
	});

	it('asks to confirm personal data before saving, then saves', async () => {
		const state = await open();
		state.addInArea('offer', null);
		state.editor.offer.name = 'Klusdienst';
		state.editor.offer.categories = ['klussen'];
		state.editor.offer.description = 'Mail klus@example.nl';
		expect(await state.editor.submit()).toBe('confirm-personal-data');
		expect(await db.offers.count()).toBe(0);
		state.editor.acknowledge();
		state.editor.offer.description = 'Mail klus@example.nl of bel 030-1234567';
		expect(state.editor.acknowledged).toBe(false);
		expect(await state.editor.submit()).toBe('confirm-personal-data');
		state.editor.acknowledge();
		expect(await state.editor.submit()).toBe('saved');
		expect(await db.offers.count()).toBe(1);
	});

	it('edits an offer and undoes the edit', async () => {
		const state = await open();
		const id = await addOffer(state, 'Taalcafé');
		state.edit({ kind: 'offer', id });
		expect(state.editor.mode).toBe('edit');
		expect(state.editor.offer.name).toBe('Taalcafé');
		state.editor.offer.name = 'Taalcafé De Brug';
		state.editor.offer.status = 'gepauzeerd';
		expect(await state.editor.submit()).toBe('saved');
		expect(state.offers[0]).toMatchObject({
			name: 'Taalcafé De Brug',
			status: 'gepauzeerd',
			rev: 2
		});
		expect(state.history.notice?.text).toBe('Aanbod ‘Taalcafé De Brug’ gewijzigd.');

		await state.undo();
		expect(state.offers[0]).toMatchObject({ name: 'Taalcafé', status: 'actief', rev: 3 });
		expect((await db.offers.get(id))?.name).toBe('Taalcafé');
		expect(state.history.notice).toMatchObject({ undoable: false });
		expect(state.history.notice?.text).toContain('Ongedaan gemaakt');
	});

	it('deletes a record and undo puts it back as it was, with the selection cleared', async () => {
		const state = await open();
		const id = await addOffer(state, 'Buurtbus', 'vervoer');
		const before = await db.offers.get(id);
		await state.remove({ kind: 'offer', id });
		expect(state.offers).toEqual([]);
		expect(await db.offers.count()).toBe(0);
		expect(state.selected).toBeNull();
		expect(state.history.notice?.text).toBe('Aanbod ‘Buurtbus’ verwijderd.');
		await state.undo();
		// Putting it back is a write of its own, so only the change time differs.
		expect(await db.offers.get(id)).toEqual({ ...before, updatedAt: expect.any(String) });
		expect(state.offers.map((o) => o.id)).toEqual([id]);
		expect(state.selected).toEqual({ kind: 'offer', id });
	});

	it('undoes an add by deleting the new record', async () => {
		const state = await open();
		await addOffer(state, 'Maaltijdhulp', 'maaltijden');
		await state.undo();
		expect(await db.offers.count()).toBe(0);
		expect(state.offers).toEqual([]);
	});

	it('does not undo over a change made elsewhere since', async () => {
		const state = await open();
		const id = await addOffer(state, 'Taalcafé');
		state.edit({ kind: 'offer', id });
		state.editor.offer.name = 'Taalhuis';
		await state.editor.submit();
		const other = new RecordsRepository(db, 'offers', offerSchema);
		await other.save({ ...(await other.get(id))!, name: 'Taalhuis Centrum' });
		const errors: unknown[] = [];
		const original = console.error;
		console.error = (...args: unknown[]) => errors.push(args);
		try {
			await state.undo();
		} finally {
			console.error = original;
		}
		expect(errors).toHaveLength(1);
		expect((await db.offers.get(id))?.name).toBe('Taalhuis Centrum');
		expect(state.history.notice?.undoable).toBe(true);
	});

	it('moves a record to a point and to another buurt, removing a point outside it, undoably', async () => {
		const state = await open();
		const id = await addOffer(state, 'Taalcafé');
		const ref = { kind: 'offer' as const, id };
		await state.moveTo(ref, [5.05, 52.05]);
		expect(state.offers[0]).toMatchObject({ location: [5.05, 52.05], areaCode: 'BU00010001' });
		expect(state.history.notice?.text).toBe('‘Taalcafé’ verplaatst naar Kerkbuurt.');

		await state.moveToArea(ref, 'BU00010002');
		expect(state.offers[0]).toMatchObject({ location: null, areaCode: 'BU00010002' });
		expect(state.history.notice?.text).toContain('Het punt op de kaart is weggehaald');
		expect(state.counts.offers.notOnMap).toBe(1);

		await state.undo();
		expect(state.offers[0]).toMatchObject({ location: [5.05, 52.05], areaCode: 'BU00010001' });
	});

	it('shows the same records in the list and the counts for a category filter', async () => {
		const state = await open();
		await addOffer(state, 'Taalcafé', 'taal');
		await addOffer(state, 'Buurtbus', 'vervoer');
		await addOffer(state, 'Taalmaatje', 'taal');
		state.filter = { ...state.filter, categories: ['taal'] };
		expect(state.visibleOffers.map((o) => o.name).sort()).toEqual(['Taalcafé', 'Taalmaatje']);
		expect(state.counts.offers.total).toBe(2);
		expect(state.categoryCounts.get('taal')?.offers.total).toBe(2);
		expect(state.categoryCounts.get('vervoer')?.offers.total).toBe(1);
		expect(state.totals.offers.total).toBe(3);
		state.filter = { ...state.filter, search: 'kerkbuurt maatje' };
		expect(state.visibleOffers.map((o) => o.name)).toEqual(['Taalmaatje']);
	});

	it('reads records stored earlier, as after a reload', async () => {
		const first = await open();
		await addOffer(first, 'Taalcafé');
		const second = await open();
		expect(second.offers.map((o) => o.name)).toEqual(['Taalcafé']);
		expect(second.status).toBe('ready');
	});

	it('removes a point outside the buurt chosen in the edit form when saving, and says so first', async () => {
		const state = await open();
		state.addAt([5.05, 52.05], 'offer');
		state.editor.offer.name = 'Buurtkamer';
		state.editor.offer.categories = ['ontmoeting'];
		expect(state.editor.pointWillBeRemoved).toBe(false);
		await state.editor.submit();
		const id = state.selected!.id;

		state.edit({ kind: 'offer', id });
		state.editor.offer.areaCode = 'BU00010002';
		expect(state.editor.pointWillBeRemoved).toBe(true);
		expect(await state.editor.submit()).toBe('saved');
		expect(state.offers[0]).toMatchObject({ location: null, areaCode: 'BU00010002' });
	});

	it('keeps the place when a new record switches between offer and need', async () => {
		const state = await open();
		state.addAt([5.15, 52.05], 'offer');
		state.editor.switchKind('need');
		expect(state.editor.kind).toBe('need');
		expect(state.editor.placement).toEqual({ location: [5.15, 52.05], areaCode: 'BU00010002' });
		state.edit({ kind: 'offer', id: 'missing' });
		expect(state.editor.kind).toBe('need');
	});

	it('leaves storage and the list unchanged when a change cannot be stored', async () => {
		const state = await open();
		const id = await addOffer(state, 'Taalcafé');
		const errors: unknown[] = [];
		const original = console.error;
		console.error = (...args: unknown[]) => errors.push(args);
		try {
			db.close();
			await state.remove({ kind: 'offer', id });
		} finally {
			console.error = original;
		}
		expect(errors).toHaveLength(1);
		expect(state.offers.map((o) => o.name)).toEqual(['Taalcafé']);
		expect(state.history.notice?.text).toBe('Aanbod ‘Taalcafé’ toegevoegd.');
	});
});
