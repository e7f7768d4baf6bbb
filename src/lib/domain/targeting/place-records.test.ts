import { describe, expect, it } from 'vitest';
import type { AreaGeometry } from '../records';
import { placeRecords } from './place-records';

const square = (x: number, y: number): AreaGeometry => ({
	type: 'Polygon',
	coordinates: [
		[
			[x, y],
			[x + 0.01, y],
			[x + 0.01, y + 0.01],
			[x, y + 0.01],
			[x, y]
		]
	]
});
const areas = [
	{ code: 'BU00000002', geometry: square(5.01, 52) },
	{ code: 'BU00000001', geometry: square(5, 52) }
];

describe('placeRecords', () => {
	it('places a record with a point in the area that contains it, whatever its code says', () => {
		const placed = placeRecords(
			[{ id: 'a', location: [5.015, 52.005], areaCode: 'BU00000001' }],
			areas
		);
		expect(placed.get('a')).toBe('BU00000002');
	});

	it('places a record without a point by its area code', () => {
		const placed = placeRecords([{ id: 'b', location: null, areaCode: 'BU00000001' }], areas);
		expect(placed.get('b')).toBe('BU00000001');
	});

	it('places nothing outside the areas, or under a code not among them', () => {
		const placed = placeRecords(
			[
				{ id: 'far', location: [6, 53], areaCode: null },
				{ id: 'other', location: null, areaCode: 'BU99999999' },
				{ id: 'none', location: null, areaCode: null }
			],
			areas
		);
		expect([...placed.values()]).toEqual([null, null, null]);
	});
});
