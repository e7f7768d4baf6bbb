import { newId } from '$lib/domain/ids';
import { NabuurError } from '$lib/domain/errors';
import { paperParticipant, voteSchema, type Vote } from '$lib/domain/records';
import type { NabuurDatabase } from './db';
import { storageFailure } from './validate';

/** Dots for one gap: area code, category id and a whole number of dots. */
export interface Dots {
	areaCode: string;
	category: string;
	dots: number;
}

/** Votes of step 6. A participant's ballot and a paper tally are each stored in one transaction. */
export class VotesRepository {
	constructor(
		private readonly db: NabuurDatabase,
		private readonly clock: () => Date = () => new Date()
	) {}

	/** Stores one participant's ballot: all its dots, or none. Refuses a second ballot. */
	async cast(
		analysisId: string,
		round: number,
		participant: string,
		dots: Dots[]
	): Promise<Vote[]> {
		return this.#write(async () => {
			const earlier = await this.db.votes
				.where('analysisId')
				.equals(analysisId)
				.filter((v) => v.round === round && v.participant === participant)
				.count();
			if (earlier > 0) {
				throw new NabuurError('invalid-input', `${participant} already voted in round ${round}`);
			}
			const votes = this.#votes(analysisId, round, participant, dots);
			await this.db.votes.bulkAdd(votes);
			return votes;
		});
	}

	/** Replaces the paper tally of a round with `dots` (gaps with 0 dots are left out). */
	async replacePaperTally(analysisId: string, round: number, dots: Dots[]): Promise<Vote[]> {
		return this.#write(async () => {
			await this.db.votes
				.where('analysisId')
				.equals(analysisId)
				.filter((v) => v.round === round && v.participant === paperParticipant)
				.delete();
			const votes = this.#votes(analysisId, round, paperParticipant, dots);
			await this.db.votes.bulkAdd(votes);
			return votes;
		});
	}

	#votes(analysisId: string, round: number, participant: string, dots: Dots[]): Vote[] {
		const now = this.clock().toISOString();
		return dots
			.filter((d) => d.dots > 0)
			.map((d) => {
				const result = voteSchema.safeParse({
					id: newId(),
					rev: 1,
					updatedAt: now,
					analysisId,
					round,
					participant,
					...d
				});
				if (result.success) return result.data;
				const issue = result.error.issues[0];
				throw new NabuurError('invalid-input', `votes.${issue?.path.join('.')}: ${issue?.message}`);
			});
	}

	async #write<T>(work: () => Promise<T>): Promise<T> {
		try {
			return await this.db.transaction('rw', this.db.votes, work);
		} catch (error) {
			throw storageFailure(error);
		}
	}
}
