import {
	buildAnalysisFile,
	analysisFileName,
	maxAnalysisFileBytes,
	writeAnalysisFile,
	type AnalysisFile
} from '$lib/io/exchange/format';
import {
	countKinds,
	diffAnalysis,
	entryKey,
	type AnalysisDiff,
	type DiffEntry
} from '$lib/io/exchange/diff';
import { planImport, type ConflictChoice } from '$lib/io/exchange/plan';
import { readAnalysisFile } from '$lib/io/exchange/read-analysis-file';
import type { FileRefusal } from '$lib/io/exchange/refusal';
import { NabuurError } from '$lib/domain/errors';
import { ExchangeRepository, ImportOutdatedError } from '$lib/storage/exchange-repository';
import type { NabuurDatabase } from '$lib/storage/db';

/** A text file ready to be saved: its name, content and media type. */
export interface TextFile {
	name: string;
	text: string;
	type: string;
}

/** Offers a text file to the user as a download, without any network request. */
export function downloadText(file: TextFile): void {
	const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = file.name;
	link.rel = 'noopener';
	document.body.append(link);
	link.click();
	link.remove();
	// Revoking at once can cancel the download in some browsers; a minute is plenty.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Reads a chosen file as text, refusing it by its size before reading a byte of it. */
export async function readChosenFile(
	file: File,
	maxBytes: number
): Promise<{ ok: true; text: string } | { ok: false; refusal: FileRefusal }> {
	if (file.size > maxBytes) {
		return { ok: false, refusal: { code: 'too-large', bytes: file.size, maxBytes } };
	}
	return { ok: true, text: await file.text() };
}

/** The analysis file of one analysis on this device. */
export async function exportAnalysis(
	db: NabuurDatabase,
	id: string,
	// A timestamp read once, never mutated, so it needs no reactivity.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	now = new Date()
): Promise<TextFile> {
	const data = await new ExchangeRepository(db).readAnalysis(id);
	if (!data) throw new NabuurError('not-found', `analysis ${id} does not exist`, id);
	const exportedAt = now.toISOString();
	return {
		name: analysisFileName(data.analysis, exportedAt),
		text: writeAnalysisFile(buildAnalysisFile(data, exportedAt)),
		type: 'application/json'
	};
}

/**
 * Opening an analysis file: it is read and checked, compared with what this device holds, shown
 * record by record, and written only when the user confirms, after choosing for every conflict.
 */
export class AnalysisImportState {
	/** `refused`: the file was not accepted (see `refusal`); `preview`: waiting for the user. */
	status = $state<'idle' | 'reading' | 'refused' | 'preview' | 'applying' | 'done'>('idle');
	/** Name of the chosen file. */
	fileName = $state('');
	/** Why the file was refused. */
	refusal = $state.raw<FileRefusal | null>(null);
	/** The file as read. */
	file = $state.raw<AnalysisFile | null>(null);
	/** What importing would do. */
	diff = $state.raw<AnalysisDiff | null>(null);
	/** The user's choice per conflict, by `entryKey`. */
	choices = $state<Record<string, ConflictChoice>>({});
	/** True when the stored analysis changed after the comparison, so it was compared again. */
	recompared = $state(false);

	readonly #repository: ExchangeRepository;

	constructor(
		db: NabuurDatabase,
		// A timestamp source, read once per action and never mutated, so it needs no reactivity.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		private readonly clock: () => Date = () => new Date(),
		private readonly maxBytes = maxAnalysisFileBytes
	) {
		this.#repository = new ExchangeRepository(db);
	}

	/** How many records each kind of change concerns. */
	get counts() {
		return this.diff ? countKinds(this.diff) : null;
	}

	/** The records that would be added, changed, or are in conflict or older, in file order. */
	get visibleEntries(): DiffEntry[] {
		return this.diff?.entries.filter((e) => e.kind !== 'same') ?? [];
	}

	/** How many conflicts still need a choice. */
	get unresolved(): number {
		return (this.diff?.entries ?? []).filter(
			(e) => e.kind === 'conflict' && !this.choices[entryKey(e)]
		).length;
	}

	/** True when confirming would write something. */
	get hasWork(): boolean {
		const c = this.counts;
		return c !== null && c.add + c.change + c.conflict > 0;
	}

	/** Reads a chosen file and compares it with this device; nothing is written. */
	async open(chosen: File): Promise<void> {
		this.reset();
		this.fileName = chosen.name;
		this.status = 'reading';
		const read = await readChosenFile(chosen, this.maxBytes);
		const result = read.ok ? readAnalysisFile(read.text, this.maxBytes) : read;
		if (!result.ok) {
			this.refusal = result.refusal;
			this.status = 'refused';
			return;
		}
		this.file = result.value;
		await this.#compare();
	}

	/** Records the user's choice for one conflict. */
	choose(key: string, choice: ConflictChoice): void {
		this.choices[key] = choice;
	}

	/**
	 * Writes the import in one transaction. When a record changed on this device in the meantime,
	 * nothing is written: the file is compared again and the user looks once more.
	 */
	async confirm(): Promise<boolean> {
		if (!this.diff || this.status !== 'preview' || this.unresolved > 0) return false;
		this.status = 'applying';
		try {
			await this.#repository.applyImport(
				planImport(this.diff, this.choices, this.clock().toISOString())
			);
			this.status = 'done';
			return true;
		} catch (error) {
			if (error instanceof ImportOutdatedError) {
				await this.#compare();
				this.recompared = true;
				return false;
			}
			this.status = 'preview';
			throw error;
		}
	}

	/** Forgets the file; nothing was written. */
	reset(): void {
		this.status = 'idle';
		this.fileName = '';
		this.refusal = null;
		this.file = null;
		this.diff = null;
		this.choices = {};
		this.recompared = false;
	}

	async #compare(): Promise<void> {
		const file = this.file!;
		const stored = await this.#repository.readAnalysis(file.analysis.id);
		const diff = diffAnalysis(file, stored);
		const keys = diff.entries.filter((e) => e.kind === 'conflict').map(entryKey);
		this.choices = Object.fromEntries(
			Object.entries(this.choices).filter(([k]) => keys.includes(k))
		);
		this.diff = diff;
		this.status = 'preview';
	}
}
