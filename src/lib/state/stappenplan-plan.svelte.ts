import { newId } from '$lib/domain/ids';
import { NabuurError } from '$lib/domain/errors';
import {
	actionSchema,
	snapshotSchema,
	type Action,
	type Snapshot,
	type SnapshotContent
} from '$lib/domain/records';
import type { NabuurDatabase } from '$lib/storage/db';
import { RecordsRepository } from '$lib/storage/records-repository';
import { nowIso } from './stappenplan-time';

/** An activity as the form edits it: everything but the record fields. */
export type ActionDraft = Omit<Action, 'id' | 'rev' | 'updatedAt' | 'analysisId'>;

/** Steps 8 and 10 of one analysis: the activities of the plan, and snapshots to compare rounds. */
export class PlanState {
	/** Activities, by start date (undated last), then title. */
	actions = $state.raw<Action[]>([]);
	/** Snapshots, oldest first. */
	snapshots = $state.raw<Snapshot[]>([]);
	readonly #actions: RecordsRepository<typeof actionSchema>;
	readonly #snapshots: RecordsRepository<typeof snapshotSchema>;
	#analysisId = '';

	constructor(db: NabuurDatabase) {
		this.#actions = new RecordsRepository(db, 'actions', actionSchema);
		this.#snapshots = new RecordsRepository(db, 'snapshots', snapshotSchema);
	}

	/** Reads the activities and snapshots of an analysis. */
	async load(analysisId: string): Promise<void> {
		const [actions, snapshots] = await Promise.all([
			this.#actions.listFor(analysisId),
			this.#snapshots.listFor(analysisId)
		]);
		this.#analysisId = analysisId;
		this.actions = sortActions(actions);
		this.snapshots = snapshots.sort((a, b) => a.takenAt.localeCompare(b.takenAt));
	}

	/** The latest snapshot; null before the first. */
	get latestSnapshot(): Snapshot | null {
		return this.snapshots.at(-1) ?? null;
	}

	/**
	 * Adds an activity (no `id`) or stores a changed one. Refuses an end before the start; the
	 * schema refuses an empty title.
	 */
	async saveAction(draft: ActionDraft, id?: string): Promise<Action> {
		if (draft.start && draft.end && draft.end < draft.start) {
			throw new NabuurError('invalid-input', 'the end date lies before the start date', 'end');
		}
		const current = id ? this.actions.find((a) => a.id === id) : undefined;
		const saved = await this.#actions.save({
			...draft,
			id: current?.id ?? newId(),
			rev: current?.rev ?? 1,
			updatedAt: nowIso(),
			analysisId: this.#analysisId
		});
		this.actions = sortActions([...this.actions.filter((a) => a.id !== saved.id), saved]);
		return saved;
	}

	/** Deletes an activity. */
	async removeAction(id: string): Promise<void> {
		await this.#actions.remove(id);
		this.actions = this.actions.filter((a) => a.id !== id);
	}

	/** Stores a snapshot of the analysis as it is now. */
	async takeSnapshot(label: string, content: SnapshotContent): Promise<Snapshot> {
		const now = nowIso();
		const saved = await this.#snapshots.save({
			...content,
			id: newId(),
			rev: 1,
			updatedAt: now,
			takenAt: now,
			label,
			analysisId: this.#analysisId
		});
		this.snapshots = [...this.snapshots, saved];
		return saved;
	}
}

function sortActions(actions: Action[]): Action[] {
	return actions.sort(
		(a, b) =>
			(a.start ?? '9999').localeCompare(b.start ?? '9999') ||
			a.title.localeCompare(b.title, 'nl') ||
			(a.id < b.id ? -1 : 1)
	);
}
