import type { AnalysisData } from './format';
import { emptyRecordSets } from './format';
import { diffAnalysis, entryKey, type AnalysisDiff, type AnyRecord, type DiffTable } from './diff';
import { exchangeTableNames, type ExchangeRecord } from './tables';

/** For a conflict: keep the stored record, or take the file's. */
export type ConflictChoice = 'stored' | 'incoming';

/** One record to write, and the revision the stored record must still have (null: must not exist). */
export interface PlannedWrite {
	table: DiffTable;
	record: AnyRecord;
	expectedRev: number | null;
}

/** The writes that carry out an import, all in one transaction. */
export interface ImportPlan {
	analysisId: string;
	writes: PlannedWrite[];
}

/** Thrown when a plan is asked for while a conflict has no choice yet. */
export class UnresolvedConflictError extends Error {
	override readonly name = 'UnresolvedConflictError';
	constructor(readonly keys: string[]) {
		super(`conflicts without a choice: ${keys.join(', ')}`);
	}
}

/**
 * Turns a diff and the user's choices into writes: adds and changes as the file has them; each
 * resolved conflict as the chosen version with a revision above both and the time of choosing,
 * so that a later exchange with either device sees the decision as the newest version and does
 * not ask again. `older` records are left alone, and so is the content of `same` records; a `same`
 * record only takes the file's revision when that is higher.
 *
 * @param choices by `entryKey`, one for every conflict
 * @param now the time of the decision, ISO 8601 UTC
 */
export function planImport(
	diff: AnalysisDiff,
	choices: Readonly<Record<string, ConflictChoice>>,
	now: string
): ImportPlan {
	const missing = diff.entries
		.filter((e) => e.kind === 'conflict' && !choices[entryKey(e)])
		.map(entryKey);
	if (missing.length) throw new UnresolvedConflictError(missing);
	const writes: PlannedWrite[] = [];
	for (const entry of diff.entries) {
		const expectedRev = entry.stored?.rev ?? null;
		const catchUp = entry.kind === 'same' && entry.stored && entry.incoming.rev > entry.stored.rev;
		if (entry.kind === 'add' || entry.kind === 'change' || catchUp) {
			// A `same` record with a higher revision has the same content; taking its revision keeps
			// this device's next change from looking like a conflict with the file's device.
			writes.push({ table: entry.table, record: entry.incoming, expectedRev });
		} else if (entry.kind === 'conflict' && entry.stored) {
			const chosen = choices[entryKey(entry)] === 'incoming' ? entry.incoming : entry.stored;
			const rev = Math.max(entry.incoming.rev, entry.stored.rev) + 1;
			writes.push({ table: entry.table, record: { ...chosen, rev, updatedAt: now }, expectedRev });
		}
	}
	return { analysisId: diff.analysisId, writes };
}

/**
 * Applies a plan to an analysis held in memory and returns the result; the input is not changed.
 * This is how two devices' files merge without a device: the first file is the base, the plan
 * comes from diffing the second against it.
 */
export function applyPlan(base: AnalysisData, plan: ImportPlan): AnalysisData {
	let analysis = base.analysis;
	const tables = new Map(
		exchangeTableNames.map((t) => [
			t,
			new Map<string, ExchangeRecord>(base.records[t].map((r: ExchangeRecord) => [r.id, r]))
		])
	);
	for (const write of plan.writes) {
		// A write's table says which kind of record it holds; the union cannot express that link.
		if (write.table === 'analyses') analysis = write.record as AnalysisData['analysis'];
		else tables.get(write.table)!.set(write.record.id, write.record as ExchangeRecord);
	}
	const records = emptyRecordSets();
	for (const table of exchangeTableNames) {
		(records[table] as ExchangeRecord[]) = [...tables.get(table)!.values()];
	}
	return { analysis, records };
}

/**
 * Merges two devices' files of the same analysis: `first` as the base, `second` on top, with the
 * user's choice for each conflict. Returns the merged analysis; throws when a conflict has no
 * choice.
 */
export function mergeAnalyses(
	first: AnalysisData,
	second: AnalysisData,
	choices: Readonly<Record<string, ConflictChoice>>,
	now: string
): AnalysisData {
	return applyPlan(first, planImport(diffAnalysis(second, first), choices, now));
}
