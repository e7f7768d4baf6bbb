import type { Need, Offer } from '../records';

// Small offers and needs for the tests of this folder: every field filled with a plain default,
// so each test states only what it is about.

let next = 0;

function id(): string {
	next++;
	return `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`;
}

/** An active informal offer for boodschappen in BU00010001, without a point, unless overridden. */
export function offer(fields: Partial<Offer> = {}): Offer {
	return {
		id: id(),
		rev: 1,
		updatedAt: '2026-01-01T00:00:00.000Z',
		analysisId: '10000000-0000-4000-8000-000000000000',
		name: 'Boodschappenhulp',
		organisation: '',
		kind: 'informeel-initiatief',
		categories: ['boodschappen'],
		targetGroups: [],
		location: null,
		areaCode: 'BU00010001',
		reachMeters: null,
		capacity: null,
		status: 'actief',
		lastVerified: null,
		description: '',
		source: 'wijkschouw',
		...fields
	};
}

/** A need for vervoer of eenzame ouderen in BU00010001, without a point, unless overridden. */
export function need(fields: Partial<Need> = {}): Need {
	return {
		id: id(),
		rev: 1,
		updatedAt: '2026-01-01T00:00:00.000Z',
		analysisId: '10000000-0000-4000-8000-000000000000',
		category: 'vervoer',
		targetGroup: 'eenzame-ouderen',
		areaCode: 'BU00010001',
		location: null,
		count: 10,
		countUnit: 'personen',
		source: 'gesprek',
		date: '2026-01-01',
		confidence: 'middel',
		note: '',
		...fields
	};
}
