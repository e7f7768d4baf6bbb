import { NabuurError } from '../errors';
import type { Proposal } from '../records';

/**
 * Records a decision on a request with its reason: sets the current decision and adds an entry to
 * the log, which keeps every earlier decision. A decision without a reason is refused, because a
 * panel must be able to explain every choice afterwards.
 *
 * @param at when the decision is taken, as an ISO 8601 timestamp in UTC
 * @throws NabuurError `invalid-input` (subject `decisionReason`) when the reason is empty
 */
export function decide<P extends Pick<Proposal, 'decision' | 'decisionReason' | 'decisionLog'>>(
	proposal: P,
	decision: Proposal['decision'],
	reason: string,
	at: string
): P {
	const text = reason.trim();
	if (text.length === 0) {
		throw new NabuurError('invalid-input', 'a decision needs a reason', 'decisionReason');
	}
	return {
		...proposal,
		decision,
		decisionReason: text,
		decisionLog: [...(proposal.decisionLog ?? []), { at, decision, reason: text }]
	};
}
