import { describe, expect, it } from 'vitest';
import { criterionAverages, reviewAverage } from './criteria';
import { successSummary } from './success';

describe('criterionAverages', () => {
	it('averages each criterion over the reviewers and the panel, each counting once', () => {
		const averages = criterionAverages({
			scores: { impact: 5 },
			reviews: [
				{ reviewer: 'beleid', scores: { impact: 3, draagvlak: 4 } },
				{ reviewer: 'welzijn', scores: { impact: 4 } }
			]
		});
		expect(averages.impact).toBe(4);
		expect(averages.draagvlak).toBe(4);
		expect(averages.nieuw).toBeNull();
	});

	it('gives no review average before anyone scored', () => {
		expect(reviewAverage({ scores: {} })).toBeNull();
		expect(reviewAverage({ scores: { impact: 2, nieuw: 5 } })).toBe(3.5);
	});
});

describe('successSummary', () => {
	it('counts ja, deels, nee and open over the methodology questions only', () => {
		const summary = successSummary(
			{ successAnswers: { eigenaar: 'ja', partners: 'deels', oud: 'ja', bruikbaar: 'nee' } },
			['eigenaar', 'partners', 'bruikbaar', 'zonder-internet']
		);
		expect(summary).toEqual({ ja: 1, deels: 1, nee: 1, open: 1 });
	});
});
