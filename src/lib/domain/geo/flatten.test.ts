import { describe, expect, it } from 'vitest';
import type { AreaGeometry, LonLat } from '../records';
import { flattenAreas } from './flatten';

const square: LonLat[] = [
	[0, 0],
	[2, 0],
	[2, 2],
	[0, 2],
	[0, 0]
];
const polygon = (...rings: LonLat[][]): AreaGeometry => ({ type: 'Polygon', coordinates: rings });

describe('flattenAreas', () => {
	it('copies a closed ring vertex by vertex with its bounding box', () => {
		const flat = flattenAreas([polygon(square)]);
		expect([...flat.coords]).toEqual(square.flat());
		expect([...flat.ringStart]).toEqual([0, 5]);
		expect([...flat.areaRingStart]).toEqual([0, 1]);
		expect([...flat.ringBox]).toEqual([0, 0, 2, 2]);
		expect([...flat.areaBox]).toEqual([0, 0, 2, 2]);
	});

	it('closes an open ring by repeating its first vertex', () => {
		const flat = flattenAreas([polygon(square.slice(0, 4))]);
		expect([...flat.coords]).toEqual(square.flat());
	});

	it('keeps the rings of every polygon of a multipolygon, in order, under one area', () => {
		const hole: LonLat[] = [
			[0.5, 0.5],
			[1, 0.5],
			[1, 1],
			[0.5, 0.5]
		];
		const far = square.map(([x, y]): LonLat => [x + 10, y - 5]);
		const flat = flattenAreas([
			{ type: 'MultiPolygon', coordinates: [[square, hole], [far]] },
			polygon(square)
		]);
		expect([...flat.ringStart]).toEqual([0, 5, 9, 14, 19]);
		expect([...flat.areaRingStart]).toEqual([0, 3, 4]);
		expect([...flat.areaBox]).toEqual([0, -5, 12, 2, 0, 0, 2, 2]);
		expect([...flat.ringBox.slice(4, 8)]).toEqual([0.5, 0.5, 1, 1]);
	});

	it('skips rings with fewer than four positions or non-finite coordinates instead of throwing', () => {
		const flat = flattenAreas([
			polygon(
				[
					[0, 0],
					[1, 1],
					[0, 0]
				],
				[
					[0, 0],
					[Number.NaN, 1],
					[1, 1],
					[0, 0]
				],
				square
			)
		]);
		expect(flat.ringStart).toHaveLength(2);
		expect([...flat.coords]).toEqual(square.flat());
	});

	it('leaves an area whose rings are all degenerate without rings and with a NaN box', () => {
		const flat = flattenAreas([polygon([]), polygon(square)]);
		expect(flat.areaCount).toBe(2);
		expect([...flat.areaRingStart]).toEqual([0, 0, 1]);
		expect(flat.areaBox.slice(0, 4).every(Number.isNaN)).toBe(true);
	});
});
