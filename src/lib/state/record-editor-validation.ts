import type { Taxonomy } from '$lib/domain/methodology/schema';
import type { PersonalDataKind } from '$lib/domain/privacy/finding';
import {
	confidenceLevels,
	needSchema,
	offerSchema,
	offerStatuses,
	type LonLat
} from '$lib/domain/records';
import {
	needDraftSchema,
	offerDraftSchema,
	type NeedDraft,
	type OfferDraft
} from '$lib/io/records/drafts';
import { Checker } from './record-editor-checker';

// Checking what a user typed into the offer and need forms, field by field, before anything is
// saved. Every problem names its field and a code; `record-editor-messages.ts` turns codes into
// Dutch or English. The zod schemas stay the last word: a draft that passes here also passes them.

/** What the offer form holds: text as typed, choices as ids. */
export interface OfferFormValues {
	name: string;
	organisation: string;
	kind: string;
	categories: string[];
	targetGroups: string[];
	/** The area code, or '' for none. */
	areaCode: string;
	/** The point, set on the map; the form shows it but does not type it. */
	location: LonLat | null;
	/** Reach in metres as typed; '' = the default for the kind. */
	reachMeters: string;
	/** Capacity in people per month as typed; '' = unknown. */
	capacity: string;
	status: string;
	/** A date (YYYY-MM-DD from a date input, or day-month-year typed); '' = never checked. */
	lastVerified: string;
	description: string;
	source: string;
}

/** What the need form holds. */
export interface NeedFormValues {
	category: string;
	targetGroup: string;
	/** The area code, or '' for none. */
	areaCode: string;
	/** The point, set on the map. */
	location: LonLat | null;
	/** Estimated people or households, as typed. */
	count: string;
	countUnit: string;
	source: string;
	date: string;
	confidence: string;
	note: string;
}

/** A field of either form. */
export type FormField = keyof OfferFormValues | keyof NeedFormValues;

/** Why a field's value cannot be saved. */
export type FieldProblemCode =
	| 'required'
	| 'choose-one'
	| 'too-long'
	| 'not-a-number'
	| 'ambiguous-number'
	| 'too-small'
	| 'not-above'
	| 'too-large'
	| 'invalid-date'
	| 'future-date'
	| 'unknown-choice'
	| 'unknown-area'
	| 'named-resident';

/** One problem with one field; `limit` is the bound broken, `value` the text that broke it. */
export interface FieldProblem {
	field: FormField;
	code: FieldProblemCode;
	limit?: number;
	value?: string;
}

/** Possible personal data in a free-text field: a warning, not a block. */
export interface PersonalDataWarning {
	field: FormField;
	kind: PersonalDataKind;
	/** The stretch of text that looks like personal data. */
	value: string;
}

/** The outcome of checking a form: a draft to save, or the problems. */
export type FormCheck<D> =
	| { ok: true; draft: D; warnings: PersonalDataWarning[] }
	| { ok: false; problems: FieldProblem[]; warnings: PersonalDataWarning[] };

/** What the checks need to know besides the values. */
export interface FormContext {
	taxonomy: Pick<Taxonomy, 'categories' | 'targetGroups' | 'offerKinds' | 'needSources'>;
	/** Codes of the analysis' areas. */
	areaCodes: ReadonlySet<string>;
	/** Today as YYYY-MM-DD; dates after it are refused. */
	today: string;
}

const offerMax = {
	name: offerSchema.shape.name.maxLength ?? 200,
	organisation: offerSchema.shape.organisation.maxLength ?? 200,
	description: offerSchema.shape.description.maxLength ?? 4000,
	source: offerSchema.shape.source.maxLength ?? 200
};
const noteMax = needSchema.shape.note.maxLength ?? 2000;
const countMax = 1_000_000;

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

/** Checks the offer form; a draft comes back only when every field is right. */
export function checkOfferForm(
	values: OfferFormValues,
	context: FormContext
): FormCheck<OfferDraft> {
	const c = new Checker();
	const t = context.taxonomy;
	const draft: OfferDraft = {
		name: c.text('name', values.name, offerMax.name, true),
		organisation: c.text('organisation', values.organisation, offerMax.organisation),
		kind: c.choice('kind', values.kind, ids(t.offerKinds)),
		categories: c.choices('categories', values.categories, ids(t.categories), 1),
		targetGroups: c.choices('targetGroups', values.targetGroups, ids(t.targetGroups), 0),
		location: values.location,
		areaCode: c.area(values.areaCode, context.areaCodes),
		reachMeters: c.number('reachMeters', values.reachMeters, { above: 0, max: 100_000 }),
		capacity: c.number('capacity', values.capacity, { min: 0, max: countMax }),
		status: c.choice('status', values.status, offerStatuses),
		lastVerified: c.date('lastVerified', values.lastVerified, context.today, false),
		description: c.text('description', values.description, offerMax.description),
		source: c.text('source', values.source, offerMax.source)
	};
	return finish(c, draft, offerDraftSchema);
}

/** Checks the need form; a resident's name in the note blocks saving. */
export function checkNeedForm(values: NeedFormValues, context: FormContext): FormCheck<NeedDraft> {
	const c = new Checker();
	const t = context.taxonomy;
	const draft: NeedDraft = {
		category: c.choice('category', values.category, ids(t.categories)),
		targetGroup: c.choice('targetGroup', values.targetGroup, ids(t.targetGroups)),
		areaCode: c.area(values.areaCode, context.areaCodes),
		location: values.location,
		count: c.number('count', values.count, { required: true, above: 0, max: countMax }) ?? 0,
		countUnit: c.choice('countUnit', values.countUnit, ['personen', 'huishoudens'] as const),
		source: c.choice('source', values.source, ids(t.needSources)),
		date: c.date('date', values.date, context.today, true) ?? '',
		confidence: c.choice('confidence', values.confidence, confidenceLevels),
		note: c.text('note', values.note, noteMax, false, true)
	};
	return finish(c, draft, needDraftSchema);
}

function finish<D>(
	c: Checker,
	draft: D,
	schema: { safeParse(value: unknown): { success: boolean } }
): FormCheck<D> {
	if (c.problems.length > 0) return { ok: false, problems: c.problems, warnings: c.warnings };
	// The checks above are stricter than the schema; this guards that promise as both change.
	if (!schema.safeParse(draft).success) {
		throw new Error('a form draft that passed every field check does not fit the schema');
	}
	return { ok: true, draft, warnings: c.warnings };
}
