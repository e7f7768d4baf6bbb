import { NabuurError } from '$lib/domain/errors';
import { newId } from '$lib/domain/ids';
import { analysisSchema, type Analysis, type ScoringOverrides } from '$lib/domain/records';
import type { NabuurDatabase } from './db';
import { analysisTables, type AnalysisTable } from './schema-versions';
import { parseStored, storageFailure } from './validate';

/** What a user fills in to start an analysis. */
export interface NewAnalysis {
	name: string;
	description?: string;
}

/** The methodology an analysis is made with, recorded on the analysis. */
export interface MethodologyRef {
	id: string;
	version: string;
}

/** Number of records per table that belong to one analysis. */
export type AnalysisCounts = Record<AnalysisTable, number>;

/** Analyses and everything that hangs off them; every multi-record write is one transaction. */
export class AnalysesRepository {
	constructor(
		private readonly db: NabuurDatabase,
		private readonly clock: () => Date = () => new Date()
	) {}

	/** All analyses, most recently changed first. */
	async list(): Promise<Analysis[]> {
		const rows = await this.run(() => this.db.analyses.orderBy('updatedAt').reverse().toArray());
		return rows.map((row) => parseStored(analysisSchema, row, 'analyses'));
	}

	/** One analysis, or a `not-found` error. */
	async get(id: string): Promise<Analysis> {
		const row = await this.run(() => this.db.analyses.get(id));
		if (!row) throw new NabuurError('not-found', `analysis ${id} does not exist`, id);
		return parseStored(analysisSchema, row, 'analyses');
	}

	/** Creates an empty analysis made with the given methodology. */
	async create(input: NewAnalysis, methodology: MethodologyRef): Promise<Analysis> {
		const now = this.clock().toISOString();
		const analysis = this.validate({
			id: newId(),
			rev: 1,
			updatedAt: now,
			createdAt: now,
			name: input.name.trim(),
			description: input.description?.trim() ?? '',
			isDemo: false,
			methodologyId: methodology.id,
			methodologyVersion: methodology.version
		});
		await this.run(() => this.db.analyses.add(analysis));
		return analysis;
	}

	/** Gives an analysis a new name. */
	async rename(id: string, name: string): Promise<Analysis> {
		return this.run(() =>
			this.db.transaction('rw', this.db.analyses, async () => {
				const current = await this.get(id);
				const next = this.validate({ ...current, name: name.trim(), ...this.bump(current) });
				await this.db.analyses.put(next);
				return next;
			})
		);
	}

	/**
	 * Stores the weights the team chose for this analysis; an empty object (or one without values)
	 * removes them, so the methodology's own weights apply again.
	 */
	async saveScoringOverrides(id: string, overrides: ScoringOverrides): Promise<Analysis> {
		const empty = overrides.observedShare === undefined && overrides.weights === undefined;
		return this.run(() =>
			this.db.transaction('rw', this.db.analyses, async () => {
				const current = await this.get(id);
				const next = this.validate({
					...current,
					scoringOverrides: empty ? undefined : overrides,
					...this.bump(current)
				});
				await this.db.analyses.put(next);
				return next;
			})
		);
	}

	/**
	 * Copies an analysis with all its records under new ids, in one transaction: either the whole
	 * copy exists afterwards or nothing does.
	 */
	async duplicate(id: string, name: string): Promise<Analysis> {
		const tables = [this.db.analyses, ...analysisTables.map((t) => this.db.table(t))];
		return this.run(() =>
			this.db.transaction('rw', tables, async () => {
				const source = await this.get(id);
				const now = this.clock().toISOString();
				const copy = this.validate({
					...source,
					id: newId(),
					rev: 1,
					updatedAt: now,
					createdAt: now,
					name: name.trim(),
					isDemo: source.isDemo
				});
				await this.db.analyses.add(copy);
				const copies = new Map<AnalysisTable, Record<string, unknown>[]>();
				const newIds = new Map<string, string>();
				for (const table of analysisTables) {
					const rows: Record<string, unknown>[] = await this.db
						.table(table)
						.where('analysisId')
						.equals(id)
						.toArray();
					copies.set(
						table,
						rows.map((row) => {
							const fresh = newId();
							newIds.set(String(row.id), fresh);
							return { ...row, id: fresh, analysisId: copy.id, rev: 1, updatedAt: now };
						})
					);
				}
				for (const [table, rows] of copies) {
					await this.db.table(table).bulkAdd(rows.map((row) => remapReferences(row, newIds)));
				}
				return copy;
			})
		);
	}

	/** Deletes an analysis and every record that belongs to it, in one transaction. */
	async delete(id: string): Promise<void> {
		const tables = [this.db.analyses, ...analysisTables.map((t) => this.db.table(t))];
		await this.run(() =>
			this.db.transaction('rw', tables, async () => {
				for (const table of analysisTables) {
					await this.db.table(table).where('analysisId').equals(id).delete();
				}
				await this.db.analyses.delete(id);
			})
		);
	}

	/** How many records of each kind an analysis holds. */
	async counts(id: string): Promise<AnalysisCounts> {
		const entries = await this.run(() =>
			Promise.all(
				analysisTables.map(
					async (t) => [t, await this.db.table(t).where('analysisId').equals(id).count()] as const
				)
			)
		);
		// fromEntries loses the key type; the keys are exactly analysisTables, as built above.
		return Object.fromEntries(entries) as AnalysisCounts;
	}

	private bump(record: Analysis): { rev: number; updatedAt: string } {
		return { rev: record.rev + 1, updatedAt: this.clock().toISOString() };
	}

	private validate(value: unknown): Analysis {
		const result = analysisSchema.safeParse(value);
		if (result.success) return result.data;
		const issue = result.error.issues[0];
		throw new NabuurError(
			'invalid-input',
			`${issue?.path.join('.')}: ${issue?.message}`,
			issue?.path.join('.')
		);
	}

	private async run<T>(work: () => Promise<T>): Promise<T> {
		try {
			return await work();
		} catch (error) {
			throw storageFailure(error);
		}
	}
}

/**
 * Points references between records of a copied analysis at the copies: an action's priorities
 * and the offers in a snapshot (so comparing with an older snapshot still matches offers).
 */
function remapReferences(
	row: Record<string, unknown>,
	newIds: ReadonlyMap<string, string>
): Record<string, unknown> {
	const mapId = (id: unknown) => (typeof id === 'string' ? (newIds.get(id) ?? id) : id);
	const next = { ...row };
	if (Array.isArray(row.priorityIds)) next.priorityIds = row.priorityIds.map(mapId);
	if (Array.isArray(row.offers)) {
		next.offers = row.offers.map((offer: unknown) =>
			typeof offer === 'object' && offer !== null && 'id' in offer
				? { ...offer, id: mapId(offer.id) }
				: offer
		);
	}
	return next;
}
