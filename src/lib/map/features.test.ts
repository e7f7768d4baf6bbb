import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { demoVocabulary, generateDemoWijk } from '$lib/domain/demo/demo-wijk';
import { methodology } from '$lib/state/methodology';
import { areaShapes, boundsOf, needPoints, offerPoints } from './features';
import { categoryColours, unknownCategoryColour } from './palette';

const demo = generateDemoWijk({
	vocabulary: demoVocabulary(methodology),
	newId: () => randomUUID(),
	now: '2026-11-01T09:00:00.000Z'
});
const colours = categoryColours(methodology.taxonomy.categories);

describe('offerPoints and needPoints', () => {
	it('draw exactly the located records, each once, with its own id', () => {
		const offers = offerPoints(demo.offers, colours);
		const located = demo.offers.filter((o) => o.location !== null);
		expect(offers.features).toHaveLength(located.length);
		expect(offers.features.map((f) => f.properties.id)).toEqual(located.map((o) => o.id));
		const needs = needPoints(demo.needs, colours, (n) => n.category);
		expect(needs.features).toHaveLength(demo.needs.filter((n) => n.location !== null).length);
	});

	it('leave a record without a location off the map', () => {
		const [first, second] = demo.offers;
		const placed = { ...second!, location: [5.3, 52.2] as [number, number] };
		const points = offerPoints([{ ...first!, location: null }, placed], colours);
		expect(points.features.map((f) => f.properties.id)).toEqual([placed.id]);
	});

	it('colour by the first category, and grey for one the methodology does not know', () => {
		const offer = { ...demo.offers[0]!, location: [5.3, 52.2] as [number, number] };
		const known = offerPoints([{ ...offer, categories: ['taal', 'vervoer'] }], colours);
		expect(known.features[0]!.properties.colour).toBe(colours.get('taal'));
		const unknown = offerPoints([{ ...offer, categories: ['onbekend'] }], colours);
		expect(unknown.features[0]!.properties.colour).toBe(unknownCategoryColour);
	});
});

describe('areaShapes', () => {
	it('carries code, name and the choropleth fill of every area', () => {
		const code = demo.areas[0]!.code;
		const shapes = areaShapes(demo.areas, new Map([[code, '#123456']]));
		expect(shapes.features).toHaveLength(demo.areas.length);
		expect(shapes.features[0]!.properties).toEqual({
			code,
			name: demo.areas[0]!.name,
			fill: '#123456'
		});
		expect(shapes.features[1]!.properties.fill).toBeNull();
	});
});

describe('boundsOf', () => {
	it('holds every area corner and every point', () => {
		const bounds = boundsOf(demo.areas, [[5.9, 52.1]])!;
		expect(bounds[2]).toBe(5.9);
		expect(bounds[1]).toBe(52.1);
		for (const area of demo.areas) {
			if (area.geometry.type !== 'Polygon') continue;
			for (const [lon, lat] of area.geometry.coordinates[0]!) {
				expect(lon).toBeGreaterThanOrEqual(bounds[0]);
				expect(lat).toBeLessThanOrEqual(bounds[3]);
			}
		}
	});

	it('is null for nothing', () => {
		expect(boundsOf([])).toBeNull();
	});
});
