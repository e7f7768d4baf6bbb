import { describe, expect, it } from 'vitest';
import { editStep, emptyStepWork, resumeStep, setDone, stepProgress } from './progress';

const step = {
	id: 'start',
	checklist: [{ id: 'team' }, { id: 'vraag' }],
	decisions: [{ id: 'leiding' }, { id: 'partijen' }]
};

describe('step progress', () => {
	it('turns an open step into a step in progress with its first input, and back when emptied', () => {
		const typed = editStep(emptyStepWork(), { notes: 'eerste gedachte' });
		expect(typed.status).toBe('bezig');
		expect(editStep(typed, { notes: '   ' }).status).toBe('open');
	});

	it('keeps a finished step finished while the team edits it', () => {
		const done = setDone(editStep(emptyStepWork(), { checklist: { team: true } }), true);
		expect(editStep(done, { checklist: {} }).status).toBe('klaar');
		expect(setDone(done, false).status).toBe('bezig');
		expect(setDone(emptyStepWork(), false).status).toBe('open');
	});

	it('counts only ticked items and filled decisions that the step still has', () => {
		const work = editStep(emptyStepWork(), {
			checklist: { team: true, vraag: false, verdwenen: true },
			decisions: { leiding: 'bewoners', partijen: [], oud: 'x' }
		});
		expect(stepProgress(step, work)).toEqual({
			status: 'bezig',
			checked: 1,
			checklistTotal: 2,
			decided: 1,
			decisionsTotal: 2
		});
	});

	it('treats a blank text and an empty choice list as no decision, but false as one', () => {
		const work = editStep(emptyStepWork(), { decisions: { leiding: '  ', partijen: [] } });
		expect(work.status).toBe('open');
		expect(stepProgress(step, editStep(work, { decisions: { leiding: false } })).decided).toBe(1);
	});

	it('resumes at the first step that is not done, or at the last when all are done', () => {
		const steps = [
			{ ...step, id: 'a' },
			{ ...step, id: 'b' },
			{ ...step, id: 'c' }
		];
		const status = { a: 'klaar', b: 'open', c: 'bezig' } as const;
		expect(resumeStep(steps, (id) => status[id as keyof typeof status])?.id).toBe('b');
		expect(resumeStep(steps, () => 'klaar')?.id).toBe('c');
		expect(resumeStep([], () => 'open')).toBeUndefined();
	});
});
