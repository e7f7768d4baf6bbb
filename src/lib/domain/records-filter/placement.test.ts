import { describe, expect, it } from 'vitest';
import { box } from '../../../test-support/shapes';
import { areaLocator, placeAtPoint, placeInArea } from './placement';

// Two neighbouring buurten, west and east, listed out of code order on purpose.
const areas = [
	{
		code: 'BU00010002',
		geometry: { type: 'Polygon' as const, coordinates: [box(5.1, 52, 5.2, 52.1)] }
	},
	{
		code: 'BU00010001',
		geometry: { type: 'Polygon' as const, coordinates: [box(5, 52, 5.1, 52.1)] }
	}
];
const locator = areaLocator(areas);

describe('placeAtPoint', () => {
	it('takes the buurt that holds the point, or none outside every buurt', () => {
		expect(placeAtPoint([5.05, 52.05], locator)).toEqual({
			location: [5.05, 52.05],
			areaCode: 'BU00010001'
		});
		expect(placeAtPoint([5.15, 52.05], locator).areaCode).toBe('BU00010002');
		expect(placeAtPoint([6, 53], locator)).toEqual({ location: [6, 53], areaCode: null });
	});
});

describe('placeInArea', () => {
	it('removes a point that lies outside the chosen buurt, so the record counts there', () => {
		const moved = placeInArea(
			{ location: [5.05, 52.05], areaCode: 'BU00010001' },
			'BU00010002',
			locator
		);
		expect(moved).toEqual({ location: null, areaCode: 'BU00010002', pointRemoved: true });
	});

	it('keeps a point that already lies in the chosen buurt', () => {
		const kept = placeInArea({ location: [5.15, 52.05], areaCode: null }, 'BU00010002', locator);
		expect(kept).toEqual({ location: [5.15, 52.05], areaCode: 'BU00010002', pointRemoved: false });
	});

	it('sets the buurt of a record without a point and removes nothing', () => {
		const placed = placeInArea({ location: null, areaCode: null }, 'BU00010001', locator);
		expect(placed).toEqual({ location: null, areaCode: 'BU00010001', pointRemoved: false });
	});

	it('removes a point inside a buurt when the record is taken out of every buurt', () => {
		const out = placeInArea({ location: [5.05, 52.05], areaCode: 'BU00010001' }, null, locator);
		expect(out).toEqual({ location: null, areaCode: null, pointRemoved: true });
		const outside = placeInArea({ location: [6, 53], areaCode: null }, null, locator);
		expect(outside.pointRemoved).toBe(false);
	});
});
