import { z } from 'zod';
import { analysisSchema, type Analysis } from '../../domain/records';
import {
	exchangeTableNames,
	exchangeTables,
	type ExchangeRecord,
	type ExchangeTable
} from './tables';

// The analysis file (`.nabuur.json`): one analysis with every record that belongs to it, so a
// team can move its work to another device or archive it. The `format` field tells it apart from
// any other JSON; `version` is raised whenever the layout changes, and `migrate.ts` reads every
// older version.

/** The `format` value of an analysis file. */
export const analysisFileFormat = 'nabuur-analysis';

/** The file version this app writes; older versions are migrated on reading. */
export const currentFileVersion = 2;

/** Largest analysis file the app reads, in bytes (a whole gemeente of buurten fits easily). */
export const maxAnalysisFileBytes = 25 * 1024 * 1024;

/** Every record of each exchanged table. */
export type RecordSets = { [T in ExchangeTable]: ExchangeRecord<T>[] };

/** One analysis with all its records: what a file carries and what a device holds. */
export interface AnalysisData {
	analysis: Analysis;
	records: RecordSets;
}

/** An analysis file as this app writes it (version 2). */
export interface AnalysisFile extends AnalysisData {
	format: typeof analysisFileFormat;
	version: typeof currentFileVersion;
	/** When the file was written, ISO 8601 UTC. */
	exportedAt: string;
}

/** A table's records as a file may hold them: absent means none (a table added later). */
function tableSchema<T extends ExchangeTable>(table: T) {
	return z.array(exchangeTables[table]).default([]);
}

const recordsShape = Object.fromEntries(exchangeTableNames.map((t) => [t, tableSchema(t)]));

/**
 * Schema of the records part: a known table name each, unknown tables refused (a file from a
 * newer app, or not ours).
 */
// fromEntries loses the per-table types; the shape holds exactly one schema per registry table.
export const recordSetsSchema = z.strictObject(recordsShape) as unknown as z.ZodType<RecordSets>;

/** Schema of a version 2 analysis file. */
export const analysisFileSchema = z.strictObject({
	format: z.literal(analysisFileFormat),
	version: z.literal(currentFileVersion),
	exportedAt: z.iso.datetime(),
	analysis: analysisSchema,
	records: recordSetsSchema
});

/** Empty record sets, one empty list per table. */
export function emptyRecordSets(): RecordSets {
	// fromEntries loses the key type; every registry table gets its list.
	return Object.fromEntries(exchangeTableNames.map((t) => [t, []])) as unknown as RecordSets;
}

/** Builds the file for an analysis and its records, records sorted by id so equal data gives equal files. */
export function buildAnalysisFile(data: AnalysisData, exportedAt: string): AnalysisFile {
	const records = emptyRecordSets();
	for (const table of exchangeTableNames) {
		const sorted = [...data.records[table]].sort((a, b) =>
			a.id < b.id ? -1 : a.id > b.id ? 1 : 0
		);
		(records[table] as ExchangeRecord[]) = sorted;
	}
	return {
		format: analysisFileFormat,
		version: currentFileVersion,
		exportedAt,
		analysis: data.analysis,
		records
	};
}

/** The file as text: JSON with tabs, so a reviewer can read a diff of two exports. */
export function writeAnalysisFile(file: AnalysisFile): string {
	return `${JSON.stringify(file, null, '\t')}\n`;
}

/** An analysis name as lowercase words joined by `-`, without accents, for file names. */
export function fileSlug(name: string): string {
	const slug = name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 60);
	return slug || 'analyse';
}

/** A file name for an analysis: its name in lowercase words, the date, and `.nabuur.json`. */
export function analysisFileName(analysis: Pick<Analysis, 'name'>, date: string): string {
	return `${fileSlug(analysis.name)}-${date.slice(0, 10)}.nabuur.json`;
}
