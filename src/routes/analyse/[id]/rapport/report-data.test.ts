import { describe, expect, it } from 'vitest';
import { demoScores, demoWijk, testMethodology } from '../../../../test-support/demo-scores';
import type { StepRecord } from '$lib/domain/records';
import { areaSources, decisionRows, topGaps } from './report-data';

const texts = { yes: 'ja', no: 'nee' };

describe('the decisions in the report', () => {
	it('labels decisions and choice options from the methodology, in step order', () => {
		const [first, second] = testMethodology.steps;
		const choice = first!.decisions.find((d) => d.options?.length);
		const record = (stepId: string, decisions: StepRecord['decisions']): StepRecord => ({
			id: '00000000-0000-4000-8000-000000000001',
			rev: 1,
			updatedAt: '2026-01-01T00:00:00.000Z',
			analysisId: '00000000-0000-4000-8000-000000000002',
			stepId,
			status: 'bezig',
			checklist: {},
			decisions,
			notes: ''
		});
		const decisions: StepRecord['decisions'] = { onbekend: true };
		if (choice) decisions[choice.id] = choice.options![0]!.id;
		const rows = decisionRows(
			[record(second!.id, { [second!.decisions[0]!.id]: 'Tekst' }), record(first!.id, decisions)],
			testMethodology.steps,
			'nl',
			texts
		);
		expect(rows[0]!.stepNumber).toBe(first!.number);
		if (choice) {
			expect(rows).toContainEqual(
				expect.objectContaining({ label: choice.label.nl, value: choice.options![0]!.label.nl })
			);
		}
		expect(rows).toContainEqual(expect.objectContaining({ label: 'onbekend', value: 'ja' }));
		expect(rows.at(-1)).toMatchObject({ stepNumber: second!.number, value: 'Tekst' });
	});

	it('leaves out empty answers', () => {
		const step = testMethodology.steps[0]!;
		const record: StepRecord = {
			id: '00000000-0000-4000-8000-000000000001',
			rev: 1,
			updatedAt: '2026-01-01T00:00:00.000Z',
			analysisId: '00000000-0000-4000-8000-000000000002',
			stepId: step.id,
			status: 'open',
			checklist: {},
			decisions: { [step.decisions[0]!.id]: '' },
			notes: ''
		};
		expect(decisionRows([record], testMethodology.steps, 'nl', texts)).toEqual([]);
	});
});

describe('the largest gaps', () => {
	it('are the cells with the highest index, highest first', () => {
		const scores = demoScores();
		const top = topGaps(scores, 5);
		expect(top).toHaveLength(5);
		const max = Math.max(...[...scores.index].filter(Number.isFinite));
		expect(top[0]!.index).toBe(max);
		expect(top.every((g, i) => i === 0 || top[i - 1]!.index >= g.index)).toBe(true);
	});
});

describe('the sources of the areas', () => {
	it('lists each source once with its years', () => {
		const areas = demoWijk().areas;
		const sources = areaSources([...areas, { ...areas[0]!, year: 2020 }]);
		expect(sources).toHaveLength(1);
		expect(sources[0]!.years).toEqual([2020, areas[0]!.year].sort());
	});
});
