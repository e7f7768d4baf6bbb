import { describe, expect, it } from 'vitest';
import { proposalSchema } from '../records';

const stored = {
	id: '00000000-0000-4000-8000-000000000001',
	rev: 3,
	updatedAt: '2026-01-01T10:00:00.000Z',
	analysisId: '00000000-0000-4000-8000-000000000002',
	applicant: 'Stichting Buurt',
	title: 'Buurtkamer',
	meansType: 'buurtkamer',
	categories: ['ontmoeting'],
	targetGroups: [],
	areaCodes: ['BU03440101'],
	budget: 5000,
	periodStart: null,
	periodEnd: null,
	scores: { impact: 4 },
	decision: 'open',
	decisionReason: ''
};

describe('the proposal record', () => {
	it('still accepts a proposal stored before answers, reviews and the decision log existed', () => {
		expect(proposalSchema.parse(stored)).toEqual(stored);
	});

	it('accepts answers, reviews and a log, and refuses a logged decision without a reason', () => {
		const full = {
			...stored,
			successAnswers: { eigenaar: 'ja' },
			reviews: [{ reviewer: 'beleid', scores: { impact: 5 } }],
			decisionLog: [
				{ at: '2026-01-02T10:00:00.000Z', decision: 'toegekend', reason: 'Vult een gat' }
			]
		};
		expect(proposalSchema.safeParse(full).success).toBe(true);
		const bad = { ...full, decisionLog: [{ ...full.decisionLog[0], reason: ' ' }] };
		expect(proposalSchema.safeParse(bad).success).toBe(false);
	});
});
