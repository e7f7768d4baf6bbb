import { describe, expect, it } from 'vitest';
import type { Action, Offer, Priority } from '../records';
import { planningRows } from './planning';

const analysisId = '00000000-0000-4000-8000-000000000001';
const meta = { rev: 1, updatedAt: '2026-11-23T10:00:00.000Z', analysisId };
const priorityId = '00000000-0000-4000-8000-0000000000aa';

function offer(
	id: string,
	name: string,
	categories: string[],
	areaCode: string,
	status: Offer['status'] = 'actief'
): Offer {
	return {
		...meta,
		id,
		name,
		organisation: '',
		kind: 'informeel-initiatief',
		categories,
		targetGroups: [],
		location: null,
		areaCode,
		reachMeters: null,
		capacity: null,
		status,
		lastVerified: null,
		description: '',
		source: ''
	};
}

const priority: Priority = {
	...meta,
	id: priorityId,
	areaCode: 'BU2',
	category: 'taal',
	rank: 1,
	dots: 4,
	goal: '',
	results: [],
	meansIds: [],
	meansNote: '',
	successAnswers: {}
};

const action: Action = {
	...meta,
	id: '00000000-0000-4000-8000-0000000000bb',
	title: 'Taalcafé',
	description: '',
	priorityIds: [priorityId],
	gapKeys: ['BU1:vervoer'],
	owner: 'Welzijnsorganisatie',
	roles: [],
	start: null,
	end: null,
	status: 'gepland'
};

describe('the planning view', () => {
	it('places an activity in the buurten of its gaps and priorities, with who else is active there', () => {
		const offers = [
			offer('o1', 'Zwemclub', ['ontmoeting'], 'BU1'),
			offer('o2', 'Taalhuis', ['taal'], 'BU2'),
			offer('o3', 'Belbus', ['vervoer'], 'BU1'),
			offer('o4', 'Gestopt initiatief', ['taal'], 'BU2', 'gestopt'),
			offer('o5', 'Elders', ['taal'], 'BU3')
		];
		const [row] = planningRows([action], [priority], offers, new Map());
		expect(row!.areaCodes).toEqual(['BU1', 'BU2']);
		expect(row!.categories).toEqual(['taal', 'vervoer']);
		// Offers for the activity's own categories come first.
		expect(row!.othersActive.map((o) => o.name)).toEqual(['Belbus', 'Taalhuis', 'Zwemclub']);
	});

	it('uses the engine placement of an offer over its stated area code', () => {
		const offers = [offer('o1', 'Belbus', ['vervoer'], 'BU9')];
		const [row] = planningRows([action], [], offers, new Map([['o1', 'BU1']]));
		expect(row!.othersActive.map((o) => o.name)).toEqual(['Belbus']);
	});
});
