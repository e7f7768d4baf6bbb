import { describe, expect, it } from 'vitest';
import type { AreaGeometry, LonLat } from '../records';
import { flattenAreas } from './flatten';
import { pointInArea } from './point-in-area';
import { box } from '../../../test-support/shapes';

/** A closed axis-parallel ring from (west, south) to (east, north), counter-clockwise. */
/** Whether the single area of `geometry` holds each point. */
function inside(geometry: AreaGeometry, points: LonLat[]): boolean[] {
	const flat = flattenAreas([geometry]);
	return points.map(([lon, lat]) => pointInArea(flat, 0, lon, lat));
}

describe('pointInArea', () => {
	it('puts a point in the ring inside and one in its hole outside', () => {
		const geometry: AreaGeometry = {
			type: 'Polygon',
			coordinates: [box(0, 0, 4, 4), box(1, 1, 3, 3)]
		};
		expect(
			inside(geometry, [
				[0.5, 0.5],
				[2, 2],
				[3.5, 2],
				[5, 2],
				[-1, 2],
				[2, 5]
			])
		).toEqual([true, false, true, false, false, false]);
	});

	it('gives the same answer whichever way the rings run', () => {
		const ring = box(0, 0, 4, 4);
		const hole = box(1, 1, 3, 3);
		const points: LonLat[] = [
			[0.5, 0.5],
			[2, 2],
			[5, 5]
		];
		const forward = inside({ type: 'Polygon', coordinates: [ring, hole] }, points);
		const reversed = inside(
			{ type: 'Polygon', coordinates: [[...ring].reverse(), [...hole].reverse()] },
			points
		);
		expect(reversed).toEqual(forward);
	});

	it('holds points in every polygon of a multipolygon, including an island in a hole', () => {
		const geometry: AreaGeometry = {
			type: 'MultiPolygon',
			coordinates: [
				[box(0, 0, 4, 4), box(1, 1, 3, 3)],
				[box(1.5, 1.5, 2.5, 2.5)],
				[box(10, 0, 11, 1)]
			]
		};
		expect(
			inside(geometry, [
				[0.5, 0.5],
				[1.2, 1.2],
				[2, 2],
				[10.5, 0.5],
				[7, 0.5]
			])
		).toEqual([true, false, true, true, false]);
	});

	it('fills both lobes of a bow-tie and nothing above or below its crossing', () => {
		const bowTie: LonLat[] = [
			[0, 0],
			[2, 2],
			[2, 0],
			[0, 2],
			[0, 0]
		];
		const geometry: AreaGeometry = { type: 'Polygon', coordinates: [bowTie] };
		expect(
			inside(geometry, [
				[0.3, 1],
				[1.7, 1],
				[1, 0.3],
				[1, 1.7]
			])
		).toEqual([true, true, false, false]);
	});

	it('copes with a ring that touches itself and a hole that touches the ring at a vertex', () => {
		// Two squares joined at (2, 2) by one ring, as WK019701 joins ring and hole in CBS data.
		const figureEight: LonLat[] = [
			[0, 0],
			[2, 0],
			[2, 2],
			[4, 2],
			[4, 4],
			[2, 4],
			[2, 2],
			[0, 2],
			[0, 0]
		];
		const touchingHole: LonLat[] = [
			[0, 0],
			[1, 0.5],
			[0.5, 1],
			[0, 0]
		];
		const geometry: AreaGeometry = { type: 'Polygon', coordinates: [figureEight, touchingHole] };
		expect(
			inside(geometry, [
				[1.5, 0.5],
				[3, 3],
				[3, 1],
				[1, 3],
				[0.4, 0.4],
				[1.8, 1.8]
			])
		).toEqual([true, true, false, false, false, true]);
	});

	it('counts a point on a west or south edge as inside and on an east or north edge as outside', () => {
		const geometry: AreaGeometry = { type: 'Polygon', coordinates: [box(0, 0, 2, 2)] };
		expect(
			inside(geometry, [
				[0, 1],
				[1, 0],
				[2, 1],
				[1, 2],
				[0, 0],
				[2, 2]
			])
		).toEqual([true, true, false, false, true, false]);
	});

	it('gives a point on an edge shared by two areas to exactly one of them, slanted edges included', () => {
		// Two triangles split a square along its diagonal, each ring running its own way.
		const flat = flattenAreas([
			{
				type: 'Polygon',
				coordinates: [
					[
						[0, 0],
						[3, 0],
						[3, 7],
						[0, 0]
					]
				]
			},
			{
				type: 'Polygon',
				coordinates: [
					[
						[0, 0],
						[0, 7],
						[3, 7],
						[0, 0]
					]
				]
			}
		]);
		for (let i = 1; i < 100; i++) {
			const t = i / 100;
			const [lon, lat] = [3 * t, 7 * t];
			expect(Number(pointInArea(flat, 0, lon, lat)) + Number(pointInArea(flat, 1, lon, lat))).toBe(
				1
			);
		}
	});

	it('finds nothing in an area whose rings were all degenerate', () => {
		const flat = flattenAreas([
			{
				type: 'Polygon',
				coordinates: [
					[
						[0, 0],
						[1, 1],
						[0, 0]
					]
				]
			}
		]);
		expect(pointInArea(flat, 0, 0.5, 0.5)).toBe(false);
	});
});
