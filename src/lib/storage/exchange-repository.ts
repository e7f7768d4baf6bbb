import type { Table } from 'dexie';
import type { z } from 'zod';
import { NabuurError } from '$lib/domain/errors';
import { analysisSchema } from '$lib/domain/records';
import type { BackupMeta, DeviceData } from '$lib/io/exchange/backup';
import { emptyRecordSets, type AnalysisData } from '$lib/io/exchange/format';
import type { ImportPlan } from '$lib/io/exchange/plan';
import { exchangeTableNames, exchangeTables, type ExchangeRecord } from '$lib/io/exchange/tables';
import type { NabuurDatabase } from './db';
import { parseStored, storageFailure } from './validate';

/**
 * Thrown when a record changed on this device between showing an import and confirming it (in
 * another tab, say); nothing was written, and the import should be compared again.
 */
export class ImportOutdatedError extends Error {
	override readonly name = 'ImportOutdatedError';
	constructor(
		readonly table: string,
		readonly id: string
	) {
		super(`${table} record ${id} changed since the import was compared`);
	}
}

/**
 * Reads and writes whole analyses and whole devices for files: export, import of a compared plan,
 * backup and restore. Every write is one transaction over every table: all of it, or nothing.
 */
export class ExchangeRepository {
	constructor(private readonly db: NabuurDatabase) {}

	/** The tables an analysis file touches: `analyses` and every registry table. */
	private get tables(): Table[] {
		return [this.db.analyses, ...exchangeTableNames.map((t) => this.db.table(t))];
	}

	/** An analysis with all its records, validated, or null when the device does not have it. */
	async readAnalysis(id: string): Promise<AnalysisData | null> {
		return this.run(() =>
			this.db.transaction('r', this.tables, async () => {
				const row = await this.db.analyses.get(id);
				if (!row) return null;
				const records = emptyRecordSets();
				for (const table of exchangeTableNames) {
					const rows = await this.db.table(table).where('analysisId').equals(id).toArray();
					(records[table] as ExchangeRecord[]) = rows.map((r) =>
						parseStored(exchangeTables[table], r, table)
					);
				}
				return { analysis: parseStored(analysisSchema, row, 'analyses'), records };
			})
		);
	}

	/**
	 * Carries out an import plan in one transaction. Each stored record must still have the
	 * revision the plan was made against (and a record the plan adds must not exist yet, in this or
	 * any other analysis); otherwise nothing is written and `ImportOutdatedError` is thrown.
	 */
	async applyImport(plan: ImportPlan): Promise<void> {
		await this.run(() =>
			this.db.transaction('rw', this.tables, async () => {
				for (const write of plan.writes) {
					const table = this.db.table(write.table);
					const current: { rev: number } | undefined = await table.get(write.record.id);
					if ((current?.rev ?? null) !== write.expectedRev) {
						throw new ImportOutdatedError(write.table, write.record.id);
					}
					const schema = write.table === 'analyses' ? analysisSchema : exchangeTables[write.table];
					await table.put(checked(schema, write.record, write.table));
				}
			})
		);
	}

	/** Everything on this device: every analysis, every record, every device fact. */
	async readDevice(): Promise<DeviceData> {
		return this.run(() =>
			this.db.transaction('r', [...this.tables, this.db.meta], async () => {
				const analyses = (await this.db.analyses.orderBy('id').toArray()).map((row) =>
					parseStored(analysisSchema, row, 'analyses')
				);
				const records = emptyRecordSets();
				for (const table of exchangeTableNames) {
					const rows = await this.db.table(table).orderBy('id').toArray();
					(records[table] as ExchangeRecord[]) = rows.map((r) =>
						parseStored(exchangeTables[table], r, table)
					);
				}
				const meta: BackupMeta[] = await this.db.meta.orderBy('key').toArray();
				return { analyses, records, meta };
			})
		);
	}

	/**
	 * Replaces everything on this device with a backup's content, in one transaction: afterwards the
	 * device holds exactly the backup, or, when anything fails, exactly what it held before.
	 */
	async restoreDevice(data: DeviceData): Promise<void> {
		const analyses = data.analyses.map((a) => checked(analysisSchema, a, 'analyses'));
		await this.run(() =>
			this.db.transaction('rw', [...this.tables, this.db.meta], async () => {
				for (const table of [...this.tables, this.db.meta]) await table.clear();
				await this.db.analyses.bulkAdd(analyses);
				for (const table of exchangeTableNames) {
					const rows = (data.records[table] as ExchangeRecord[]).map((r) =>
						checked(exchangeTables[table], r, table)
					);
					await this.db.table(table).bulkAdd(rows);
				}
				await this.db.meta.bulkAdd(data.meta);
			})
		);
	}

	private async run<T>(work: () => Promise<T>): Promise<T> {
		try {
			return await work();
		} catch (error) {
			if (error instanceof ImportOutdatedError) throw error;
			throw storageFailure(error);
		}
	}
}

/** The record as its schema reads it, or an `invalid-input` error naming the first bad field. */
function checked<S extends z.ZodType>(schema: S, value: unknown, table: string): z.infer<S> {
	const result = schema.safeParse(value);
	if (result.success) return result.data;
	const issue = result.error.issues[0];
	const path = issue?.path.join('.') ?? '';
	throw new NabuurError('invalid-input', `${table}.${path}: ${issue?.message}`, path);
}
