import { describe, expect, it } from 'vitest';
import { areaSchema, type LonLat } from '../records';
import { planarArea } from '../geo/planar-area';
import { distinctCorners, drawnArea, drawnAreaGeometry, drawnAreaProblem } from './drawn-area';

const square: LonLat[] = [
	[5.3, 52.2],
	[5.31, 52.2],
	[5.31, 52.21],
	[5.3, 52.21]
];

describe('drawnAreaProblem', () => {
	it('accepts a simple outline in either direction', () => {
		expect(drawnAreaProblem(square)).toBeNull();
		expect(drawnAreaProblem([...square].reverse())).toBeNull();
	});

	it('asks for at least three distinct corners', () => {
		expect(drawnAreaProblem(square.slice(0, 2))).toBe('too-few-points');
		expect(drawnAreaProblem([square[0]!, square[0]!, square[1]!, square[1]!])).toBe(
			'too-few-points'
		);
	});

	it('refuses an outline whose edges cross (a bow tie)', () => {
		expect(drawnAreaProblem([square[0]!, square[2]!, square[1]!, square[3]!])).toBe(
			'self-crossing'
		);
	});

	it('refuses corners on one line', () => {
		expect(
			drawnAreaProblem([
				[5.3, 52.2],
				[5.31, 52.2],
				[5.32, 52.2]
			])
		).not.toBeNull();
	});
});

describe('drawnAreaGeometry', () => {
	it('closes the ring, turns it counter-clockwise, and makes a valid stored area', () => {
		const geometry = drawnAreaGeometry([...square].reverse());
		expect(geometry.type).toBe('Polygon');
		const ring = geometry.coordinates[0] as LonLat[];
		expect(ring[0]).toEqual(ring.at(-1));
		expect(ring).toHaveLength(5);
		let sum = 0;
		for (let i = 0; i < ring.length - 1; i++) {
			sum += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1];
		}
		expect(sum).toBeGreaterThan(0);
		expect(planarArea(geometry)).toBeGreaterThan(0);
		const area = drawnArea({
			id: crypto.randomUUID(),
			analysisId: crypto.randomUUID(),
			name: 'Ons blok',
			points: square,
			source: 'Zelf getekend',
			now: '2026-11-23T10:00:00.000Z'
		});
		expect(areaSchema.safeParse(area).success).toBe(true);
		expect(area).toMatchObject({ level: 'eigen', year: 2026, indicators: {} });
		expect(area.code).toMatch(/^EIGEN-[A-Z2-9]{8}$/);
	});

	it('drops a corner clicked twice and a closing click on the first corner', () => {
		expect(distinctCorners([...square, square[3]!, square[0]!])).toEqual(square);
	});
});
