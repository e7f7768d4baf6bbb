/**
 * The kinds of failure Nabuur knows how to explain to a user. Each kind has one user-facing text,
 * kept in one place (`state/errors.ts`); code throws kinds, never sentences.
 */
export type ErrorKind =
	| 'storage-unavailable'
	| 'storage-full'
	| 'stored-data-invalid'
	| 'not-found'
	| 'invalid-input'
	| 'file-unreadable'
	| 'methodology-invalid';

/** An error of a known kind, with technical detail for logs and an optional subject for the UI. */
export class NabuurError extends Error {
	override readonly name = 'NabuurError';
	constructor(
		readonly kind: ErrorKind,
		detail: string,
		/** What the error is about (a record id, a field), if the user text should mention it. */
		readonly subject?: string,
		options?: { cause?: unknown }
	) {
		super(detail, options);
	}
}
