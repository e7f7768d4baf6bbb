import type { z } from 'zod';
import { NabuurError } from '$lib/domain/errors';

/**
 * Checks a record read back from IndexedDB against its schema. Data on disk may have been
 * written by another app version or damaged; refuse it loudly rather than let it spread.
 */
export function parseStored<S extends z.ZodType>(
	schema: S,
	value: unknown,
	table: string
): z.infer<S> {
	const result = schema.safeParse(value);
	if (result.success) return result.data;
	const id = typeof value === 'object' && value !== null && 'id' in value ? String(value.id) : '?';
	const first = result.error.issues[0];
	throw new NabuurError(
		'stored-data-invalid',
		`${table} record ${id} does not match its schema: ${first?.path.join('.')} ${first?.message}`,
		`${table}/${id}`
	);
}

/** Maps a failure of IndexedDB itself to an error kind the user can act on. */
export function storageFailure(error: unknown): NabuurError {
	if (error instanceof NabuurError) return error;
	const name = error instanceof Error ? error.name : '';
	const full =
		name === 'QuotaExceededError' || (error instanceof Error && /quota/i.test(error.message));
	return new NabuurError(
		full ? 'storage-full' : 'storage-unavailable',
		error instanceof Error ? `${name}: ${error.message}` : String(error),
		undefined,
		{ cause: error }
	);
}
