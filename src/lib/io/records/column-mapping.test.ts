import { describe, expect, it } from 'vitest';
import { normaliseHeader, suggestMapping } from './column-mapping';

describe('normaliseHeader', () => {
	it('ignores case, spaces, underscores, hyphens, accents and a trailing remark', () => {
		expect(normaliseHeader(' Hulp_Categorieën (max 3) ')).toBe('hulpcategorieen');
		expect(normaliseHeader('Lengte-graad')).toBe('lengtegraad');
	});
});

describe('suggestMapping', () => {
	it('maps Dutch offer headers', () => {
		const columns = ['Naam', 'Organisatie', 'Soort', 'Categorieën', 'Doelgroepen', 'Buurtcode'];
		expect(suggestMapping(columns, 'offer')).toMatchObject({
			name: 0,
			organisation: 1,
			kind: 2,
			categories: 3,
			targetGroups: 4,
			areaCode: 5,
			lon: null,
			description: null
		});
	});

	it('maps English need headers', () => {
		const columns = ['category', 'target_group', 'area', 'lng', 'lat', 'count', 'date', 'note'];
		expect(suggestMapping(columns, 'need')).toEqual({
			category: 0,
			targetGroup: 1,
			areaCode: 2,
			lon: 3,
			lat: 4,
			location: null,
			count: 5,
			countUnit: null,
			source: null,
			date: 6,
			confidence: null,
			note: 7
		});
	});

	it('takes x and y as longitude and latitude', () => {
		expect(suggestMapping(['x', 'y'], 'need')).toMatchObject({ lon: 0, lat: 1 });
	});

	it('prefers the more telling header when two could fit', () => {
		expect(suggestMapping(['buurt', 'buurtcode'], 'need').areaCode).toBe(1);
	});

	it('matches a header that starts with a known name when no header matches exactly', () => {
		expect(suggestMapping(['Datum signaal', 'Aantal (geschat)'], 'need')).toMatchObject({
			date: 0,
			count: 1
		});
	});

	it('gives each column to one field only', () => {
		const mapping = suggestMapping(['toelichting'], 'need');
		expect(Object.values(mapping).filter((c) => c === 0)).toHaveLength(1);
	});

	it('maps nothing for unknown headers', () => {
		const mapping = suggestMapping(['foo', 'bar'], 'offer');
		expect(Object.values(mapping).every((c) => c === null)).toBe(true);
	});
});
