import { describe, expect, it } from 'vitest';
import { createRandom } from '../demo/random';
import { buildCellGrid, cellAt, type CellGrid } from './cell-grid';

/** The areas a grid lists for the cell of a point. */
function listed(grid: CellGrid, lon: number, lat: number): number[] {
	const cell = cellAt(grid, lon, lat);
	return cell === -1 ? [] : [...grid.items.subarray(grid.start[cell], grid.start[cell + 1])];
}

describe('buildCellGrid', () => {
	const random = createRandom(7);
	const boxes: number[] = [];
	for (let i = 0; i < 200; i++) {
		const [lon, lat] = [random.between(3, 7), random.between(50.7, 53.5)];
		boxes.push(lon, lat, lon + random.between(0, 0.3), lat + random.between(0, 0.2));
	}
	const box = Float64Array.from(boxes);
	const order = Array.from({ length: 200 }, (_, i) => i);

	it('lists an area for every point of its box, edges and corners included', () => {
		const grid = buildCellGrid(box, order);
		const missed: number[][] = [];
		for (let area = 0; area < 200; area++) {
			const [w, s, e, n] = box.subarray(area * 4, area * 4 + 4);
			const points = [
				[w, s],
				[e, n],
				[w, n],
				[e, s],
				[(w + e) / 2, (s + n) / 2]
			];
			for (let k = 0; k < 20; k++) points.push([random.between(w, e), random.between(s, n)]);
			for (const [lon, lat] of points) {
				if (!listed(grid, lon, lat).includes(area)) missed.push([area, lon, lat]);
			}
		}
		expect(missed).toEqual([]);
	});

	it('keeps the given order within every cell', () => {
		const reversed = [...order].reverse();
		const grid = buildCellGrid(box, reversed);
		for (let cell = 0; cell < grid.cols * grid.rows; cell++) {
			const areas = [...grid.items.subarray(grid.start[cell], grid.start[cell + 1])];
			expect(areas).toEqual([...areas].sort((a, b) => b - a));
		}
	});

	it('makes about the asked number of cells per area', () => {
		const grid = buildCellGrid(box, order, 8);
		expect(grid.cols * grid.rows).toBeGreaterThan(1400);
		expect(grid.cols * grid.rows).toBeLessThan(1800);
	});

	it('makes whole rows and columns for a fractional number of cells per area', () => {
		// Five boxes in a row at 1.5 cells each: 7.5 cells asked, 8 columns × 1 row made.
		const row = Float64Array.from(
			[0, 1, 2, 3, 4].flatMap((i) => [5 + i * 0.0147, 52.09, 5.0147 + i * 0.0147, 52.099])
		);
		const grid = buildCellGrid(row, [0, 1, 2, 3, 4], 1.5);
		expect(Number.isInteger(grid.cols) && Number.isInteger(grid.rows)).toBe(true);
		expect(listed(grid, 5.02, 52.095)).toEqual([1]);
		expect(grid.start[grid.cols * grid.rows]).toBe(grid.items.length);
	});

	it('answers -1 outside the grid and for NaN', () => {
		const grid = buildCellGrid(box, order);
		expect(cellAt(grid, 2, 52)).toBe(-1);
		expect(cellAt(grid, 5, 60)).toBe(-1);
		expect(cellAt(grid, Number.NaN, 52)).toBe(-1);
	});

	it('copes with no areas and with a single point-sized box', () => {
		const empty = buildCellGrid(new Float64Array(0), []);
		expect(listed(empty, 0, 0)).toEqual([]);
		const point = buildCellGrid(Float64Array.from([5, 52, 5, 52]), [0]);
		expect(listed(point, 5, 52)).toEqual([0]);
		expect(listed(point, 5, 52.1)).toEqual([]);
	});

	it('places points given as [lon, lat] pairs as it places point-sized boxes', () => {
		const lonLat = Float64Array.from({ length: 400 }, (_, i) =>
			i % 2 === 0 ? 5 + ((i * 37) % 101) / 100 : 52 + ((i * 53) % 97) / 100
		);
		const boxes = Float64Array.from(
			{ length: 800 },
			(_, i) => lonLat[2 * (i >> 2) + ((i % 4) % 2)]
		);
		const order = Array.from({ length: 200 }, (_, i) => (i * 7) % 200);
		const fromPoints = buildCellGrid(lonLat, order, 2, 2);
		const fromBoxes = buildCellGrid(boxes, order, 2);
		expect([...fromPoints.start]).toEqual([...fromBoxes.start]);
		expect([...fromPoints.items]).toEqual([...fromBoxes.items]);
		expect(fromPoints.items.length).toBe(200);
	});
});
