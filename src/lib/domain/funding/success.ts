import type { Proposal } from '../records';

/** How a request answers the Online Nabuurschap success questions. */
export interface SuccessSummary {
	/** Questions answered `ja`, `deels` and `nee`. */
	ja: number;
	deels: number;
	nee: number;
	/** Questions not answered yet. */
	open: number;
}

/**
 * Counts a request's answers to the success questions of `methodology/means.json`; answers to
 * questions the methodology no longer has are ignored.
 *
 * @param questionIds the ids of the methodology's success questions
 */
export function successSummary(
	proposal: Pick<Proposal, 'successAnswers'>,
	questionIds: readonly string[]
): SuccessSummary {
	const summary: SuccessSummary = { ja: 0, deels: 0, nee: 0, open: 0 };
	for (const id of questionIds) {
		const answer = proposal.successAnswers?.[id];
		if (answer) summary[answer]++;
		else summary.open++;
	}
	return summary;
}
