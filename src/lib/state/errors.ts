import { NabuurError, type ErrorKind } from '$lib/domain/errors';
import { MethodologyError } from '$lib/domain/methodology/load';
import { m } from '$lib/paraglide/messages.js';
import { notices } from './notices.svelte';

/** The one place where error kinds become text for the user. */
export function errorText(kind: ErrorKind | 'unknown'): string {
	switch (kind) {
		case 'storage-unavailable':
			return m.error_storage_unavailable();
		case 'storage-full':
			return m.error_storage_full();
		case 'stored-data-invalid':
			return m.error_stored_data_invalid();
		case 'not-found':
			return m.error_not_found();
		case 'invalid-input':
			return m.error_invalid_input();
		case 'file-unreadable':
			return m.error_file_unreadable();
		case 'methodology-invalid':
			return m.error_methodology_invalid();
		case 'unknown':
			return m.error_unknown();
	}
}

/** The error kind of anything thrown. */
export function errorKind(error: unknown): ErrorKind | 'unknown' {
	if (error instanceof NabuurError) return error.kind;
	if (error instanceof MethodologyError) return 'methodology-invalid';
	return 'unknown';
}

/**
 * The one handler for errors the UI cannot prevent: logs the detail for whoever debugs, and tells
 * the user what failed (`action`) and what it means for them.
 */
export function handleError(error: unknown, action: string): void {
	console.error(`${action}:`, error);
	notices.push('error', `${action} ${errorText(errorKind(error))}`);
}
