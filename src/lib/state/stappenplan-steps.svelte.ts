import { newId } from '$lib/domain/ids';
import { stepRecordSchema, type StepRecord } from '$lib/domain/records';
import {
	editStep,
	emptyStepWork,
	setDone,
	stepProgress,
	type StepProgress,
	type StepShape,
	type StepWork
} from '$lib/domain/stappenplan/progress';
import { m } from '$lib/paraglide/messages.js';
import type { NabuurDatabase } from '$lib/storage/db';
import { RecordsRepository } from '$lib/storage/records-repository';
import { nowIso } from './stappenplan-time';
import { handleError } from './errors';
import { DebouncedSaver } from './stappenplan-saver.svelte';

/**
 * The team's work on every step of one analysis: checklists, decisions and notes, saved as they
 * are typed, and the progress (open, bezig, klaar) of each step.
 */
export class StepsState {
	/** Step records by step id; replaced on every change. */
	records = $state.raw<Readonly<Record<string, StepRecord>>>({});
	readonly #repository: RecordsRepository<typeof stepRecordSchema>;
	readonly saver: DebouncedSaver<StepRecord>;
	#analysisId = '';

	constructor(db: NabuurDatabase) {
		this.#repository = new RecordsRepository(db, 'stepRecords', stepRecordSchema);
		this.saver = new DebouncedSaver(
			(record) => this.#repository.save(record),
			(saved) => this.#merge(saved),
			(error) => handleError(error, m.stappenplan_save_failed())
		);
	}

	/** Reads the step records of an analysis. */
	async load(analysisId: string): Promise<void> {
		await this.saver.flush();
		const records = await this.#repository.listFor(analysisId);
		this.#analysisId = analysisId;
		this.records = Object.fromEntries(records.map((r) => [r.stepId, r]));
	}

	/** The work on a step; empty when nobody touched it. */
	work(stepId: string): StepWork {
		return this.records[stepId] ?? emptyStepWork();
	}

	/** How far the team is with a step. */
	progress(step: StepShape): StepProgress {
		return stepProgress(step, this.records[step.id]);
	}

	/** Ticks or unticks a checklist item. */
	check(stepId: string, itemId: string, checked: boolean): void {
		const work = this.work(stepId);
		this.#update(stepId, editStep(work, { checklist: { ...work.checklist, [itemId]: checked } }));
	}

	/** Records a decision; `undefined` clears it. */
	decide(
		stepId: string,
		decisionId: string,
		value: StepRecord['decisions'][string] | undefined
	): void {
		const decisions = { ...this.work(stepId).decisions };
		if (value === undefined) delete decisions[decisionId];
		else decisions[decisionId] = value;
		this.#update(stepId, editStep(this.work(stepId), { decisions }));
	}

	/** Replaces the step's free notes. */
	writeNotes(stepId: string, notes: string): void {
		this.#update(stepId, editStep(this.work(stepId), { notes }));
	}

	/** Marks a step done, or opens it again. */
	markDone(stepId: string, done: boolean): void {
		this.#update(stepId, setDone(this.work(stepId), done));
	}

	#update(stepId: string, work: StepWork): void {
		const current = this.records[stepId];
		const record: StepRecord = {
			id: current?.id ?? newId(),
			rev: current?.rev ?? 1,
			updatedAt: current?.updatedAt ?? nowIso(),
			analysisId: this.#analysisId,
			stepId,
			...work
		};
		this.records = { ...this.records, [stepId]: record };
		this.saver.schedule(record);
	}

	/** Takes the stored revision, keeping anything typed since the save started. */
	#merge(saved: StepRecord): void {
		if (saved.analysisId !== this.#analysisId) return;
		const local = this.records[saved.stepId];
		const next = local ? { ...local, rev: saved.rev, updatedAt: saved.updatedAt } : saved;
		this.records = { ...this.records, [saved.stepId]: next };
	}
}
