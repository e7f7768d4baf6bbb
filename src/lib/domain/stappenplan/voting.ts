import { paperParticipant, type Vote, type VotingRound } from '../records';
import { gapKey } from './gap-key';

/** Dots one participant puts on the gaps of the ballot, by gap key. */
export type Ballot = Readonly<Record<string, number>>;

/** What is wrong with a ballot, precise enough to tell the participant. */
export type BallotProblem =
	| { kind: 'empty' }
	| { kind: 'too-many'; used: number; allowed: number }
	| { kind: 'not-whole'; key: string }
	| { kind: 'not-on-ballot'; key: string };

/** A gap on the ballot with its dots and its place in the result (ties share a place). */
export interface RankedGap {
	key: string;
	dots: number;
	/** 1 for the most dots; gaps with equal dots and equal index share a place. */
	place: number;
}

/**
 * The rule of thumb of step 6 (`stippen-per-persoon` in `methodology/steps.json`): about a third
 * of the number of gaps on the ballot, at least 1 and at most 5.
 */
export function suggestedDots(candidates: number): number {
	return Math.min(5, Math.max(1, Math.round(candidates / 3)));
}

/** The anonymous token of participant `n` (1-based) in a round on this device. */
export function participantToken(n: number): string {
	return `deelnemer-${n}`;
}

/** Checks one participant's ballot; null when it may be cast. */
export function ballotProblem(
	ballot: Ballot,
	candidates: readonly string[],
	allowed: number
): BallotProblem | null {
	let used = 0;
	for (const [key, dots] of Object.entries(ballot)) {
		if (!candidates.includes(key)) return { kind: 'not-on-ballot', key };
		if (!Number.isInteger(dots) || dots < 0) return { kind: 'not-whole', key };
		used += dots;
	}
	if (used === 0) return { kind: 'empty' };
	if (used > allowed) return { kind: 'too-many', used, allowed };
	return null;
}

/** The participants of a round who have voted on this device (paper tallies are not a participant). */
export function votedParticipants(votes: readonly Vote[], round: number): Set<string> {
	const voted = new Set<string>();
	for (const vote of votes) {
		if (vote.round === round && vote.participant !== paperParticipant) voted.add(vote.participant);
	}
	return voted;
}

/** The next participant to vote in a round on this device; null when everyone has voted. */
export function nextParticipant(round: VotingRound, votes: readonly Vote[]): string | null {
	const voted = votedParticipants(votes, round.round);
	for (let n = 1; n <= round.participants; n++) {
		if (!voted.has(participantToken(n))) return participantToken(n);
	}
	return null;
}

/**
 * Whether a round's results may be shown. Votes stay hidden until every participant has voted,
 * so nobody follows the crowd; paper tallies are entered at once, and the facilitator can close a
 * round early.
 */
export function resultsVisible(round: VotingRound, votes: readonly Vote[]): boolean {
	if (round.status === 'gesloten' || round.mode === 'papier') return true;
	return nextParticipant(round, votes) === null;
}

/** The dots per gap on the ballot in one round; gaps without dots count 0. */
export function tally(
	votes: readonly Vote[],
	round: Pick<VotingRound, 'round' | 'candidates'>
): Map<string, number> {
	const totals = new Map(round.candidates.map((key) => [key, 0]));
	for (const vote of votes) {
		if (vote.round !== round.round) continue;
		const key = gapKey(vote);
		const current = totals.get(key);
		if (current !== undefined) totals.set(key, current + vote.dots);
	}
	return totals;
}

/**
 * The ballot's gaps ranked by dots, most first. Equal dots are ordered by the gap index (higher
 * first) and then by ballot order; gaps with equal dots and index share a place.
 *
 * @param index the relative gap index of a key (100 = average); null when it has no score
 */
export function rankByVotes(
	totals: ReadonlyMap<string, number>,
	candidates: readonly string[],
	index: (key: string) => number | null
): RankedGap[] {
	const rows = candidates.map((key, order) => ({
		key,
		order,
		dots: totals.get(key) ?? 0,
		index: index(key) ?? -Infinity
	}));
	rows.sort((a, b) => b.dots - a.dots || b.index - a.index || a.order - b.order);
	const ranked: RankedGap[] = [];
	rows.forEach((row, i) => {
		const previous = rows[i - 1];
		const tied = previous && previous.dots === row.dots && previous.index === row.index;
		ranked.push({ key: row.key, dots: row.dots, place: tied ? ranked[i - 1]!.place : i + 1 });
	});
	return ranked;
}

/** The votes a ballot becomes: one per gap with dots. */
export function ballotVotes(
	ballot: Ballot,
	participant: string
): { participant: string; key: string; dots: number }[] {
	return Object.entries(ballot)
		.filter(([, dots]) => dots > 0)
		.map(([key, dots]) => ({ participant, key, dots }));
}
