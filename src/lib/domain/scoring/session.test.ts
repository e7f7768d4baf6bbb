import { describe, expect, it } from 'vitest';
import { readMethodology } from '../../../test-support/methodology';
import { box } from '../../../test-support/shapes';
import type { ScoringInput } from './input';
import { scoringParams } from './params';
import { scoreGaps } from './score';
import { ScoringSession } from './session';

const params = scoringParams(readMethodology());

/** Two square buurten side by side, one offer in the first and one need in the second. */
function input(capacity: number): ScoringInput {
	const area = (code: string, west: number) => ({
		code,
		geometry: { type: 'Polygon' as const, coordinates: [box(west, 52, west + 0.01, 52.01)] },
		year: 2025,
		indicators: { inwoners: 1000, 'inwoners-65-plus-pct': west * 3 }
	});
	return {
		areas: [area('BU00010001', 5), area('BU00010002', 5.01), area('BU00010003', 5.02)],
		offers: [
			{
				id: 'o1',
				kind: Object.keys(params.defaultReachMeters)[0],
				categories: params.categories.map((c) => c.id),
				location: [5.005, 52.005],
				areaCode: null,
				reachMeters: null,
				capacity,
				status: 'actief',
				lastVerified: '2026-06-01'
			}
		],
		needs: [
			{
				id: 'n1',
				category: params.categories[0].id,
				areaCode: 'BU00010002',
				location: null,
				count: 3,
				date: '2026-06-01'
			}
		],
		referenceDate: '2026-11-23'
	};
}

describe('ScoringSession', () => {
	it('scores kept data again with new weights as scoring from scratch does', () => {
		const session = new ScoringSession();
		const data = input(10);
		expect([...session.score(data, params).index]).toEqual([...scoreGaps(data, params).index]);
		const other = { ...params, observedShare: 0.9 };
		expect([...session.score(null, other).supply]).toEqual([...scoreGaps(data, other).supply]);
		expect([...session.score(null, other).index]).toEqual([...scoreGaps(data, other).index]);
	});

	it('prepares new data, and prepares again when a parameter beyond the weights changes', () => {
		const session = new ScoringSession();
		session.score(input(10), params);
		const more = input(40);
		expect([...session.score(more, params).supply]).toEqual([...scoreGaps(more, params).supply]);
		const nearer = { ...params, distanceHalfLifeMeters: 100 };
		expect([...session.score(null, nearer).supply]).toEqual([...scoreGaps(more, nearer).supply]);
	});

	it('refuses to score again before it was given data', () => {
		expect(() => new ScoringSession().score(null, params)).toThrow(RangeError);
	});
});
