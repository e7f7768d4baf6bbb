import { currentFileVersion } from './format';

// Older layouts of the analysis file, and how each becomes the next. Never change a step once a
// version is released; add the next one. Each step works on plain JSON, before the schema of the
// current version checks the result.
//
// Version 1 mirrored database version 1: records without a revision or change time, under
// `tables`. Version 2 calls that `records` and gives every record `rev` and `updatedAt`; a
// version 1 record starts at revision 1, changed when the file was exported, as the database
// upgrade to version 2 does for records on a device.

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

function withMeta(record: unknown, fallback: string): unknown {
	if (!isObject(record)) return record;
	return {
		...record,
		rev: typeof record.rev === 'number' ? record.rev : 1,
		updatedAt: typeof record.updatedAt === 'string' ? record.updatedAt : fallback
	};
}

function v1ToV2(file: Json): Json {
	const fallback = typeof file.exportedAt === 'string' ? file.exportedAt : '';
	const { tables, ...rest } = file;
	const records = isObject(tables)
		? Object.fromEntries(
				Object.entries(tables).map(([table, rows]) => [
					table,
					Array.isArray(rows) ? rows.map((row) => withMeta(row, fallback)) : rows
				])
			)
		: tables;
	return { ...rest, version: 2, analysis: withMeta(file.analysis, fallback), records };
}

/** Steps by the version they read: `steps[1]` turns version 1 into version 2. */
const steps: Record<number, (file: Json) => Json> = { 1: v1ToV2 };

/** The oldest file version this app still reads. */
export const oldestFileVersion = 1;

/**
 * Brings a file of an older version up to `currentFileVersion`, step by step; a current file is
 * returned as it is. The caller has checked that `version` is between the oldest and current.
 */
export function migrateAnalysisFile(file: Json & { version: number }): Json {
	let current: Json = file;
	for (let version = file.version; version < currentFileVersion; version++) {
		current = steps[version]!(current);
	}
	return current;
}
