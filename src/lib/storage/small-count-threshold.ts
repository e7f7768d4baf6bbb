import { NabuurError } from '$lib/domain/errors';
import { analysisSchema, type Analysis } from '$lib/domain/records';
import type { NabuurDatabase } from './db';
import { parseStored, storageFailure } from './validate';

/**
 * Stores the smallest count an analysis shows in shared views and exports, in one transaction;
 * `undefined` removes it, so the default (5) applies again. The analysis gets its next revision.
 *
 * @param threshold a whole number from 1 to 100, or undefined
 * @throws NabuurError `invalid-input` for any other number, `not-found` for an unknown analysis
 */
export async function saveSmallCountThreshold(
	db: NabuurDatabase,
	id: string,
	threshold: number | undefined,
	clock: () => Date = () => new Date()
): Promise<Analysis> {
	try {
		return await db.transaction('rw', db.analyses, async () => {
			const row = await db.analyses.get(id);
			if (!row) throw new NabuurError('not-found', `analysis ${id} does not exist`, id);
			const current = parseStored(analysisSchema, row, 'analyses');
			const result = analysisSchema.safeParse({
				...current,
				smallCountThreshold: threshold,
				rev: current.rev + 1,
				updatedAt: clock().toISOString()
			});
			if (!result.success) {
				throw new NabuurError(
					'invalid-input',
					`smallCountThreshold: ${result.error.issues[0]?.message}`,
					'smallCountThreshold'
				);
			}
			await db.analyses.put(result.data);
			return result.data;
		});
	} catch (error) {
		throw storageFailure(error);
	}
}
