import type { z } from 'zod';
import type { Table } from 'dexie';
import type { RecordMeta } from '$lib/domain/records';
import type { NabuurDatabase } from './db';
import type { AnalysisTable } from './schema-versions';
import { parseStored, storageFailure } from './validate';
import { NabuurError } from '$lib/domain/errors';

/** A record that belongs to one analysis. */
export type AnalysisRecord = RecordMeta & { analysisId: string };

/**
 * Typed access to one table of analysis records (areas, offers, needs, …). Reads are validated;
 * every save raises the record's revision and change time.
 */
export class RecordsRepository<S extends z.ZodType<AnalysisRecord>> {
	constructor(
		private readonly db: NabuurDatabase,
		private readonly tableName: AnalysisTable,
		private readonly schema: S,
		private readonly clock: () => Date = () => new Date()
	) {}

	private get table(): Table<z.infer<S>, string> {
		return this.db.table(this.tableName);
	}

	/** Every record of one analysis, in insertion-independent order (by id). */
	async listFor(analysisId: string): Promise<z.infer<S>[]> {
		const rows = await this.run(() =>
			this.table.where('analysisId').equals(analysisId).sortBy('id')
		);
		return rows.map((row) => parseStored(this.schema, row, this.tableName));
	}

	/** One record by id, or undefined. */
	async get(id: string): Promise<z.infer<S> | undefined> {
		const row = await this.run(() => this.table.get(id));
		return row === undefined ? undefined : parseStored(this.schema, row, this.tableName);
	}

	/** Stores a new or changed record; a changed record gets the next revision. */
	async save(record: z.infer<S>): Promise<z.infer<S>> {
		return this.run(() =>
			this.db.transaction('rw', this.table, async () => {
				const current = await this.table.get(record.id);
				const next = this.check({
					...record,
					rev: current ? current.rev + 1 : record.rev,
					updatedAt: this.clock().toISOString()
				});
				await this.table.put(next);
				return next;
			})
		);
	}

	/** Stores many new records in one transaction: all of them, or none if one fails. */
	async addAll(records: z.infer<S>[]): Promise<void> {
		const checked = records.map((r) => this.check(r));
		await this.run(() => this.db.transaction('rw', this.table, () => this.table.bulkAdd(checked)));
	}

	/** Deletes one record. */
	async remove(id: string): Promise<void> {
		await this.run(() => this.table.delete(id));
	}

	private check(value: unknown): z.infer<S> {
		const result = this.schema.safeParse(value);
		if (result.success) return result.data;
		const issue = result.error.issues[0];
		const path = issue?.path.join('.') ?? '';
		throw new NabuurError('invalid-input', `${this.tableName}.${path}: ${issue?.message}`, path);
	}

	private async run<T>(work: () => Promise<T>): Promise<T> {
		try {
			return await work();
		} catch (error) {
			throw storageFailure(error);
		}
	}
}
