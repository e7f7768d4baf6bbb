import { describe, expect, it } from 'vitest';
import { emptyDraft, readDraft } from './draft';

const complete = {
	...emptyDraft(),
	applicant: ' Taalhuis ',
	title: 'Taalcafé',
	meansType: 'taalcafe',
	categories: ['taal'],
	areaCodes: ['WK034403'],
	budget: '€ 12.500,50',
	periodStart: '2027-01-01',
	periodEnd: '2027-12-31'
};

describe('readDraft', () => {
	it('gives the fields of a complete draft, with the budget read the Dutch way', () => {
		const read = readDraft(complete, ['taalcafe']);
		expect(read.problems).toEqual([]);
		expect(read.fields).toMatchObject({
			applicant: 'Taalhuis',
			budget: 12500.5,
			periodEnd: '2027-12-31'
		});
	});

	it('names every missing or wrong field', () => {
		const read = readDraft(
			{ ...emptyDraft(), budget: '-5', periodStart: '2027-02-01', periodEnd: '2027-01-01' },
			['taalcafe']
		);
		expect(read.fields).toBeNull();
		expect(read.problems.map((p) => `${p.field}:${p.code}`)).toEqual([
			'applicant:required',
			'title:required',
			'meansType:unknown-means',
			'categories:no-category',
			'areaCodes:no-area',
			'budget:budget',
			'periodEnd:period'
		]);
	});

	it('accepts an empty budget as not known', () => {
		expect(readDraft({ ...complete, budget: '' }, ['taalcafe']).fields?.budget).toBeNull();
	});
});
