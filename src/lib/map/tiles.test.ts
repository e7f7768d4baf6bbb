import { describe, expect, it } from 'vitest';
import { offlineTileLimit, planOfflineTiles } from './tile-plan';
import { tileUrl, tileX, tileY, tilesCovering } from './tiles';

describe('tile arithmetic', () => {
	it('finds the tile of a known place (Utrecht Dom at zoom 12)', () => {
		// Checked by hand with the OSM slippy-map formula: 5.1214 E, 52.0907 N.
		expect(tileX(5.1214, 12)).toBe(2106);
		expect(tileY(52.0907, 12)).toBe(1351);
	});

	it('covers a box with every tile from the coarse to the fine zoom, north row first', () => {
		const tiles = tilesCovering([5.29, 52.2, 5.33, 52.22], 12, 14);
		const z12 = tiles.filter((t) => t.z === 12);
		expect(z12.length).toBeGreaterThanOrEqual(1);
		expect(tiles[0]!.z).toBe(12);
		const z14 = tiles.filter((t) => t.z === 14);
		const xs = new Set(z14.map((t) => t.x));
		const ys = new Set(z14.map((t) => t.y));
		expect(z14).toHaveLength(xs.size * ys.size);
		expect(Math.min(...ys)).toBe(tileY(52.22, 14));
	});

	it('fills in a tile address', () => {
		expect(tileUrl('https://t/{z}/{x}/{y}.png', { z: 3, x: 4, y: 5 })).toBe('https://t/3/4/5.png');
	});
});

describe('planOfflineTiles', () => {
	it('keeps street level for a wijk', () => {
		const plan = planOfflineTiles([5.29, 52.2, 5.32, 52.215]);
		expect(plan.maxZoom).toBe(17);
		expect(plan.tiles.length).toBeLessThan(offlineTileLimit);
	});

	it('drops the finest levels for a large gemeente instead of filling the device', () => {
		const plan = planOfflineTiles([4.9, 51.9, 5.4, 52.2]);
		expect(plan.maxZoom).toBeLessThan(17);
		expect(plan.tiles.length).toBeLessThanOrEqual(offlineTileLimit);
		expect(tilesCovering([4.9, 51.9, 5.4, 52.2], 11, plan.maxZoom + 1).length).toBeGreaterThan(
			offlineTileLimit
		);
	});
});
