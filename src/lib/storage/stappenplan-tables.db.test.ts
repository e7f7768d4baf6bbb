import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '$lib/domain/ids';
import {
	actionSchema,
	prioritySchema,
	snapshotSchema,
	stepRecordSchema,
	voteSchema
} from '$lib/domain/records';
import { AnalysesRepository } from './analyses-repository';
import { NabuurDatabase } from './db';
import { PrioritiesRepository } from './priorities-repository';
import { RecordsRepository } from './records-repository';
import { schemaVersions } from './schema-versions';

const names: string[] = [];
afterEach(async () => {
	for (const name of names.splice(0)) await new NabuurDatabase(name).delete();
});

function freshName(): string {
	const name = `stappen-${newId()}`;
	names.push(name);
	return name;
}

const method = { id: 'online-nabuurschap', version: '1.0.0' };
const stamp = { rev: 1, updatedAt: '2026-06-01T10:00:00.000Z' };

describe('the stappenplan tables', () => {
	it('upgrade a version 2 database with its step records, votes and actions intact', async () => {
		const name = freshName();
		const analysisId = newId();
		const actionId = newId();
		const v2 = new NabuurDatabase(name, schemaVersions.slice(0, 2));
		await v2.table('analyses').add({
			id: analysisId,
			...stamp,
			name: 'Ronde 1',
			description: '',
			isDemo: false,
			methodologyId: method.id,
			methodologyVersion: method.version,
			createdAt: stamp.updatedAt
		});
		await v2.table('stepRecords').add({
			id: newId(),
			...stamp,
			analysisId,
			stepId: 'start',
			status: 'bezig',
			checklist: { team: true },
			decisions: { leiding: 'bewoners' },
			notes: 'Eerste bijeenkomst'
		});
		await v2.table('votes').add({
			id: newId(),
			...stamp,
			analysisId,
			round: 1,
			participant: 'deelnemer-1',
			areaCode: 'BU00010001',
			category: 'vervoer',
			dots: 2
		});
		// An action as version 2 stored it: without priorities or an overall owner.
		await v2.table('actions').add({
			id: actionId,
			...stamp,
			analysisId,
			title: 'Belbus',
			description: '',
			gapKeys: ['BU00010001:vervoer'],
			roles: [{ party: 'bewoners', role: 'responsible', owner: 'Bewonersgroep' }],
			start: '2026-07-01',
			end: null,
			status: 'gepland'
		});
		v2.close();

		const db = new NabuurDatabase(name);
		await db.open();
		expect(db.verno).toBe(3);
		const steps = await new RecordsRepository(db, 'stepRecords', stepRecordSchema).listFor(
			analysisId
		);
		expect(steps).toEqual([
			expect.objectContaining({ stepId: 'start', decisions: { leiding: 'bewoners' } })
		]);
		const action = await new RecordsRepository(db, 'actions', actionSchema).get(actionId);
		expect(action).toMatchObject({
			title: 'Belbus',
			priorityIds: [],
			owner: '',
			start: '2026-07-01'
		});
		const votes = await new RecordsRepository(db, 'votes', voteSchema).listFor(analysisId);
		expect(votes.map((v) => v.dots)).toEqual([2]);
		const counts = await new AnalysesRepository(db).counts(analysisId);
		expect(counts).toMatchObject({
			stepRecords: 1,
			votes: 1,
			actions: 1,
			priorities: 0,
			snapshots: 0,
			votingRounds: 0
		});
		db.close();
	});

	it('keep worked-out priorities when the short list is confirmed again, and unlink removed ones', async () => {
		const db = new NabuurDatabase(freshName());
		const analysis = await new AnalysesRepository(db).create({ name: 'Wijk' }, method);
		const priorities = new PrioritiesRepository(db);
		const first = await priorities.confirm(analysis.id, [
			{ areaCode: 'BU00010001', category: 'vervoer', dots: 5 },
			{ areaCode: 'BU00010002', category: 'taal', dots: 3 }
		]);
		const records = new RecordsRepository(db, 'priorities', prioritySchema);
		await records.save({ ...first[0]!, goal: 'Vervoer naar de huisarts' });
		const actions = new RecordsRepository(db, 'actions', actionSchema);
		const action = await actions.save({
			id: newId(),
			rev: 1,
			updatedAt: stamp.updatedAt,
			analysisId: analysis.id,
			title: 'Taalcafé',
			description: '',
			priorityIds: [first[0]!.id, first[1]!.id],
			gapKeys: [],
			owner: 'Bibliotheek',
			roles: [],
			start: null,
			end: null,
			status: 'gepland'
		});

		const second = await priorities.confirm(analysis.id, [
			{ areaCode: 'BU00010003', category: 'klussen', dots: 4 },
			{ areaCode: 'BU00010001', category: 'vervoer', dots: 5 }
		]);
		expect(second.map((p) => [p.category, p.rank])).toEqual([
			['klussen', 1],
			['vervoer', 2]
		]);
		expect(second[1]).toMatchObject({ id: first[0]!.id, goal: 'Vervoer naar de huisarts' });
		expect((await records.listFor(analysis.id)).length).toBe(2);
		expect((await actions.get(action.id))?.priorityIds).toEqual([first[0]!.id]);
		await expect(
			priorities.confirm(analysis.id, [
				{ areaCode: 'BU1', category: 'taal', dots: 1 },
				{ areaCode: 'BU1', category: 'taal', dots: 1 }
			])
		).rejects.toMatchObject({ kind: 'invalid-input' });
		expect((await records.listFor(analysis.id)).length).toBe(2);
		db.close();
	});

	it('are copied with an analysis, with activities pointing at the copied priorities, and deleted with it', async () => {
		const db = new NabuurDatabase(freshName());
		const repository = new AnalysesRepository(db);
		const analysis = await repository.create({ name: 'Wijk' }, method);
		const [priority] = await new PrioritiesRepository(db).confirm(analysis.id, [
			{ areaCode: 'BU00010001', category: 'vervoer', dots: 5 }
		]);
		await new RecordsRepository(db, 'actions', actionSchema).save({
			id: newId(),
			...stamp,
			analysisId: analysis.id,
			title: 'Belbus',
			description: '',
			priorityIds: [priority!.id],
			gapKeys: ['BU00010001:vervoer'],
			owner: 'Welzijn',
			roles: [],
			start: null,
			end: null,
			status: 'gepland'
		});

		const offerId = newId();
		await db.offers.add({
			id: offerId,
			...stamp,
			analysisId: analysis.id,
			name: 'Belbus',
			organisation: '',
			kind: 'vrijwilligersorganisatie',
			categories: ['vervoer'],
			targetGroups: [],
			location: null,
			areaCode: 'BU00010001',
			reachMeters: null,
			capacity: null,
			status: 'actief',
			lastVerified: null,
			description: '',
			source: ''
		});
		await new RecordsRepository(db, 'snapshots', snapshotSchema).save({
			id: newId(),
			...stamp,
			analysisId: analysis.id,
			takenAt: stamp.updatedAt,
			label: 'Ronde 1',
			referenceDate: null,
			offers: [
				{
					id: offerId,
					name: 'Belbus',
					kind: 'vrijwilligersorganisatie',
					categories: ['vervoer'],
					areaCode: 'BU00010001',
					status: 'actief'
				}
			],
			needs: [],
			gaps: [],
			decisions: {},
			priorities: [],
			actions: []
		});

		const copy = await repository.duplicate(analysis.id, 'Kopie');
		// A snapshot of the copy still matches the copy's offers, so comparing shows no change.
		const [copiedOffer] = await db.offers.where('analysisId').equals(copy.id).toArray();
		const [copiedSnapshot] = await new RecordsRepository(db, 'snapshots', snapshotSchema).listFor(
			copy.id
		);
		expect(copiedSnapshot!.offers.map((o) => o.id)).toEqual([copiedOffer!.id]);
		const [copiedPriority] = await new RecordsRepository(db, 'priorities', prioritySchema).listFor(
			copy.id
		);
		const [copiedAction] = await new RecordsRepository(db, 'actions', actionSchema).listFor(
			copy.id
		);
		expect(copiedPriority!.id).not.toBe(priority!.id);
		expect(copiedAction!.priorityIds).toEqual([copiedPriority!.id]);

		await repository.delete(analysis.id);
		expect(await repository.counts(analysis.id)).toMatchObject({ priorities: 0, actions: 0 });
		expect(await repository.counts(copy.id)).toMatchObject({
			priorities: 1,
			actions: 1,
			snapshots: 1
		});
		db.close();
	});
});
