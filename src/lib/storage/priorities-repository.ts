import { newId } from '$lib/domain/ids';
import { NabuurError } from '$lib/domain/errors';
import { actionSchema, prioritySchema, type Priority } from '$lib/domain/records';
import type { NabuurDatabase } from './db';
import { parseStored, storageFailure } from './validate';

/** A gap the team puts on its short list, in order, with the dots it got. */
export interface ShortListEntry {
	areaCode: string;
	category: string;
	dots: number;
}

/**
 * The short list of priorities (step 6). Confirming a new list is one transaction: priorities
 * still on the list keep their goal, results and means; priorities taken off are deleted and
 * unlinked from the activities that named them.
 */
export class PrioritiesRepository {
	constructor(
		private readonly db: NabuurDatabase,
		private readonly clock: () => Date = () => new Date()
	) {}

	/** Stores `entries` as the analysis's priorities, ranked in the given order. */
	async confirm(analysisId: string, entries: readonly ShortListEntry[]): Promise<Priority[]> {
		const keys = entries.map((e) => `${e.areaCode}:${e.category}`);
		if (new Set(keys).size !== keys.length) {
			throw new NabuurError('invalid-input', 'a gap is on the short list twice', 'priorities');
		}
		try {
			return await this.db.transaction('rw', this.db.priorities, this.db.actions, async () => {
				const now = this.clock().toISOString();
				const stored = await this.db.priorities.where('analysisId').equals(analysisId).toArray();
				const current = stored.map((row) => parseStored(prioritySchema, row, 'priorities'));
				const byKey = new Map(current.map((p) => [`${p.areaCode}:${p.category}`, p]));
				const next = entries.map((entry, i): Priority => {
					const kept = byKey.get(keys[i]!);
					const base: Priority = kept ?? {
						id: newId(),
						rev: 0,
						updatedAt: now,
						analysisId,
						areaCode: entry.areaCode,
						category: entry.category,
						rank: i + 1,
						dots: entry.dots,
						goal: '',
						results: [],
						meansIds: [],
						meansNote: '',
						successAnswers: {}
					};
					return prioritySchema.parse({
						...base,
						rank: i + 1,
						dots: entry.dots,
						rev: base.rev + 1,
						updatedAt: now
					});
				});
				const keptIds = new Set(next.map((p) => p.id));
				const removed = current.filter((p) => !keptIds.has(p.id)).map((p) => p.id);
				await this.db.priorities.bulkDelete(removed);
				await this.db.priorities.bulkPut(next);
				if (removed.length > 0) {
					const actions = await this.db.actions.where('analysisId').equals(analysisId).toArray();
					for (const row of actions) {
						const action = parseStored(actionSchema, row, 'actions');
						const priorityIds = action.priorityIds.filter((id) => !removed.includes(id));
						if (priorityIds.length === action.priorityIds.length) continue;
						await this.db.actions.put({
							...action,
							priorityIds,
							rev: action.rev + 1,
							updatedAt: now
						});
					}
				}
				return next;
			});
		} catch (error) {
			throw storageFailure(error);
		}
	}
}
