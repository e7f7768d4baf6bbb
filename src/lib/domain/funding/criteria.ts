import type { Proposal } from '../records';

/**
 * The criteria reviewers score a subsidy request on, 1 (weak) to 5 (strong): Impact (does it
 * close a real gap), Draagvlak (do residents and partners support it), Ondernemend (can it carry
 * itself after the subsidy), Schaalbaar (can it grow or be copied) and Nieuw (does it add
 * something that is not there yet).
 */
export const reviewCriteria = [
	'impact',
	'draagvlak',
	'ondernemend',
	'schaalbaar',
	'nieuw'
] as const;

/** One of the review criteria. */
export type ReviewCriterion = (typeof reviewCriteria)[number];

/**
 * The average score per criterion over every reviewer and the panel's agreed scores (each counts
 * once); null for a criterion nobody scored yet.
 */
export function criterionAverages(
	proposal: Pick<Proposal, 'scores' | 'reviews'>
): Record<ReviewCriterion, number | null> {
	const sheets = [proposal.scores, ...(proposal.reviews ?? []).map((review) => review.scores)];
	const averages = {} as Record<ReviewCriterion, number | null>;
	for (const criterion of reviewCriteria) {
		const given = sheets.flatMap((sheet) =>
			sheet[criterion] === undefined ? [] : [sheet[criterion]]
		);
		averages[criterion] = given.length ? given.reduce((s, v) => s + v, 0) / given.length : null;
	}
	return averages;
}

/** The mean of the criteria that were scored (1–5); null when none was scored. */
export function reviewAverage(proposal: Pick<Proposal, 'scores' | 'reviews'>): number | null {
	const known = Object.values(criterionAverages(proposal)).filter((v): v is number => v !== null);
	return known.length ? known.reduce((s, v) => s + v, 0) / known.length : null;
}
