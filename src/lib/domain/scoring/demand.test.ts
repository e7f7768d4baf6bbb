import { describe, expect, it } from 'vitest';
import { demandCell, type DemandCellResult } from './demand';
import { standardise } from './standardise';
import { verificationFactor } from './supply';
import { readMethodology } from '../../../test-support/methodology';
import { scoringParams } from './params';

describe('demandCell', () => {
	const emptyResult = (): DemandCellResult => ({
		demand: -1,
		cbsDemand: -1,
		index: -1,
		missingWeightShare: -1
	});

	it('reproduces the worked example of methodology/README.md (vervoer, one buurt)', () => {
		const contributions = new Float64Array(6);
		const result = emptyResult();
		const scored = demandCell(
			{
				weights: [
					{ indicator: 'afstand-huisarts-km', weight: 2, direction: 1 },
					{ indicator: 'afstand-supermarkt-km', weight: 1, direction: 1 },
					{ indicator: 'inwoners-65-plus-pct', weight: 1.5, direction: 1 },
					{ indicator: 'wmo-clienten-per-1000', weight: 1, direction: 1 }
				],
				z: [[1.2], [0.4], [0.8], [Number.NaN]].map((v) => Float64Array.from(v)),
				area: 0,
				observed: 1.5,
				observedInSet: true,
				observedShare: 0.5,
				relativeSupply: 3 / 6,
				contributions,
				contributionsAt: 0
			},
			result
		);
		expect(scored).toBe(true);
		expect(result.cbsDemand).toBeCloseTo(0.889, 3);
		expect(result.demand).toBeCloseTo(1.194, 3);
		expect(result.index).toBeCloseTo(133.9, 1);
		expect(result.missingWeightShare).toBeCloseTo(1 / 5.5, 10);
		expect([...contributions].map((p) => Math.round(p * 10) / 10)).toEqual([
			5.3,
			0.9,
			2.7,
			Number.NaN,
			15,
			10
		]);
	});

	it('gives no score when no figure is known and the set has no observed need', () => {
		const result = emptyResult();
		const scored = demandCell(
			{
				weights: [{ indicator: 'x', weight: 1, direction: 1 }],
				z: [Float64Array.from([Number.NaN])],
				area: 0,
				observed: 0,
				observedInSet: false,
				observedShare: 0.5,
				relativeSupply: 0,
				contributions: new Float64Array(3),
				contributionsAt: 0
			},
			result
		);
		expect(scored).toBe(false);
		expect(result).toEqual(emptyResult());
	});

	it('lets observed needs carry all of demand when no figure is known', () => {
		const contributions = new Float64Array(3);
		const result = emptyResult();
		const scored = demandCell(
			{
				weights: [{ indicator: 'x', weight: 1, direction: -1 }],
				z: [Float64Array.from([Number.NaN])],
				area: 0,
				observed: 2,
				observedInSet: true,
				observedShare: 0.5,
				relativeSupply: 1,
				contributions,
				contributionsAt: 0
			},
			result
		);
		expect(scored).toBe(true);
		expect(result.demand).toBe(2);
		expect(result.index).toBe(140);
		expect(contributions[1]).toBe(40);
		expect(result.missingWeightShare).toBe(1);
	});
});

describe('standardise', () => {
	const all = new Uint8Array(5).fill(1);

	it('leaves a missing value missing instead of reading it as zero', () => {
		const z = standardise(Float64Array.from([1, 2, 3, Number.NaN, 4]), all, 3, false);
		expect(Number.isNaN(z[3])).toBe(true);
		// Mean 2.5 over the four known values, not 2 over five.
		expect(z[0]).toBeCloseTo((1 - 2.5) / Math.sqrt(1.25), 10);
	});

	it('drops a variable with fewer than the minimum known values or no spread', () => {
		const few = standardise(
			Float64Array.from([1, 2, Number.NaN, Number.NaN, Number.NaN]),
			all,
			3,
			false
		);
		expect([...few].every(Number.isNaN)).toBe(true);
		const flat = standardise(Float64Array.from([4, 4, 4, 4, 4]), all, 3, false);
		expect([...flat].every(Number.isNaN)).toBe(true);
		const flatZero = standardise(Float64Array.from([0, 0, 0, 0, 0]), all, 1, true);
		expect([...flatZero]).toEqual([0, 0, 0, 0, 0]);
	});

	it('clips extreme values at three standard deviations', () => {
		const values = new Float64Array(20).fill(0);
		values[0] = 1000;
		const z = standardise(values, new Uint8Array(20).fill(1), 3, false);
		expect(z[0]).toBe(3);
	});

	it('ignores areas outside the comparison set', () => {
		const z = standardise(
			Float64Array.from([1, 2, 3, 100, 4]),
			Uint8Array.from([1, 1, 1, 0, 1]),
			3,
			false
		);
		expect(Number.isNaN(z[3])).toBe(true);
		expect(z[4]).toBeCloseTo((4 - 2.5) / Math.sqrt(1.25), 10);
	});
});

describe('verificationFactor', () => {
	const params = { ...scoringParams(readMethodology()), verificationGraceMonths: 12 };
	params.verificationHalfLifeMonths = 12;

	it('counts a recently checked offer in full, then halves every half-life', () => {
		expect(verificationFactor(0, params)).toBe(1);
		expect(verificationFactor(12, params)).toBe(1);
		expect(verificationFactor(24, params)).toBeCloseTo(0.5, 12);
		expect(verificationFactor(36, params)).toBeCloseTo(0.25, 12);
	});

	it('counts an offer never checked for half', () => {
		expect(verificationFactor(null, params)).toBe(0.5);
	});
});
