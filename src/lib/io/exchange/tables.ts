import type { z } from 'zod';
import {
	actionSchema,
	areaSchema,
	needSchema,
	offerSchema,
	prioritySchema,
	proposalSchema,
	snapshotSchema,
	stepRecordSchema,
	voteSchema,
	votingRoundSchema
} from '../../domain/records';

// The one registry of the tables an analysis file, a merge and a backup carry, each with the
// schema its records must pass. Everything in exchange/ iterates this object, so a new table of
// analysis records is one line here (a unit test fails when `analysisTables` in storage has a
// table this registry lacks).

/** Record schema of every table whose records belong to one analysis, by table name. */
export const exchangeTables = {
	areas: areaSchema,
	offers: offerSchema,
	needs: needSchema,
	stepRecords: stepRecordSchema,
	votes: voteSchema,
	actions: actionSchema,
	proposals: proposalSchema,
	votingRounds: votingRoundSchema,
	priorities: prioritySchema,
	snapshots: snapshotSchema
} as const satisfies Record<string, z.ZodType<{ id: string; analysisId: string }>>;

/** Name of a table an analysis file carries. */
export type ExchangeTable = keyof typeof exchangeTables;

/** A record of one of the exchanged tables. */
export type ExchangeRecord<T extends ExchangeTable = ExchangeTable> = z.infer<
	(typeof exchangeTables)[T]
>;

/** The table names of the registry, in registry order. */
// Object.keys loses the key type; the keys are exactly the registry's own.
export const exchangeTableNames = Object.keys(exchangeTables) as ExchangeTable[];
