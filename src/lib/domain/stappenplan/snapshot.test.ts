import { describe, expect, it } from 'vitest';
import type { Action, Need, Offer, Priority, StepRecord } from '../records';
import { makeSnapshot, type SnapshotInput } from './snapshot';
import { diffSnapshots, isUnchanged } from './snapshot-diff';

const analysisId = '00000000-0000-4000-8000-000000000001';
const meta = { rev: 1, updatedAt: '2026-11-23T10:00:00.000Z', analysisId };

function offer(id: string, name: string, status: Offer['status'] = 'actief'): Offer {
	return {
		...meta,
		id,
		name,
		organisation: '',
		kind: 'informeel-initiatief',
		categories: ['klussen'],
		targetGroups: [],
		location: null,
		areaCode: 'BU1',
		reachMeters: null,
		capacity: null,
		status,
		lastVerified: null,
		description: '',
		source: 'wijkschouw'
	};
}

function need(id: string, category: string, count: number): Need {
	return {
		...meta,
		id,
		category,
		targetGroup: 'eenzame-ouderen',
		areaCode: 'BU1',
		location: null,
		count,
		countUnit: 'personen',
		source: 'gesprek',
		date: '2026-10-01',
		confidence: 'middel',
		note: ''
	};
}

function record(stepId: string, decisions: StepRecord['decisions']): StepRecord {
	return {
		...meta,
		id: `id-${stepId}`,
		stepId,
		status: 'bezig',
		checklist: {},
		decisions,
		notes: ''
	};
}

function input(change: Partial<SnapshotInput> = {}): SnapshotInput {
	return {
		offers: [offer('o1', 'Klusclub'), offer('o2', 'Buurthuis')],
		needs: [need('n1', 'vervoer', 3), need('n2', 'vervoer', 2), need('n3', 'taal', 1)],
		placement: new Map(),
		gaps: [
			{ key: 'BU1:vervoer', areaCode: 'BU1', category: 'vervoer', index: 131.24, band: 0 },
			{ key: 'BU1:taal', areaCode: 'BU1', category: 'taal', index: 95, band: 2 }
		],
		bandIds: ['groot-tekort', 'tekort', 'in-balans', 'ruim-aanbod'],
		referenceDate: '2026-11-23',
		stepRecords: [record('start', { leiding: 'bewoners' })],
		priorities: [] satisfies Priority[],
		actions: [] satisfies Action[],
		...change
	};
}

describe('snapshots', () => {
	it('sums need signals per area and category, and never keeps a single signal', () => {
		const snapshot = makeSnapshot(input());
		expect(snapshot.needs).toEqual([
			{ areaCode: 'BU1', category: 'taal', signals: 1, count: 1 },
			{ areaCode: 'BU1', category: 'vervoer', signals: 2, count: 5 }
		]);
		expect(snapshot.gaps[0]).toEqual({
			areaCode: 'BU1',
			category: 'vervoer',
			index: 131.2,
			band: 'groot-tekort'
		});
	});

	it('gives the same snapshot whatever the order of the records', () => {
		const a = makeSnapshot(input());
		const b = makeSnapshot(
			input({
				offers: [offer('o2', 'Buurthuis'), offer('o1', 'Klusclub')],
				needs: input().needs.toReversed()
			})
		);
		expect(b).toEqual(a);
	});

	it('finds nothing changed between two snapshots of the same analysis', () => {
		expect(isUnchanged(diffSnapshots(makeSnapshot(input()), makeSnapshot(input())))).toBe(true);
	});

	it('reports added, removed and paused offers, changed needs, moved gaps and changed decisions', () => {
		const before = makeSnapshot(input());
		const after = makeSnapshot(
			input({
				offers: [offer('o2', 'Buurthuis', 'gepauzeerd'), offer('o3', 'Taalmaatjes')],
				needs: [need('n1', 'vervoer', 3), need('n3', 'taal', 1)],
				gaps: [
					{ key: 'BU1:vervoer', areaCode: 'BU1', category: 'vervoer', index: 118, band: 1 },
					{ key: 'BU1:taal', areaCode: 'BU1', category: 'taal', index: 95.4, band: 2 }
				],
				stepRecords: [record('start', { leiding: 'gemeente' }), record('gaten', { overlap: 'ja' })]
			})
		);
		const diff = diffSnapshots(before, after);
		expect(diff.offersAdded.map((o) => o.name)).toEqual(['Taalmaatjes']);
		expect(diff.offersRemoved.map((o) => o.name)).toEqual(['Klusclub']);
		expect(diff.offersStatusChanged).toEqual([
			{ offer: expect.objectContaining({ name: 'Buurthuis' }), from: 'actief' }
		]);
		expect(diff.needs).toEqual([
			{ category: 'vervoer', signalsBefore: 2, signalsAfter: 1, countBefore: 5, countAfter: 3 }
		]);
		// taal moved 0.4 points: below the threshold, so not reported.
		expect(diff.gaps).toEqual([
			{
				areaCode: 'BU1',
				category: 'vervoer',
				indexBefore: 131.2,
				indexAfter: 118,
				bandBefore: 'groot-tekort',
				bandAfter: 'tekort'
			}
		]);
		expect(diff.decisions).toEqual([
			{ stepId: 'gaten', decisionId: 'overlap', before: null, after: 'ja' },
			{ stepId: 'start', decisionId: 'leiding', before: 'bewoners', after: 'gemeente' }
		]);
		expect(isUnchanged(diff)).toBe(false);
	});
});
