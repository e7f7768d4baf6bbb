import type { z } from 'zod';
import { NabuurError } from '$lib/domain/errors';
import { newId } from '$lib/domain/ids';
import {
	areaSchema,
	needSchema,
	offerSchema,
	type Area,
	type Need,
	type Offer,
	type RecordMeta
} from '$lib/domain/records';
import type { NabuurDatabase } from './db';
import { storageFailure } from './validate';

/** An area read from a file, before storage gives it an id, revision and analysis. */
export type AreaDraftRecord = Omit<Area, keyof RecordMeta | 'analysisId'>;

/** An offer read from a file, before storage gives it an id, revision and analysis. */
export type OfferDraftRecord = Omit<Offer, keyof RecordMeta | 'analysisId'>;

/** A need read from a file, before storage gives it an id, revision and analysis. */
export type NeedDraftRecord = Omit<Need, keyof RecordMeta | 'analysisId'>;

/** How an area import changed the analysis (counts of areas). */
export interface AreaImportOutcome {
	added: number;
	replaced: number;
}

function keyOf(area: { code: string; year: number }): string {
	return `${area.code}|${area.year}`;
}

/**
 * Writes imported records into an analysis. Every import is one transaction: every record is
 * checked against its schema first, and when one fails, or the write fails, nothing is stored.
 */
export class ImportRepository {
	constructor(
		private readonly db: NabuurDatabase,
		private readonly clock: () => Date = () => new Date()
	) {}

	/**
	 * Stores areas in an analysis. An area whose code and year the analysis already has replaces
	 * that record: it keeps its id and gets the next revision, so copies on other devices can tell
	 * it is the same area; other areas get a new id at revision 1.
	 */
	async importAreas(analysisId: string, drafts: AreaDraftRecord[]): Promise<AreaImportOutcome> {
		const { db } = this;
		return this.run(() =>
			db.transaction('rw', db.analyses, db.areas, async () => {
				await this.requireAnalysis(analysisId);
				const existing = await db.areas.where('analysisId').equals(analysisId).toArray();
				const byKey = new Map(existing.map((area) => [keyOf(area), area]));
				const updatedAt = this.clock().toISOString();
				let replaced = 0;
				const rows = drafts.map((draft) => {
					const old = byKey.get(keyOf(draft));
					if (old) replaced++;
					const meta = { id: old?.id ?? newId(), rev: old ? old.rev + 1 : 1, updatedAt };
					return check(areaSchema, { ...draft, ...meta, analysisId }, 'areas');
				});
				await db.areas.bulkPut(rows);
				return { added: rows.length - replaced, replaced };
			})
		);
	}

	/** Stores offers as new records of an analysis; returns how many were stored. */
	async importOffers(analysisId: string, drafts: OfferDraftRecord[]): Promise<number> {
		const { db } = this;
		return this.run(() =>
			db.transaction('rw', db.analyses, db.offers, async () => {
				await this.requireAnalysis(analysisId);
				const rows = drafts.map((d) => check(offerSchema, this.fresh(d, analysisId), 'offers'));
				await db.offers.bulkAdd(rows);
				return rows.length;
			})
		);
	}

	/** Stores needs as new records of an analysis; returns how many were stored. */
	async importNeeds(analysisId: string, drafts: NeedDraftRecord[]): Promise<number> {
		const { db } = this;
		return this.run(() =>
			db.transaction('rw', db.analyses, db.needs, async () => {
				await this.requireAnalysis(analysisId);
				const rows = drafts.map((d) => check(needSchema, this.fresh(d, analysisId), 'needs'));
				await db.needs.bulkAdd(rows);
				return rows.length;
			})
		);
	}

	private fresh<D extends object>(draft: D, analysisId: string) {
		return { ...draft, id: newId(), rev: 1, updatedAt: this.clock().toISOString(), analysisId };
	}

	private async requireAnalysis(id: string): Promise<void> {
		if ((await this.db.analyses.get(id)) === undefined) {
			throw new NabuurError('not-found', `analysis ${id} does not exist`, id);
		}
	}

	private async run<T>(work: () => Promise<T>): Promise<T> {
		try {
			return await work();
		} catch (error) {
			throw storageFailure(error);
		}
	}
}

/** The record as its schema reads it, or an `invalid-input` error naming the first bad field. */
function check<S extends z.ZodType>(schema: S, value: unknown, table: string): z.infer<S> {
	const result = schema.safeParse(value);
	if (result.success) return result.data;
	const issue = result.error.issues[0];
	const path = issue?.path.join('.') ?? '';
	throw new NabuurError('invalid-input', `${table}.${path}: ${issue?.message}`, path);
}
