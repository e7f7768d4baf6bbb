import type { Transaction } from 'dexie';

/** One declared version of the database: its tables and indexes, and how to migrate data into it. */
export interface SchemaVersion {
	version: number;
	/** Dexie store declarations: primary key first, then indexed fields; null deletes a table. */
	stores: Record<string, string | null>;
	/** Rewrites records stored under the previous version; runs inside the upgrade transaction. */
	upgrade?: (tx: Transaction) => Promise<void>;
}

/** Tables that hold records belonging to one analysis (everything but `analyses` and `meta`). */
export const analysisTables = [
	'areas',
	'offers',
	'needs',
	'stepRecords',
	'votes',
	'actions',
	'proposals',
	'votingRounds',
	'priorities',
	'snapshots'
] as const;

/**
 * The analysis tables as they were in versions 1 and 2. Version 2's upgrade walks exactly these:
 * tables added later do not exist yet while it runs.
 */
const version2AnalysisTables = analysisTables.slice(0, 7);

/** Name of a table whose records belong to one analysis. */
export type AnalysisTable = (typeof analysisTables)[number];

/**
 * Every version the database has had, oldest first. Never edit a released version: add a new one
 * with an `upgrade` that carries the old data over, and a `*.db.test.ts` case that proves it.
 */
export const schemaVersions: SchemaVersion[] = [
	{
		version: 1,
		stores: {
			analyses: 'id, updatedAt',
			areas: 'id, analysisId, [analysisId+code]',
			offers: 'id, analysisId',
			needs: 'id, analysisId',
			stepRecords: 'id, analysisId, [analysisId+stepId]',
			votes: 'id, analysisId',
			actions: 'id, analysisId',
			proposals: 'id, analysisId'
		}
	},
	{
		// Version 2 adds the `meta` table (device-level facts such as "the demo was offered") and
		// gives every record a revision and a change time, which merging files from two devices
		// needs. Records from version 1 start at revision 1, changed "when last seen".
		version: 2,
		stores: { meta: 'key' },
		upgrade: async (tx) => {
			const fallback = new Date().toISOString();
			for (const table of ['analyses', ...version2AnalysisTables]) {
				await tx
					.table(table)
					.toCollection()
					.modify((record: Record<string, unknown>) => {
						if (typeof record.rev !== 'number') record.rev = 1;
						if (typeof record.updatedAt !== 'string') {
							record.updatedAt = typeof record.createdAt === 'string' ? record.createdAt : fallback;
						}
					});
			}
		}
	},
	{
		// Version 3 adds the stappenplan's own tables: voting rounds of step 6, the priorities the
		// team confirmed (worked out in step 7) and snapshots for comparing rounds (step 10).
		// Existing records need no change: actions read without `priorityIds` or `owner` get the
		// schema's defaults.
		version: 3,
		stores: {
			votingRounds: 'id, analysisId',
			priorities: 'id, analysisId',
			snapshots: 'id, analysisId'
		}
	}
];
