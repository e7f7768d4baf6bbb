import { newId } from '$lib/domain/ids';
import { NabuurError } from '$lib/domain/errors';
import {
	prioritySchema,
	voteSchema,
	votingRoundSchema,
	type Priority,
	type Vote,
	type VotingRound
} from '$lib/domain/records';
import { parseGapKey } from '$lib/domain/stappenplan/gap-key';
import {
	ballotProblem,
	nextParticipant,
	rankByVotes,
	resultsVisible,
	tally,
	type Ballot,
	type BallotProblem,
	type RankedGap
} from '$lib/domain/stappenplan/voting';
import { m } from '$lib/paraglide/messages.js';
import type { NabuurDatabase } from '$lib/storage/db';
import { PrioritiesRepository, type ShortListEntry } from '$lib/storage/priorities-repository';
import { RecordsRepository } from '$lib/storage/records-repository';
import { nowIso } from './stappenplan-time';
import { VotesRepository } from '$lib/storage/votes-repository';
import { handleError } from './errors';
import { DebouncedSaver } from './stappenplan-saver.svelte';

/** What starting a round needs. */
export interface NewRound {
	mode: VotingRound['mode'];
	participants: number;
	dotsPerParticipant: number;
	/** Gap keys on the ballot, in order. */
	candidates: string[];
}

/**
 * Step 6 of one analysis: voting rounds, the votes (hidden until every participant has voted),
 * the ranked result and the confirmed short list of priorities, which step 7 works out.
 */
export class VotingState {
	rounds = $state.raw<VotingRound[]>([]);
	votes = $state.raw<Vote[]>([]);
	/** The short list, by rank. */
	priorities = $state.raw<Priority[]>([]);
	readonly #rounds: RecordsRepository<typeof votingRoundSchema>;
	readonly #votes: RecordsRepository<typeof voteSchema>;
	readonly #castVotes: VotesRepository;
	readonly #shortList: PrioritiesRepository;
	readonly #priorities: RecordsRepository<typeof prioritySchema>;
	readonly prioritySaver: DebouncedSaver<Priority>;
	#analysisId = '';

	constructor(db: NabuurDatabase) {
		this.#rounds = new RecordsRepository(db, 'votingRounds', votingRoundSchema);
		this.#votes = new RecordsRepository(db, 'votes', voteSchema);
		this.#castVotes = new VotesRepository(db);
		this.#shortList = new PrioritiesRepository(db);
		this.#priorities = new RecordsRepository(db, 'priorities', prioritySchema);
		this.prioritySaver = new DebouncedSaver(
			(p) => this.#priorities.save(p),
			(saved) => {
				this.priorities = this.priorities.map((p) =>
					p.id === saved.id ? { ...p, rev: saved.rev, updatedAt: saved.updatedAt } : p
				);
			},
			(error) => handleError(error, m.stappenplan_save_failed())
		);
	}

	/** The latest round; null before the first. */
	get current(): VotingRound | null {
		return this.rounds.at(-1) ?? null;
	}

	/** Who votes next on this device in the current round; null when all have voted. */
	get next(): string | null {
		return this.current ? nextParticipant(this.current, this.votes) : null;
	}

	/** Whether the current round's results may be shown. */
	get visible(): boolean {
		return this.current !== null && resultsVisible(this.current, this.votes);
	}

	/** The current round's gaps ranked by dots; empty while results are hidden. */
	ranked(index: (key: string) => number | null): RankedGap[] {
		const round = this.current;
		if (!round || !this.visible) return [];
		return rankByVotes(tally(this.votes, round), round.candidates, index);
	}

	/** Reads the rounds, votes and priorities of an analysis. */
	async load(analysisId: string): Promise<void> {
		await this.prioritySaver.flush();
		const [rounds, votes, priorities] = await Promise.all([
			this.#rounds.listFor(analysisId),
			this.#votes.listFor(analysisId),
			this.#priorities.listFor(analysisId)
		]);
		this.#analysisId = analysisId;
		this.rounds = rounds.sort((a, b) => a.round - b.round);
		this.votes = votes;
		this.priorities = priorities.sort((a, b) => a.rank - b.rank);
	}

	/** Starts a new round; earlier rounds and their votes stay as they were. */
	async startRound(input: NewRound): Promise<void> {
		const round = await this.#rounds.save({
			id: newId(),
			rev: 1,
			updatedAt: nowIso(),
			analysisId: this.#analysisId,
			round: (this.current?.round ?? 0) + 1,
			status: 'open',
			...input
		});
		this.rounds = [...this.rounds, round];
	}

	/** Casts the next participant's ballot; returns what is wrong with it instead, if anything. */
	async cast(ballot: Ballot): Promise<BallotProblem | null> {
		const round = this.current;
		const participant = this.next;
		if (!round || !participant || round.mode !== 'apparaat' || round.status !== 'open') {
			throw new NabuurError('invalid-input', 'no open round waits for a ballot');
		}
		const problem = ballotProblem(ballot, round.candidates, round.dotsPerParticipant);
		if (problem) return problem;
		const dots = Object.entries(ballot).map(([key, n]) => ({ ...parseGapKey(key), dots: n }));
		const added = await this.#castVotes.cast(this.#analysisId, round.round, participant, dots);
		this.votes = [...this.votes, ...added];
		return null;
	}

	/** Stores the facilitator's tally from paper for the current round, replacing an earlier one. */
	async enterPaperTally(dots: Ballot): Promise<void> {
		const round = this.current;
		if (!round) throw new NabuurError('invalid-input', 'no round to enter a tally for');
		const entries = Object.entries(dots).map(([key, n]) => ({ ...parseGapKey(key), dots: n }));
		const added = await this.#castVotes.replacePaperTally(this.#analysisId, round.round, entries);
		this.votes = [
			...this.votes.filter((v) => v.round !== round.round || v.participant !== 'papier'),
			...added
		];
	}

	/** Ends the current round: the results show, whoever has not voted yet. */
	async closeRound(): Promise<void> {
		const round = this.current;
		if (!round) return;
		const saved = await this.#rounds.save({ ...round, status: 'gesloten' });
		this.rounds = [...this.rounds.slice(0, -1), saved];
	}

	/** Confirms the short list, in order; worked-out priorities still on it keep their work. */
	async confirm(entries: ShortListEntry[]): Promise<void> {
		await this.prioritySaver.flush();
		this.priorities = await this.#shortList.confirm(this.#analysisId, entries);
	}

	/** Changes a priority's goal, results, means or answers; saved shortly. */
	updatePriority(priority: Priority): void {
		this.priorities = this.priorities.map((p) => (p.id === priority.id ? priority : p));
		this.prioritySaver.schedule(priority);
	}
}
