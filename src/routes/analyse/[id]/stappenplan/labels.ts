// Display texts of the stappenplan, from the methodology and the message files, in one place.
import { localize, type Language } from '$lib/domain/localized';
import type { StepStatus } from '$lib/domain/stappenplan/progress';
import { parseGapKey } from '$lib/domain/stappenplan/gap-key';
import type { BallotProblem } from '$lib/domain/stappenplan/voting';
import type { meansTypes } from '$lib/domain/methodology/schema';
import type { Action, successAnswers } from '$lib/domain/records';
import { m } from '$lib/paraglide/messages.js';
import { methodology } from '$lib/state/methodology';
import { categoryLabel } from '../gaten/labels';

const parties = new Map(methodology.taxonomy.parties.map((p) => [p.id, p]));

/** A step's progress in words. */
export function statusLabel(status: StepStatus): string {
	if (status === 'klaar') return m.stappenplan_status_klaar();
	if (status === 'bezig') return m.stappenplan_status_bezig();
	return m.stappenplan_status_open();
}

/** A gap as people say it: "Kerkbuurt · Vervoer". */
export function gapLabel(
	gap: { areaCode: string; category: string } | string,
	areaNames: ReadonlyMap<string, string>,
	language: Language
): string {
	const { areaCode, category } = typeof gap === 'string' ? parseGapKey(gap) : gap;
	return `${areaNames.get(areaCode) ?? areaCode} · ${categoryLabel(category, language)}`;
}

/** A party's label from the methodology; its id when unknown. */
export function partyLabel(id: string, language: Language): string {
	const party = parties.get(id);
	return party ? localize(party.label, language) : id;
}

/** An activity's status in words. */
export function actionStatusLabel(status: Action['status']): string {
	switch (status) {
		case 'gepland':
			return m.stappenplan_action_status_gepland();
		case 'bezig':
			return m.stappenplan_action_status_bezig();
		case 'klaar':
			return m.stappenplan_action_status_klaar();
		case 'gestopt':
			return m.stappenplan_action_status_gestopt();
	}
}

/** A RACI role in words, with its letter. */
export function roleLabel(role: Action['roles'][number]['role']): string {
	switch (role) {
		case 'responsible':
			return m.stappenplan_role_responsible();
		case 'accountable':
			return m.stappenplan_role_accountable();
		case 'consulted':
			return m.stappenplan_role_consulted();
		case 'informed':
			return m.stappenplan_role_informed();
	}
}

/** What is wrong with a ballot, for the participant. */
export function ballotProblemText(problem: BallotProblem): string {
	switch (problem.kind) {
		case 'empty':
			return m.stappenplan_ballot_empty();
		case 'too-many':
			return m.stappenplan_ballot_too_many({
				used: String(problem.used),
				allowed: String(problem.allowed)
			});
		case 'not-whole':
		case 'not-on-ballot':
			return m.stappenplan_ballot_invalid();
	}
}

/** A kind of means in words. */
export function meansTypeLabel(type: (typeof meansTypes)[number]): string {
	switch (type) {
		case 'strengthen-existing':
			return m.stappenplan_means_type_strengthen();
		case 'offline-activity':
			return m.stappenplan_means_type_offline();
		case 'existing-platform':
			return m.stappenplan_means_type_existing_platform();
		case 'community-platform':
			return m.stappenplan_means_type_community();
		case 'marketplace':
			return m.stappenplan_means_type_marketplace();
		case 'care-coordination':
			return m.stappenplan_means_type_care();
	}
}

/** An answer to a success question in words. */
export function successAnswerLabel(answer: (typeof successAnswers)[number]): string {
	switch (answer) {
		case 'ja':
			return m.stappenplan_yes();
		case 'deels':
			return m.stappenplan_answer_partly();
		case 'nee':
			return m.stappenplan_no();
		case 'weet-niet':
			return m.stappenplan_answer_unknown();
	}
}
