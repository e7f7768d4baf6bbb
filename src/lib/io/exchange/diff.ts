import type { Analysis } from '../../domain/records';
import type { AnalysisData } from './format';
import { exchangeTableNames, type ExchangeRecord, type ExchangeTable } from './tables';

// Comparing what a file brings with what is stored, record by record. Every record carries `rev`
// (raised on each change) and `updatedAt`. Without a shared history the rule is:
//   - not stored                                  → add
//   - same content (revision and time aside)      → same: nothing to do
//   - higher revision and not older               → change: the file has the later version
//   - lower revision and not newer                → older: the stored record is kept
//   - anything else (same revision, other content; or revision and time disagree)
//                                                 → conflict: both changed; the user chooses
// Records stored but absent from the file stay as they are: a file cannot tell a deleted record
// from one made after it was exported, so nothing is ever deleted by an import.

/** What an import does with one record. */
export type DiffKind = 'add' | 'change' | 'conflict' | 'same' | 'older';

/** A table an import touches: the analysis itself, or one of its record tables. */
export type DiffTable = 'analyses' | ExchangeTable;

/** A record of any table an import touches. */
export type AnyRecord = Analysis | ExchangeRecord;

/** One record of the file, compared with the stored record of the same id. */
export interface DiffEntry {
	table: DiffTable;
	id: string;
	kind: DiffKind;
	incoming: AnyRecord;
	/** The stored record with this id; absent for `add`. */
	stored?: AnyRecord;
}

/** Everything an import would do, before it does anything. */
export interface AnalysisDiff {
	analysisId: string;
	/** True when the device has no analysis with this id yet. */
	isNew: boolean;
	/** One entry per record in the file: the analysis first, then each table in registry order. */
	entries: DiffEntry[];
	/** How many stored records the file lacks; they are kept. */
	onlyStored: number;
}

/** JSON with object keys sorted, so equal content gives equal text whatever the key order. */
function canonical(value: unknown): string {
	return JSON.stringify(value, (_key, item: unknown) =>
		typeof item === 'object' && item !== null && !Array.isArray(item)
			? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
			: item
	);
}

/** A record's content without its revision and change time. */
function content(record: AnyRecord): string {
	return canonical({ ...record, rev: undefined, updatedAt: undefined });
}

/** Classifies one incoming record against the stored one (see the rule at the top). */
export function classify(incoming: AnyRecord, stored: AnyRecord | undefined): DiffKind {
	if (!stored) return 'add';
	if (content(incoming) === content(stored)) return 'same';
	const time = Date.parse(incoming.updatedAt) - Date.parse(stored.updatedAt);
	if (incoming.rev > stored.rev && time >= 0) return 'change';
	if (incoming.rev < stored.rev && time <= 0) return 'older';
	return 'conflict';
}

/**
 * Compares an analysis from a file with the same analysis as stored (null when the device does
 * not have it): one entry per record in the file.
 */
export function diffAnalysis(incoming: AnalysisData, stored: AnalysisData | null): AnalysisDiff {
	const id = incoming.analysis.id;
	const entries: DiffEntry[] = [
		{
			table: 'analyses',
			id,
			kind: classify(incoming.analysis, stored?.analysis),
			incoming: incoming.analysis,
			...(stored && { stored: stored.analysis })
		}
	];
	let onlyStored = 0;
	for (const table of exchangeTableNames) {
		const mine = new Map<string, ExchangeRecord>(
			(stored?.records[table] ?? []).map((r: ExchangeRecord) => [r.id, r])
		);
		for (const record of incoming.records[table]) {
			const match = mine.get(record.id);
			mine.delete(record.id);
			entries.push({
				table,
				id: record.id,
				kind: classify(record, match),
				incoming: record,
				...(match && { stored: match })
			});
		}
		onlyStored += mine.size;
	}
	return { analysisId: id, isNew: stored === null, entries, onlyStored };
}

/** How many entries of each kind a diff has. */
export function countKinds(diff: AnalysisDiff): Record<DiffKind, number> {
	const counts: Record<DiffKind, number> = { add: 0, change: 0, conflict: 0, same: 0, older: 0 };
	for (const entry of diff.entries) counts[entry.kind]++;
	return counts;
}

/** The key a user's choice for a conflicting record is kept under: `table/id`. */
export function entryKey(entry: Pick<DiffEntry, 'table' | 'id'>): string {
	return `${entry.table}/${entry.id}`;
}

/**
 * A short, human label for a record of any table: its name, title, code, step or category,
 * whichever it has first; its id otherwise.
 */
export function recordLabel(record: AnyRecord): string {
	for (const field of ['name', 'title', 'label', 'code', 'stepId', 'category']) {
		const value = (record as Record<string, unknown>)[field];
		if (typeof value === 'string' && value !== '') return value;
	}
	return record.id;
}

/** The fields whose values differ between two versions of a record, revision and time aside. */
export function changedFields(a: AnyRecord, b: AnyRecord): string[] {
	// Records are plain JSON objects; reading them by key needs the index signature.
	const left = a as Record<string, unknown>;
	const right = b as Record<string, unknown>;
	const keys = [...new Set([...Object.keys(left), ...Object.keys(right)])];
	return keys
		.filter((k) => k !== 'rev' && k !== 'updatedAt')
		.filter((k) => canonical(left[k]) !== canonical(right[k]))
		.sort();
}

/** A field's value as short text for showing two versions side by side. */
export function fieldText(record: AnyRecord, field: string): string {
	const value = (record as Record<string, unknown>)[field];
	if (value === undefined || value === null) return '—';
	if (typeof value === 'string') return value;
	return JSON.stringify(value);
}
