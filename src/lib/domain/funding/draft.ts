import type { Proposal } from '../records';

/** What a user fills in to register a subsidy request. */
export interface ProposalDraft {
	applicant: string;
	title: string;
	description: string;
	/** A means id from `methodology/means.json`. */
	meansType: string;
	categories: string[];
	targetGroups: string[];
	areaCodes: string[];
	/** Requested budget in euros, as typed; empty = not known. */
	budget: string;
	/** `YYYY-MM-DD` or empty. */
	periodStart: string;
	periodEnd: string;
}

/** A field of the draft and what is wrong with it; the UI turns the code into a sentence. */
export interface DraftProblem {
	field: keyof ProposalDraft;
	code: 'required' | 'unknown-means' | 'no-category' | 'no-area' | 'budget' | 'period';
}

/** The fields of a request taken from a valid draft. */
export type DraftFields = Pick<
	Proposal,
	| 'applicant'
	| 'title'
	| 'description'
	| 'meansType'
	| 'categories'
	| 'targetGroups'
	| 'areaCodes'
	| 'budget'
	| 'periodStart'
	| 'periodEnd'
>;

/** An empty draft. */
export function emptyDraft(): ProposalDraft {
	return {
		applicant: '',
		title: '',
		description: '',
		meansType: '',
		categories: [],
		targetGroups: [],
		areaCodes: [],
		budget: '',
		periodStart: '',
		periodEnd: ''
	};
}

/**
 * Checks a draft request and, when it is complete, gives its fields: an applicant and a title,
 * a means the catalogue knows, at least one category and one buurt, a budget of 0 euros or more
 * (a comma or a point may separate the cents) and a period that does not end before it starts.
 *
 * @param meansIds the ids of the catalogue's means
 */
export function readDraft(
	draft: ProposalDraft,
	meansIds: readonly string[]
): { fields: DraftFields; problems: [] } | { fields: null; problems: DraftProblem[] } {
	const problems: DraftProblem[] = [];
	if (!draft.applicant.trim()) problems.push({ field: 'applicant', code: 'required' });
	if (!draft.title.trim()) problems.push({ field: 'title', code: 'required' });
	if (!meansIds.includes(draft.meansType))
		problems.push({ field: 'meansType', code: 'unknown-means' });
	if (draft.categories.length === 0) problems.push({ field: 'categories', code: 'no-category' });
	if (draft.areaCodes.length === 0) problems.push({ field: 'areaCodes', code: 'no-area' });
	const budgetText = draft.budget.trim().replace(/\s|€/g, '');
	const budget =
		budgetText === ''
			? null
			: Number(budgetText.replace(/\.(?=\d{3}(\D|$))/g, '').replace(',', '.'));
	if (budget !== null && !(Number.isFinite(budget) && budget >= 0)) {
		problems.push({ field: 'budget', code: 'budget' });
	}
	const start = draft.periodStart || null;
	const end = draft.periodEnd || null;
	if (start && end && end < start) problems.push({ field: 'periodEnd', code: 'period' });
	if (problems.length) return { fields: null, problems };
	return {
		fields: {
			applicant: draft.applicant.trim(),
			title: draft.title.trim(),
			description: draft.description.trim(),
			meansType: draft.meansType,
			categories: [...draft.categories],
			targetGroups: [...draft.targetGroups],
			areaCodes: [...draft.areaCodes],
			budget,
			periodStart: start,
			periodEnd: end
		},
		problems: []
	};
}
