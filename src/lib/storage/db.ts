import Dexie, { type EntityTable } from 'dexie';
import type {
	Action,
	Analysis,
	Area,
	Need,
	Offer,
	Priority,
	Proposal,
	Snapshot,
	StepRecord,
	Vote,
	VotingRound
} from '$lib/domain/records';
import { schemaVersions, type SchemaVersion } from './schema-versions';

/** A device-level fact, such as whether the demo wijk was already offered on this device. */
export interface MetaEntry {
	key: string;
	value: unknown;
}

/** The name of Nabuur's IndexedDB database. */
export const databaseName = 'nabuur';

/** The one Dexie database of the app, with every table typed. */
export class NabuurDatabase extends Dexie {
	analyses!: EntityTable<Analysis, 'id'>;
	areas!: EntityTable<Area, 'id'>;
	offers!: EntityTable<Offer, 'id'>;
	needs!: EntityTable<Need, 'id'>;
	stepRecords!: EntityTable<StepRecord, 'id'>;
	votes!: EntityTable<Vote, 'id'>;
	actions!: EntityTable<Action, 'id'>;
	proposals!: EntityTable<Proposal, 'id'>;
	votingRounds!: EntityTable<VotingRound, 'id'>;
	priorities!: EntityTable<Priority, 'id'>;
	snapshots!: EntityTable<Snapshot, 'id'>;
	meta!: EntityTable<MetaEntry, 'key'>;

	/**
	 * @param name database name; tests pass a unique one
	 * @param versions the versions to declare; tests pass the first ones to build an old database
	 */
	constructor(name = databaseName, versions: SchemaVersion[] = schemaVersions) {
		super(name);
		for (const v of versions) {
			const declared = this.version(v.version).stores(v.stores);
			if (v.upgrade) declared.upgrade(v.upgrade);
		}
	}
}
