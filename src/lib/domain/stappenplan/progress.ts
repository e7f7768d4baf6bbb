import type { StepRecord } from '../records';

/** A step's progress as the team sees it in the step list. */
export type StepStatus = StepRecord['status'];

/** The parts of a step definition that progress needs. */
export interface StepShape {
	id: string;
	checklist: readonly { id: string }[];
	decisions: readonly { id: string }[];
}

/** The parts of a step record that progress reads and edits. */
export type StepWork = Pick<StepRecord, 'status' | 'checklist' | 'decisions' | 'notes'>;

/** How far a team is with one step. */
export interface StepProgress {
	status: StepStatus;
	/** Ticked checklist items that the step (still) has. */
	checked: number;
	/** Checklist items of the step. */
	checklistTotal: number;
	/** Decisions with a value that the step (still) has. */
	decided: number;
	/** Decisions of the step. */
	decisionsTotal: number;
}

/** Work on a step nobody has touched yet. */
export function emptyStepWork(): StepWork {
	return { status: 'open', checklist: {}, decisions: {}, notes: '' };
}

/** True when a decision value says something: not blank, not an empty list. */
export function hasValue(value: StepRecord['decisions'][string] | undefined): boolean {
	if (value === undefined) return false;
	if (typeof value === 'string') return value.trim() !== '';
	if (Array.isArray(value)) return value.length > 0;
	return true;
}

/** True when anything of a step is filled in: a ticked item, a decision or a note. */
export function isTouched(work: StepWork): boolean {
	return (
		Object.values(work.checklist).some(Boolean) ||
		Object.values(work.decisions).some(hasValue) ||
		work.notes.trim() !== ''
	);
}

/**
 * The progress of a step. Items and decisions the methodology no longer has are not counted, so a
 * changed methodology file never shows "7 of 5".
 */
export function stepProgress(step: StepShape, work: StepWork | undefined): StepProgress {
	const current = work ?? emptyStepWork();
	return {
		status: current.status,
		checked: step.checklist.filter((item) => current.checklist[item.id] === true).length,
		checklistTotal: step.checklist.length,
		decided: step.decisions.filter((d) => hasValue(current.decisions[d.id])).length,
		decisionsTotal: step.decisions.length
	};
}

/**
 * Applies a change to a step's work and works out the new status: an untouched step becomes
 * `bezig` with its first input, a finished step stays `klaar`, and a step emptied again that was
 * never finished goes back to `open`.
 */
export function editStep(work: StepWork, change: Partial<Omit<StepWork, 'status'>>): StepWork {
	const next = { ...work, ...change };
	if (next.status === 'klaar') return next;
	return { ...next, status: isTouched(next) ? 'bezig' : 'open' };
}

/** Marks a step done, or opens it again (`bezig` when something is filled in, else `open`). */
export function setDone(work: StepWork, done: boolean): StepWork {
	if (done) return { ...work, status: 'klaar' };
	return { ...work, status: isTouched(work) ? 'bezig' : 'open' };
}

/**
 * The step a team should resume at: the first one not done, in methodology order; the last step
 * when every step is done. Undefined when the methodology has no steps.
 */
export function resumeStep<S extends StepShape>(
	steps: readonly S[],
	status: (stepId: string) => StepStatus
): S | undefined {
	return steps.find((step) => status(step.id) !== 'klaar') ?? steps.at(-1);
}
