import type { FitVerdict } from './means-fit';
import type { SuccessSummary } from './success';

/**
 * The points a request's priority is built from. Every part is shown on screen, so a panel can
 * see why one request ranks above another and argue with a part rather than with a total.
 */
export const priorityPoints = {
	/** Per index point the addressed gaps lie above the average (max(0, I − 100)), up to `gapMax`. */
	gapPerPoint: 1,
	gapMax: 40,
	/** Per point of the reviewers' average score (1–5). */
	reviewPerPoint: 10,
	/** Per success question answered `ja`; `deels` counts half. */
	successPerYes: 2,
	/** Per existing active offer that already serves the need there, down to `duplicationMax`. */
	duplicationPerOffer: -10,
	duplicationMax: -30,
	/** When the catalogue suits the means to none of the request's categories or groups. */
	doesNotFit: -20,
	/** When a new digital tool is asked for where lighter means fit too. */
	lighterFirst: -10
} as const;

/** What the priority of one request is computed from. */
export interface PriorityInput {
	id: string;
	title: string;
	/** `AddressedGaps.excess`: mean index points above the average; null when nothing is scored. */
	gapExcess: number | null;
	/** Reviewers' average (1–5); null when not yet scored. */
	reviewAverage: number | null;
	success: SuccessSummary;
	/** Distinct active offers already serving the need there. */
	existingOffers: number;
	fit: FitVerdict;
}

/** One request's priority, its parts, and its place. */
export interface RankedRequest {
	id: string;
	/** The parts in points, each as `priorityPoints` defines it; they add up to `total`. */
	parts: { gap: number; review: number; success: number; duplication: number; fit: number };
	total: number;
	/** 1 for the highest priority. */
	rank: number;
	/** True while no reviewer has scored it: its place may still change a lot. */
	unreviewed: boolean;
}

/** The priority of one request, part by part. */
export function priorityOf(input: PriorityInput): Omit<RankedRequest, 'rank'> {
	const p = priorityPoints;
	const gap = Math.min(p.gapMax, (input.gapExcess ?? 0) * p.gapPerPoint);
	const review = (input.reviewAverage ?? 0) * p.reviewPerPoint;
	const success = (input.success.ja + input.success.deels / 2) * p.successPerYes;
	// No offers gives 0, not −0, so the parts read (and compare) as plain numbers.
	const duplication =
		input.existingOffers === 0
			? 0
			: Math.max(p.duplicationMax, input.existingOffers * p.duplicationPerOffer);
	const fit =
		input.fit === 'does-not-fit' || input.fit === 'unknown-means'
			? p.doesNotFit
			: input.fit === 'lighter-first'
				? p.lighterFirst
				: 0;
	const parts = { gap, review, success, duplication, fit };
	return {
		id: input.id,
		parts,
		total: gap + review + success + duplication + fit,
		unreviewed: input.reviewAverage === null
	};
}

/**
 * Ranks subsidy requests by priority, highest first; equal totals go by title, then id, so the
 * order never depends on the order requests were entered.
 */
export function rankRequests(inputs: readonly PriorityInput[]): RankedRequest[] {
	const titles = new Map(inputs.map((input) => [input.id, input.title]));
	return inputs
		.map(priorityOf)
		.sort(
			(x, y) =>
				y.total - x.total ||
				titles.get(x.id)!.localeCompare(titles.get(y.id)!, 'nl') ||
				(x.id < y.id ? -1 : 1)
		)
		.map((ranked, i) => ({ ...ranked, rank: i + 1 }));
}
