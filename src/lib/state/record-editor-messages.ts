import { m } from '$lib/paraglide/messages.js';
import { personalDataText } from './import-messages';
import type {
	FieldProblem,
	FieldProblemCode,
	FormField,
	PersonalDataWarning
} from './record-editor-validation';

// The one place where the form checks' codes become Dutch or English, like `errors.ts` for error
// kinds. Typed as complete records, so a new field or code without a text fails the type check.

const fieldTexts: Record<FormField, () => string> = {
	name: m.kaart_field_name,
	organisation: m.kaart_field_organisation,
	kind: m.kaart_field_kind,
	categories: m.kaart_field_categories,
	targetGroups: m.kaart_field_target_groups,
	areaCode: m.kaart_field_area,
	location: m.kaart_field_location,
	reachMeters: m.kaart_field_reach,
	capacity: m.kaart_field_capacity,
	status: m.kaart_field_status,
	lastVerified: m.kaart_field_last_verified,
	description: m.kaart_field_description,
	source: m.kaart_field_source,
	category: m.kaart_field_category,
	targetGroup: m.kaart_field_target_group,
	count: m.kaart_field_count,
	countUnit: m.kaart_field_count_unit,
	date: m.kaart_field_date,
	confidence: m.kaart_field_confidence,
	note: m.kaart_field_note
};

type ProblemText = (inputs: { field: string; limit: string; value: string }) => string;

const problemTexts: Record<FieldProblemCode, ProblemText> = {
	required: m.kaart_problem_required,
	'choose-one': m.kaart_problem_choose_one,
	'too-long': m.kaart_problem_too_long,
	'not-a-number': m.kaart_problem_not_a_number,
	'ambiguous-number': m.kaart_problem_ambiguous_number,
	'too-small': m.kaart_problem_too_small,
	'not-above': m.kaart_problem_not_above,
	'too-large': m.kaart_problem_too_large,
	'invalid-date': m.kaart_problem_invalid_date,
	'future-date': m.kaart_problem_future_date,
	'unknown-choice': m.kaart_problem_unknown_choice,
	'unknown-area': m.kaart_problem_unknown_area,
	'named-resident': m.kaart_problem_named_resident
};

/** The label of a form field. */
export function fieldText(field: FormField): string {
	return fieldTexts[field]();
}

/** What is wrong with a field and how to put it right, in one sentence. */
export function problemText(problem: FieldProblem): string {
	return problemTexts[problem.code]({
		field: fieldText(problem.field),
		limit: problem.limit === undefined ? '' : problem.limit.toLocaleString(),
		value: problem.value ?? ''
	});
}

/** A personal-data warning as one line: field, kind, and the text found. */
export function warningText(warning: PersonalDataWarning): string {
	return m.kaart_warning_line({
		field: fieldText(warning.field),
		kind: personalDataText(warning.kind),
		value: warning.value
	});
}
