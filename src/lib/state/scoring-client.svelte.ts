import type { ScoringInput } from '$lib/domain/scoring/input';
import { ScoringSession } from '$lib/domain/scoring/session';
import type { ScoringParams } from '$lib/domain/scoring/params';
import type { GapScores } from '$lib/domain/scoring/result';
import type { ScoringRequest, ScoringResponse } from './scoring-messages';

/**
 * Runs the scoring engine in a Web Worker. Only the newest request matters: when weights change
 * quickly, answers to older requests are dropped. Where workers are unavailable (unit tests) it
 * scores on the calling thread.
 *
 * Data that is the same as last time (the same areas, offers and needs arrays and the same
 * reference date) is not sent again: the worker kept it prepared, so re-weighting only redoes the
 * weighting step.
 */
export class ScoringClient {
	#worker: Worker | null = null;
	#next = 1;
	/** The data of the last request, to recognise a re-weighting of the same data. */
	#sent: ScoringInput | null = null;
	/** Scores on this thread where there is no worker, keeping the data prepared in the same way. */
	#local = new ScoringSession();
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, never rendered
	#pending = new Map<number, { resolve: (s: GapScores) => void; reject: (e: Error) => void }>();

	/** Scores the input; resolves with the scores, or rejects when a newer request replaced it. */
	score(input: ScoringInput, params: ScoringParams): Promise<GapScores> {
		const same = this.#sameData(input);
		this.#sent = input;
		if (typeof Worker === 'undefined') {
			return Promise.resolve(this.#local.score(same ? null : input, params));
		}
		const worker = this.#ensureWorker();
		const id = this.#next++;
		for (const [olderId, older] of this.#pending) {
			older.reject(new ScoringSupersededError());
			this.#pending.delete(olderId);
		}
		return new Promise((resolve, reject) => {
			this.#pending.set(id, { resolve, reject });
			// Records held by Svelte state are proxies; a plain copy crosses to the worker.
			const request: ScoringRequest = {
				id,
				input: same ? null : $state.snapshot(input),
				params
			};
			worker.postMessage(request);
		});
	}

	/** Stops the worker; pending requests are rejected. */
	dispose(): void {
		this.#worker?.terminate();
		this.#worker = null;
		this.#sent = null;
		for (const pending of this.#pending.values()) pending.reject(new ScoringSupersededError());
		this.#pending.clear();
	}

	#sameData(input: ScoringInput): boolean {
		const sent = this.#sent;
		return (
			sent !== null &&
			sent.areas === input.areas &&
			sent.offers === input.offers &&
			sent.needs === input.needs &&
			sent.referenceDate === input.referenceDate
		);
	}

	#ensureWorker(): Worker {
		if (this.#worker) return this.#worker;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- Vite's worker import form, not state
		const worker = new Worker(new URL('./scoring.worker.ts', import.meta.url), { type: 'module' });
		worker.addEventListener('message', (event: MessageEvent<ScoringResponse>) => {
			const pending = this.#pending.get(event.data.id);
			if (!pending) return;
			this.#pending.delete(event.data.id);
			if ('scores' in event.data) pending.resolve(event.data.scores);
			else pending.reject(new Error(event.data.error));
		});
		this.#worker = worker;
		return worker;
	}
}

/** Rejects a scoring request that a newer one replaced; callers ignore it. */
export class ScoringSupersededError extends Error {
	override readonly name = 'ScoringSupersededError';
}
