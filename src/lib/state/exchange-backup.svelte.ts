import {
	backupFileName,
	buildBackup,
	maxBackupBytes,
	readBackup,
	type BackupFile
} from '$lib/io/exchange/backup';
import type { FileRefusal } from '$lib/io/exchange/refusal';
import { exchangeTableNames } from '$lib/io/exchange/tables';
import type { NabuurDatabase } from '$lib/storage/db';
import { ExchangeRepository } from '$lib/storage/exchange-repository';
import { readChosenFile, type TextFile } from './exchange.svelte';

/** A whole-device backup, and restoring one after the user has seen what it holds. */
export class BackupState {
	/** `preview`: a backup was read and waits for the user to confirm the restore. */
	status = $state<'idle' | 'reading' | 'refused' | 'preview' | 'restoring' | 'done'>('idle');
	fileName = $state('');
	refusal = $state.raw<FileRefusal | null>(null);
	/** The backup read from the chosen file. */
	backup = $state.raw<BackupFile | null>(null);

	readonly #repository: ExchangeRepository;

	constructor(
		db: NabuurDatabase,
		// A timestamp source, read once per action and never mutated, so it needs no reactivity.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		private readonly clock: () => Date = () => new Date(),
		private readonly maxBytes = maxBackupBytes
	) {
		this.#repository = new ExchangeRepository(db);
	}

	/** How many records the backup holds, all tables together. */
	get recordCount(): number {
		const backup = this.backup;
		return backup ? exchangeTableNames.reduce((n, t) => n + backup.records[t].length, 0) : 0;
	}

	/** Everything on this device as one backup file. */
	async create(): Promise<TextFile> {
		const createdAt = this.clock().toISOString();
		const data = await this.#repository.readDevice();
		return {
			name: backupFileName(createdAt),
			text: `${JSON.stringify(buildBackup(data, createdAt))}\n`,
			type: 'application/json'
		};
	}

	/** Reads a chosen backup file and shows what it holds; nothing is written yet. */
	async open(chosen: File): Promise<void> {
		this.reset();
		this.fileName = chosen.name;
		this.status = 'reading';
		const read = await readChosenFile(chosen, this.maxBytes);
		const result = read.ok ? readBackup(read.text, this.maxBytes) : read;
		if (!result.ok) {
			this.refusal = result.refusal;
			this.status = 'refused';
			return;
		}
		this.backup = result.value;
		this.status = 'preview';
	}

	/** Replaces everything on this device with the backup, in one transaction. */
	async restore(): Promise<void> {
		if (!this.backup || this.status !== 'preview') return;
		this.status = 'restoring';
		try {
			await this.#repository.restoreDevice(this.backup);
			this.status = 'done';
		} catch (error) {
			this.status = 'preview';
			throw error;
		}
	}

	/** Forgets the chosen file. */
	reset(): void {
		this.status = 'idle';
		this.fileName = '';
		this.refusal = null;
		this.backup = null;
	}
}
