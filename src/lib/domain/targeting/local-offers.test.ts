import { describe, expect, it } from 'vitest';
import type { OfferStatus } from '../records';
import { localOffers } from './local-offers';

const offer = (id: string, name: string, status: OfferStatus, categories: string[]) => ({
	id,
	name,
	status,
	categories
});
const offers = [
	offer('1', 'Klusbus', 'actief', ['klussen']),
	offer('2', 'Buurtklussers', 'actief', ['klussen', 'ontmoeting']),
	offer('3', 'Oude klusdienst', 'gestopt', ['klussen']),
	offer('4', 'Koffieochtend', 'actief', ['ontmoeting']),
	offer('5', 'Klusbus Noord', 'actief', ['klussen']),
	offer('6', 'Reparatiecafé', 'gepauzeerd', ['klussen']),
	offer('7', 'Klussen met buren', 'gepland', ['klussen'])
];
const placement = new Map([
	['1', 'BU1'],
	['2', 'BU1'],
	['3', 'BU1'],
	['4', 'BU1'],
	['5', 'BU2'],
	['6', 'BU1'],
	['7', 'BU1']
]);

describe('localOffers', () => {
	it('lists the active offers for the category in the area, by name', () => {
		expect(localOffers(offers, placement, 'BU1', 'klussen').map((o) => o.name)).toEqual([
			'Buurtklussers',
			'Klusbus'
		]);
	});

	it('lists paused and planned offers when asked, and never stopped ones', () => {
		const dormant = localOffers(offers, placement, 'BU1', 'klussen', ['gepauzeerd', 'gepland']);
		expect(dormant.map((o) => o.name)).toEqual(['Klussen met buren', 'Reparatiecafé']);
	});

	it('lists nothing for an area without offers', () => {
		expect(localOffers(offers, placement, 'BU3', 'klussen')).toEqual([]);
	});
});
