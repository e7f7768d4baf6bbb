/**
 * Saves records as the team types: each record is written a moment after its last change, saves
 * run one after another, and `flush` writes everything still waiting (before leaving a page).
 */
export class DebouncedSaver<R extends { id: string }> {
	/** 'saved' when everything typed is stored. */
	status = $state<'saved' | 'saving' | 'failed'>('saved');
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, never rendered
	#waiting = new Map<string, { record: R; timer: ReturnType<typeof setTimeout> }>();
	#queue: Promise<void> = Promise.resolve();

	/**
	 * @param write stores one record and returns it as stored
	 * @param onsaved receives each stored record
	 * @param onerror receives a failed save
	 * @param delayMs wait after the last change, in milliseconds
	 */
	constructor(
		private readonly write: (record: R) => Promise<R>,
		private readonly onsaved: (record: R) => void,
		private readonly onerror: (error: unknown) => void,
		private readonly delayMs = 250
	) {}

	/** Saves `record` shortly, replacing a save of the same record still waiting. */
	schedule(record: R): void {
		const waiting = this.#waiting.get(record.id);
		if (waiting) clearTimeout(waiting.timer);
		this.status = 'saving';
		const timer = setTimeout(() => this.#start(record.id), this.delayMs);
		this.#waiting.set(record.id, { record, timer });
	}

	/** Writes every waiting record now and resolves when all saves are done. */
	async flush(): Promise<void> {
		for (const id of [...this.#waiting.keys()]) this.#start(id);
		await this.#queue;
	}

	#start(id: string): void {
		const waiting = this.#waiting.get(id);
		if (!waiting) return;
		clearTimeout(waiting.timer);
		this.#waiting.delete(id);
		this.#queue = this.#queue.then(async () => {
			try {
				this.onsaved(await this.write(waiting.record));
				if (this.#waiting.size === 0) this.status = 'saved';
			} catch (error) {
				this.status = 'failed';
				this.onerror(error);
			}
		});
	}
}
