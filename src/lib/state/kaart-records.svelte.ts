import type { z } from 'zod';
import { NabuurError } from '$lib/domain/errors';
import type { AnalysisRecord, RecordsRepository } from '$lib/storage/records-repository';

/**
 * The records of one kind (offers or needs) of the open analysis, kept in step with storage:
 * every write goes to storage first and changes the list only once it is stored.
 */
export class RecordList<S extends z.ZodType<AnalysisRecord>> {
	/** The stored records, ordered by id as storage lists them. */
	items = $state.raw<z.infer<S>[]>([]);

	constructor(private readonly repository: RecordsRepository<S>) {}

	/** Reads every record of the analysis from storage. */
	async load(analysisId: string): Promise<void> {
		this.items = await this.repository.listFor(analysisId);
	}

	/** The record with this id, or undefined. */
	find(id: string): z.infer<S> | undefined {
		return this.items.find((item) => item.id === id);
	}

	/** Stores a new or changed record and returns it as stored (with its new revision). */
	async put(record: z.infer<S>): Promise<z.infer<S>> {
		const stored = await this.repository.save(record);
		this.#replace(stored);
		return stored;
	}

	/** Deletes a record. */
	async delete(id: string): Promise<void> {
		await this.repository.remove(id);
		this.items = this.items.filter((item) => item.id !== id);
	}

	/**
	 * Puts back an earlier version of a record, or deletes a record that did not exist before
	 * (`previous` null), provided it is still as `expected` left it (same revision; absent when
	 * `expected` is null). Refuses with a `not-found` error when something else changed it since,
	 * so an undo never overwrites a later change.
	 */
	async revert(
		id: string,
		expected: z.infer<S> | null,
		previous: z.infer<S> | null
	): Promise<void> {
		const current = await this.repository.get(id);
		if ((current?.rev ?? null) !== (expected?.rev ?? null)) {
			throw new NabuurError('not-found', `record ${id} changed since; not undoing`, id);
		}
		if (previous === null) await this.delete(id);
		else await this.put(previous);
	}

	#replace(stored: z.infer<S>): void {
		const rest = this.items.filter((item) => item.id !== stored.id);
		const at = rest.findIndex((item) => item.id > stored.id);
		this.items = at < 0 ? [...rest, stored] : [...rest.slice(0, at), stored, ...rest.slice(at)];
	}
}
