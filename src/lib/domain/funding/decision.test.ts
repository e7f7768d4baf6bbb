import { describe, expect, it } from 'vitest';
import { NabuurError } from '../errors';
import type { Proposal } from '../records';
import { decide } from './decision';

const open: Pick<Proposal, 'decision' | 'decisionReason' | 'decisionLog'> = {
	decision: 'open',
	decisionReason: ''
};

describe('decide', () => {
	it('sets the decision and keeps every earlier one in the log', () => {
		const first = decide(
			open,
			'afgewezen',
			' Dubbel met twee platforms ',
			'2026-11-23T10:00:00.000Z'
		);
		const second = decide(
			first,
			'toegekend',
			'Na bezwaar: sluit aan op bestaand platform',
			'2026-12-01T09:00:00.000Z'
		);
		expect(second.decision).toBe('toegekend');
		expect(second.decisionReason).toBe('Na bezwaar: sluit aan op bestaand platform');
		expect(second.decisionLog).toEqual([
			{
				at: '2026-11-23T10:00:00.000Z',
				decision: 'afgewezen',
				reason: 'Dubbel met twee platforms'
			},
			{
				at: '2026-12-01T09:00:00.000Z',
				decision: 'toegekend',
				reason: 'Na bezwaar: sluit aan op bestaand platform'
			}
		]);
	});

	it('refuses a decision without a reason and changes nothing', () => {
		expect(() => decide(open, 'toegekend', '   ', '2026-11-23T10:00:00.000Z')).toThrow(NabuurError);
		expect(open).toEqual({ decision: 'open', decisionReason: '' });
	});
});
