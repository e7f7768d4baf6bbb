import {
	analysisFileSchema,
	currentFileVersion,
	maxAnalysisFileBytes,
	type AnalysisFile,
	type RecordSets
} from './format';
import { migrateAnalysisFile, oldestFileVersion } from './migrate';
import { readNabuurJson } from './read-json';
import { pathText, type FileRefusal, type ReadResult } from './refusal';
import { exchangeTableNames } from './tables';

/**
 * Checks that every record belongs to the given analysis and that no id occurs twice in a table;
 * returns the first problem, or null.
 */
export function checkRecordSets(analysisId: string, records: RecordSets): FileRefusal | null {
	for (const table of exchangeTableNames) {
		const seen = new Set<string>();
		for (const record of records[table]) {
			if (record.analysisId !== analysisId) return { code: 'wrong-analysis', table, id: record.id };
			if (seen.has(record.id)) return { code: 'duplicate-id', table, id: record.id };
			seen.add(record.id);
		}
	}
	return null;
}

/**
 * Reads an analysis file: refuses it with a reason when it is too large, not JSON, not an
 * analysis file, from a newer app, holds markup, or does not match the schema; migrates an older
 * version; and checks that every record belongs to the file's analysis.
 *
 * @param maxBytes the largest file accepted, in UTF-8 bytes
 */
export function readAnalysisFile(
	text: string,
	maxBytes = maxAnalysisFileBytes
): ReadResult<AnalysisFile> {
	const json = readNabuurJson(text, 'analysis', maxBytes, {
		oldest: oldestFileVersion,
		newest: currentFileVersion
	});
	if (!json.ok) return json;
	const checked = analysisFileSchema.safeParse(migrateAnalysisFile(json.value));
	if (!checked.success) {
		const issue = checked.error.issues[0];
		const refusal = {
			code: 'invalid',
			path: pathText(issue?.path ?? []),
			message: issue?.message ?? ''
		} as const;
		return { ok: false, refusal };
	}
	const file = checked.data;
	const mismatch = checkRecordSets(file.analysis.id, file.records);
	return mismatch ? { ok: false, refusal: mismatch } : { ok: true, value: file };
}
