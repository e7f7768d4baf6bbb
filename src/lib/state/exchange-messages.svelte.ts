import type { DiffKind, DiffTable } from '$lib/io/exchange/diff';
import type { FileRefusal } from '$lib/io/exchange/refusal';
import { m } from '$lib/paraglide/messages.js';

const megabytes = (bytes: number) => String(Math.ceil((bytes / 1024 / 1024) * 10) / 10);

/** The one place where a file refusal becomes text for the user. */
export function refusalText(refusal: FileRefusal): string {
	switch (refusal.code) {
		case 'too-large':
			return m.uitwisselen_refused_too_large({
				size: megabytes(refusal.bytes),
				max: megabytes(refusal.maxBytes)
			});
		case 'not-json':
			return m.uitwisselen_refused_not_json();
		case 'foreign':
			return m.uitwisselen_refused_foreign();
		case 'wrong-kind':
			return refusal.kind === 'backup'
				? m.uitwisselen_refused_wrong_kind_backup()
				: m.uitwisselen_refused_wrong_kind_analysis();
		case 'newer-version':
			return m.uitwisselen_refused_newer_version({ version: String(refusal.version) });
		case 'invalid':
			return m.uitwisselen_refused_invalid({ path: refusal.path, message: refusal.message });
		case 'markup':
			return m.uitwisselen_refused_markup({ path: refusal.path });
		case 'wrong-analysis':
			return m.uitwisselen_refused_wrong_analysis({ id: refusal.id, table: refusal.table });
		case 'duplicate-id':
			return m.uitwisselen_refused_duplicate_id({ id: refusal.id, table: refusal.table });
	}
}

/** What happens to a record, in the user's language. */
export function kindText(kind: DiffKind): string {
	switch (kind) {
		case 'add':
			return m.uitwisselen_kind_add();
		case 'change':
			return m.uitwisselen_kind_change();
		case 'conflict':
			return m.uitwisselen_kind_conflict();
		case 'same':
			return m.uitwisselen_kind_same();
		case 'older':
			return m.uitwisselen_kind_older();
	}
}

/** The kind of record a table holds, in the user's language (singular). */
export function tableText(table: DiffTable | string): string {
	const texts: Record<string, () => string> = {
		analyses: m.uitwisselen_table_analyses,
		areas: m.uitwisselen_table_areas,
		offers: m.uitwisselen_table_offers,
		needs: m.uitwisselen_table_needs,
		stepRecords: m.uitwisselen_table_stepRecords,
		votes: m.uitwisselen_table_votes,
		actions: m.uitwisselen_table_actions,
		proposals: m.uitwisselen_table_proposals,
		votingRounds: m.uitwisselen_table_votingRounds,
		priorities: m.uitwisselen_table_priorities,
		snapshots: m.uitwisselen_table_snapshots
	};
	// A table added later shows its own name until it gets a text.
	return texts[table]?.() ?? table;
}
