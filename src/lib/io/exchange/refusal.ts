/**
 * Why a file was refused. Each code has one text for the user (in the app's messages); the
 * fields say what exactly is wrong, so the user can fix the file or ask whoever made it.
 */
export type FileRefusal =
	/** Larger than the app reads; sizes in bytes. */
	| { code: 'too-large'; bytes: number; maxBytes: number }
	/** Not JSON at all (a spreadsheet, a damaged or cut-off download). */
	| { code: 'not-json'; detail: string }
	/** JSON, but not a Nabuur file of the expected kind. */
	| { code: 'foreign' }
	/** A Nabuur file of the other kind (a device backup where an analysis file was expected, or back). */
	| { code: 'wrong-kind'; kind: 'analysis' | 'backup' }
	/** Written by a newer app than this one. */
	| { code: 'newer-version'; version: number }
	/** A value has the wrong type or is missing; `path` is where, `message` what. */
	| { code: 'invalid'; path: string; message: string }
	/** A text holds markup (such as `<script>`), which no field of Nabuur ever contains. */
	| { code: 'markup'; path: string }
	/** A record claims to belong to another analysis than the one in the file. */
	| { code: 'wrong-analysis'; table: string; id: string }
	/** Two records of one table share an id. */
	| { code: 'duplicate-id'; table: string; id: string };

/** The outcome of reading a file: its content, or why it is refused. */
export type ReadResult<T> = { ok: true; value: T } | { ok: false; refusal: FileRefusal };

/** Turns a zod issue path into `records.offers.3.name`. */
export function pathText(path: readonly PropertyKey[]): string {
	return path.map(String).join('.');
}
