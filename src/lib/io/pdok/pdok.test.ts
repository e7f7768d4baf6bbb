import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { sharedDataFile, sharedDataFolder } from '../../../test-support/shared-data';
import { readBoundaries } from '../cbs/boundaries';
import { readMethodology } from '../../../test-support/methodology';
import { fetchPdokAreas, maxPdokPages, nextLink, type FetchJson } from './fetch-areas';
import { parseGemeenteCode, pdokItemsUrl } from './pdok-urls';
import { simplifyGeometry, simplifyRing } from './simplify';
import { areaGeometrySchema, type LonLat } from '../../domain/records';

const page = (features: unknown[], next?: string) => ({
	type: 'FeatureCollection',
	features,
	links: next
		? [
				{ rel: 'self', href: 'x' },
				{ rel: 'next', href: next }
			]
		: [{ rel: 'self', href: 'x' }]
});

describe('pdokItemsUrl and parseGemeenteCode', () => {
	it('asks for one gemeente, as JSON, a thousand at a time', () => {
		const url = new URL(pdokItemsUrl(2024, 'buurten', 'GM0344'));
		expect(url.origin + url.pathname).toBe(
			'https://api.pdok.nl/cbs/wijken-en-buurten-2024/ogc/v1/collections/buurten/items'
		);
		expect(url.searchParams.get('gemeentecode')).toBe('GM0344');
		expect(url.searchParams.get('limit')).toBe('1000');
		expect(url.searchParams.get('f')).toBe('json');
	});

	it('reads a gemeente code however it is typed', () => {
		expect(parseGemeenteCode('GM0344')).toBe('GM0344');
		expect(parseGemeenteCode(' gm 344 ')).toBe('GM0344');
		expect(parseGemeenteCode('344')).toBe('GM0344');
		expect(parseGemeenteCode('Utrecht')).toBeNull();
		expect(parseGemeenteCode('0')).toBeNull();
		expect(parseGemeenteCode('GM03441')).toBeNull();
	});
});

describe('fetchPdokAreas', () => {
	it('follows next links until there are none, for buurten and wijken', async () => {
		const asked: string[] = [];
		const fetchJson: FetchJson = (url) => {
			asked.push(url);
			if (url.includes('collections/buurten')) {
				return Promise.resolve(page([{ n: 1 }, { n: 2 }], 'https://api.pdok.nl/b?cursor=2'));
			}
			if (url.includes('cursor=2')) return Promise.resolve(page([{ n: 3 }]));
			return Promise.resolve(page([{ n: 'w' }]));
		};
		const result = await fetchPdokAreas(fetchJson, 2024, 'GM0344');
		expect(result.counts).toEqual({ buurten: 3, wijken: 1 });
		expect(result.pages).toBe(3);
		expect(result.collection.features).toHaveLength(4);
		expect(asked[1]).toBe('https://api.pdok.nl/b?cursor=2');
	});

	it('refuses a next link to another host', () => {
		expect(() => nextLink(page([], 'https://example.org/steal'))).toThrow(/leaves PDOK/);
	});

	it('refuses an answer that is not features, and an endless chain', async () => {
		await expect(
			fetchPdokAreas(() => Promise.resolve({ error: 1 }), 2024, 'GM0344')
		).rejects.toThrow(/something else/);
		const endless: FetchJson = () => Promise.resolve(page([{}], 'https://api.pdok.nl/again'));
		await expect(fetchPdokAreas(endless, 2024, 'GM0344')).rejects.toThrow(
			new RegExp(`${maxPdokPages} pages`)
		);
	});

	it('passes a network failure on to the caller', async () => {
		await expect(
			fetchPdokAreas(() => Promise.reject(new TypeError('Failed to fetch')), 2025, 'GM0344')
		).rejects.toThrow('Failed to fetch');
	});
});

describe('simplifyRing', () => {
	it('drops points that lie on a straight edge and keeps the corners', () => {
		const ring: LonLat[] = [
			[5, 52],
			[5.0005, 52],
			[5.001, 52],
			[5.001, 52.001],
			[5, 52.001],
			[5, 52]
		];
		const simple = simplifyRing(ring, 1);
		expect(simple).toEqual([
			[5, 52],
			[5.001, 52],
			[5.001, 52.001],
			[5, 52.001],
			[5, 52]
		]);
	});

	it('keeps a ring closed and at least four points however coarse the tolerance', () => {
		const ring: LonLat[] = Array.from({ length: 40 }, (_, i) => {
			const a = (i / 39) * 2 * Math.PI;
			return [5 + 0.0001 * Math.cos(a), 52 + 0.0001 * Math.sin(a)];
		});
		ring[39] = ring[0]!;
		const simple = simplifyRing(ring, 1000);
		expect(simple.length).toBeGreaterThanOrEqual(4);
		expect(simple.at(-1)).toEqual(simple[0]);
	});
});

describe.skipIf(sharedDataFolder === null)('simplifying real buurten', () => {
	it('shrinks the Utrecht and Zeist buurten and keeps every one importable', () => {
		const methodology = readMethodology();
		const file = JSON.parse(
			readFileSync(
				sharedDataFile('cbs-2024/zeist-utrecht/buurten_2024_GM0344_GM0355.geojson'),
				'utf8'
			)
		);
		const read = readBoundaries(file, { indicators: methodology.indicators });
		const count = (g: { type: string; coordinates: unknown }) =>
			JSON.stringify(g.coordinates).length;
		let before = 0;
		let after = 0;
		for (const area of read.areas) {
			const simple = simplifyGeometry(area.geometry, 5);
			before += count(area.geometry);
			after += count(simple);
			expect(simple.type).toBe(area.geometry.type);
			expect(areaGeometrySchema.safeParse(simple).success).toBe(true);
		}
		expect(read.areas.length).toBeGreaterThan(10);
		expect(after).toBeLessThanOrEqual(before);
	});
});
