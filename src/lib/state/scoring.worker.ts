/// <reference lib="webworker" />
// Scores in a Web Worker, so the page stays responsive while a whole gemeente or country is
// scored. It runs the same pure engine as the unit tests and the command line, and keeps the
// last data prepared, so re-weighting does not measure every offer again.
import { ScoringSession } from '$lib/domain/scoring/session';
import type { ScoringRequest, ScoringResponse } from './scoring-messages';

const scope = self as unknown as DedicatedWorkerGlobalScope; // a module worker's global scope
const session = new ScoringSession();

scope.addEventListener('message', (event: MessageEvent<ScoringRequest>) => {
	const { id, input, params } = event.data;
	try {
		const scores = session.score(input, params);
		const buffers = Object.values(scores)
			.filter((value) => ArrayBuffer.isView(value))
			.map((view) => view.buffer as ArrayBuffer);
		scope.postMessage({ id, scores } satisfies ScoringResponse, buffers);
	} catch (error) {
		scope.postMessage({
			id,
			error: error instanceof Error ? error.message : String(error)
		} satisfies ScoringResponse);
	}
});
