import type { Offer, Proposal } from '../records';
import type { ScoringParams } from '../scoring/params';
import type { GapScores } from '../scoring/result';
import type { Means } from '../targeting/fitting-means';
import { addressedGaps, type AddressedGaps } from './addressed-gaps';
import { reviewAverage } from './criteria';
import { existingHelp, type Duplication, type DuplicateOffer } from './duplication';
import { meansFit, type MeansFit } from './means-fit';
import type { PriorityInput } from './ranking';
import { successSummary, type SuccessSummary } from './success';

/** What the funding screen shows for each request automatically, and what ranks it. */
export interface RequestChecks<O extends DuplicateOffer> {
	gaps: AddressedGaps;
	existing: Duplication<O>;
	fit: MeansFit;
	success: SuccessSummary;
	/** Reviewers' average (1–5); null when not yet scored. */
	review: number | null;
}

/** The analysis a request is checked against. */
export interface CheckContext<O extends DuplicateOffer> {
	scores: GapScores;
	params: Pick<ScoringParams, 'bands'>;
	offers: readonly O[];
	/** Area code by offer id, from `targeting/place-records`. */
	placement: ReadonlyMap<string, string | null>;
	catalogue: readonly Means[];
	/** Ids of the methodology's success questions. */
	questionIds: readonly string[];
}

/** Runs every check on one request: gaps addressed, existing help, means fit, answers, scores. */
export function checkRequest<
	O extends Pick<Offer, 'id' | 'name' | 'kind' | 'status' | 'categories'>
>(request: Proposal, context: CheckContext<O>): RequestChecks<O> {
	return {
		gaps: addressedGaps(request, context.scores, context.params),
		existing: existingHelp(request, context.offers, context.placement),
		fit: meansFit(request, context.catalogue),
		success: successSummary(request, context.questionIds),
		review: reviewAverage(request)
	};
}

/** The numbers a request is ranked on, taken from its checks. */
export function priorityInput<O extends DuplicateOffer>(
	request: Pick<Proposal, 'id' | 'title'>,
	checks: RequestChecks<O>
): PriorityInput {
	return {
		id: request.id,
		title: request.title,
		gapExcess: checks.gaps.excess,
		reviewAverage: checks.review,
		success: checks.success,
		existingOffers: checks.existing.offers.length,
		fit: checks.fit.verdict
	};
}
