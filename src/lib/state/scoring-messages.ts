import type { ScoringInput } from '$lib/domain/scoring/input';
import type { ScoringParams } from '$lib/domain/scoring/params';
import type { GapScores } from '$lib/domain/scoring/result';

/** A request to the scoring worker; `id` pairs it with its response. */
export interface ScoringRequest {
	id: number;
	/** The data to score; null = the data of the previous request, which the worker kept prepared. */
	input: ScoringInput | null;
	params: ScoringParams;
}

/** The scoring worker's answer: the scores, or why scoring failed. */
export type ScoringResponse = { id: number; scores: GapScores } | { id: number; error: string };
