import { findMarkup } from './markup';
import type { ReadResult } from './refusal';

/** The `format` values of Nabuur's own files, by kind. */
export const nabuurFormats = { analysis: 'nabuur-analysis', backup: 'nabuur-backup' } as const;

/** A Nabuur file's kind. */
export type NabuurFileKind = keyof typeof nabuurFormats;

/** A parsed Nabuur file of the expected kind, before its schema is checked. */
export type ParsedFile = Record<string, unknown> & { version: number };

/** The size of a text in UTF-8 bytes. */
export function utf8Bytes(text: string): number {
	return new TextEncoder().encode(text).length;
}

/**
 * The first checks every Nabuur file passes, cheapest first: its size, that it is JSON, that it
 * says it is a Nabuur file of the expected kind, of a version this app reads, without markup in
 * any text.
 *
 * @param maxBytes the largest file accepted, in UTF-8 bytes
 * @param versions the oldest and newest version this app reads
 */
export function readNabuurJson(
	text: string,
	kind: NabuurFileKind,
	maxBytes: number,
	versions: { oldest: number; newest: number }
): ReadResult<ParsedFile> {
	// Counting characters first avoids encoding a huge text just to learn it is too large.
	if (text.length > maxBytes || utf8Bytes(text) > maxBytes) {
		return { ok: false, refusal: { code: 'too-large', bytes: utf8Bytes(text), maxBytes } };
	}
	let parsed: unknown;
	try {
		parsed = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
	} catch (error) {
		const detail = error instanceof Error ? error.message : String(error);
		return { ok: false, refusal: { code: 'not-json', detail } };
	}
	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
		return { ok: false, refusal: { code: 'foreign' } };
	}
	const file = parsed as Record<string, unknown>;
	if (file.format !== nabuurFormats[kind]) {
		const other = (Object.keys(nabuurFormats) as NabuurFileKind[]).find(
			(k) => nabuurFormats[k] === file.format
		);
		return {
			ok: false,
			refusal: other ? { code: 'wrong-kind', kind: other } : { code: 'foreign' }
		};
	}
	const version = file.version;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < versions.oldest) {
		return { ok: false, refusal: { code: 'foreign' } };
	}
	if (version > versions.newest) return { ok: false, refusal: { code: 'newer-version', version } };
	const markup = findMarkup(file);
	if (markup !== null) return { ok: false, refusal: { code: 'markup', path: markup } };
	return { ok: true, value: { ...file, version } };
}
