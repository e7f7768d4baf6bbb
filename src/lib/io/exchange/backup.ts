import { z } from 'zod';
import { analysisSchema, type Analysis } from '../../domain/records';
import { emptyRecordSets, recordSetsSchema, type RecordSets } from './format';
import { nabuurFormats, readNabuurJson } from './read-json';
import { pathText, type ReadResult } from './refusal';
import { exchangeTableNames, type ExchangeRecord } from './tables';

// A device backup (`.nabuur-backup.json`): every analysis on the device with all its records and
// the device-level facts (such as "the demo was offered"), so that restoring it into an empty
// browser gives back exactly what was there.

/** The backup layout this app writes. */
export const currentBackupVersion = 1;

/** Largest backup the app reads, in bytes. */
export const maxBackupBytes = 200 * 1024 * 1024;

/** A device-level fact as a backup carries it. */
export interface BackupMeta {
	key: string;
	value: unknown;
}

/** Everything on a device. */
export interface DeviceData {
	analyses: Analysis[];
	records: RecordSets;
	meta: BackupMeta[];
}

/** A device backup as this app writes it. */
export interface BackupFile extends DeviceData {
	format: typeof nabuurFormats.backup;
	version: typeof currentBackupVersion;
	/** When the backup was made, ISO 8601 UTC. */
	createdAt: string;
}

const metaSchema = z.strictObject({ key: z.string().min(1).max(200), value: z.json() });

/** Schema of a version 1 backup. */
export const backupFileSchema = z.strictObject({
	format: z.literal(nabuurFormats.backup),
	version: z.literal(currentBackupVersion),
	createdAt: z.iso.datetime(),
	analyses: z.array(analysisSchema),
	records: recordSetsSchema,
	meta: z.array(metaSchema)
});

/** Builds a backup of a device's data. */
export function buildBackup(data: DeviceData, createdAt: string): BackupFile {
	return { format: nabuurFormats.backup, version: currentBackupVersion, createdAt, ...data };
}

/** A backup's file name, with the date. */
export function backupFileName(createdAt: string): string {
	return `nabuur-backup-${createdAt.slice(0, 10)}.nabuur-backup.json`;
}

/**
 * Reads a backup: refused with a reason when too large, not JSON, not a backup, from a newer app,
 * holding markup, not matching the schema, with a record of an analysis the backup lacks, or with
 * an id twice.
 */
export function readBackup(text: string, maxBytes = maxBackupBytes): ReadResult<BackupFile> {
	const json = readNabuurJson(text, 'backup', maxBytes, {
		oldest: currentBackupVersion,
		newest: currentBackupVersion
	});
	if (!json.ok) return json;
	const checked = backupFileSchema.safeParse(json.value);
	if (!checked.success) {
		const issue = checked.error.issues[0];
		const refusal = {
			code: 'invalid',
			path: pathText(issue?.path ?? []),
			message: issue?.message ?? ''
		} as const;
		return { ok: false, refusal };
	}
	const backup: BackupFile = {
		...checked.data,
		records: { ...emptyRecordSets(), ...checked.data.records }
	};
	const analysisIds = new Set<string>();
	for (const analysis of backup.analyses) {
		if (analysisIds.has(analysis.id)) {
			return { ok: false, refusal: { code: 'duplicate-id', table: 'analyses', id: analysis.id } };
		}
		analysisIds.add(analysis.id);
	}
	for (const table of exchangeTableNames) {
		const seen = new Set<string>();
		for (const record of backup.records[table] as ExchangeRecord[]) {
			if (!analysisIds.has(record.analysisId)) {
				return { ok: false, refusal: { code: 'wrong-analysis', table, id: record.id } };
			}
			if (seen.has(record.id))
				return { ok: false, refusal: { code: 'duplicate-id', table, id: record.id } };
			seen.add(record.id);
		}
	}
	return { ok: true, value: backup };
}
