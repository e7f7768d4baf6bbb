import type { ScoringInput } from './input';
import type { ScoringParams } from './params';
import type { GapScores } from './result';
import { prepareScoring, preparationKey, scorePrepared, type PreparedScoring } from './score';

/**
 * Scores one data set after another, keeping the preparation of the last one (see
 * `prepareScoring`): scoring the same data again with other weights or another observed share
 * skips placing needs and measuring offers, which is nearly all of the work.
 */
export class ScoringSession {
	#input: ScoringInput | null = null;
	#prepared: PreparedScoring | null = null;

	/**
	 * Scores `input` with `params`; with `input` null, scores the data of the previous call again.
	 * @throws RangeError when `input` is null and no data was given before.
	 */
	score(input: ScoringInput | null, params: ScoringParams): GapScores {
		if (input) {
			this.#input = input;
			this.#prepared = null;
		}
		if (!this.#input) throw new RangeError('ScoringSession: no data to score again');
		if (!this.#prepared || this.#prepared.key !== preparationKey(params)) {
			this.#prepared = null;
			this.#prepared = prepareScoring(this.#input, params);
		}
		return scorePrepared(this.#prepared, params);
	}
}
