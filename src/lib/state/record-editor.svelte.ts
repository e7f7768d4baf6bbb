import type { Taxonomy } from '$lib/domain/methodology/schema';
import type { AreaLocator, Placement } from '$lib/domain/records-filter/placement';
import { placeInArea } from '$lib/domain/records-filter/placement';
import type { RecordKind } from '$lib/domain/records-filter/record-ref';
import type { Need, Offer } from '$lib/domain/records';
import type { NeedDraft, OfferDraft } from '$lib/io/records/drafts';
import {
	checkNeedForm,
	checkOfferForm,
	type FieldProblem,
	type FormCheck,
	type FormContext,
	type FormField,
	type NeedFormValues,
	type OfferFormValues,
	type PersonalDataWarning
} from './record-editor-validation';
import { needToValues, newNeedValues, newOfferValues, offerToValues } from './record-editor-values';

/** A checked draft on its way to storage, with the record it replaces when editing. */
export type EditorSave =
	| { kind: 'offer'; draft: OfferDraft; original: Offer | null }
	| { kind: 'need'; draft: NeedDraft; original: Need | null };

/** A record opened for editing, with its kind. */
export type EditedRecord = { kind: 'offer'; record: Offer } | { kind: 'need'; record: Need };

type CheckedForm =
	{ kind: 'offer'; check: FormCheck<OfferDraft> } | { kind: 'need'; check: FormCheck<NeedDraft> };

/** What the editor needs from outside. */
export interface RecordEditorDependencies {
	taxonomy: Pick<Taxonomy, 'categories' | 'targetGroups' | 'offerKinds' | 'needSources'>;
	/** The analysis' areas, for checking codes and where a point lies. */
	locator: () => AreaLocator;
	areaCodes: () => ReadonlySet<string>;
	/** Today as YYYY-MM-DD. */
	today: () => string;
	/** Stores the draft; throws when storage fails (the form then stays open). */
	save: (save: EditorSave) => Promise<void>;
}

/** What `submit` did: saved, stopped on problems, or waiting for the user to confirm warnings. */
export type SubmitOutcome = 'saved' | 'invalid' | 'confirm-personal-data' | 'failed';

/**
 * The add/edit form of one offer or need: its values, the problems with them, the personal-data
 * warnings the user must look at before saving, and the save itself.
 */
export class RecordEditor {
	/** Whether the form is closed, adding a new record, or editing one. */
	mode = $state<'closed' | 'add' | 'edit'>('closed');
	/** Which kind of record the form is for; the user may switch while adding. */
	kind = $state<RecordKind>('offer');
	/** The record being edited, with its kind; null while adding. */
	original = $state.raw<EditedRecord | null>(null);
	/** The offer form's values. */
	offer = $state<OfferFormValues>(
		newOfferValues({ location: null, areaCode: null }, { offerKinds: [] })
	);
	/** The need form's values. */
	need = $state<NeedFormValues>(
		newNeedValues({ location: null, areaCode: null }, { needSources: [] }, '')
	);
	/** True after the first save attempt: from then on problems show as the user types. */
	submitted = $state(false);
	/** True while saving. */
	saving = $state(false);
	#acknowledged = $state('');

	readonly #deps: RecordEditorDependencies;

	constructor(deps: RecordEditorDependencies) {
		this.#deps = deps;
	}

	/** The current values checked; recomputed as the user types. */
	readonly checked = $derived.by((): CheckedForm => {
		const context: FormContext = {
			taxonomy: this.#deps.taxonomy,
			areaCodes: this.#deps.areaCodes(),
			today: this.#deps.today()
		};
		return this.kind === 'offer'
			? { kind: 'offer', check: checkOfferForm(this.offer, context) }
			: { kind: 'need', check: checkNeedForm(this.need, context) };
	});

	/** Problems to show: none before the first save attempt. */
	readonly problems = $derived<FieldProblem[]>(
		this.submitted && !this.checked.check.ok ? this.checked.check.problems : []
	);

	/** Possible personal data in the free-text fields, shown as the user types. */
	readonly warnings = $derived<PersonalDataWarning[]>(this.checked.check.warnings);

	/** True when the user confirmed the current warnings and wants to save anyway. */
	readonly acknowledged = $derived(
		this.warnings.length > 0 && this.#acknowledged === warningKey(this.warnings)
	);

	/** The current place of the record in the form. */
	readonly placement = $derived<Placement>(
		this.kind === 'offer'
			? { location: this.offer.location, areaCode: this.offer.areaCode || null }
			: { location: this.need.location, areaCode: this.need.areaCode || null }
	);

	/**
	 * True when the point lies outside the chosen buurt; saving then removes the point so the
	 * record counts in the chosen buurt (see `placement.ts`).
	 */
	readonly pointWillBeRemoved = $derived.by(
		() => placeInArea(this.placement, this.placement.areaCode, this.#deps.locator()).pointRemoved
	);

	/** The problems of one field. */
	problemsOf(field: FormField): FieldProblem[] {
		return this.problems.filter((p) => p.field === field);
	}

	/** Opens the form for a new record of this kind at this place. */
	startAdd(kind: RecordKind, placement: Placement): void {
		this.#reset('add', kind, null);
		this.offer = newOfferValues(placement, this.#deps.taxonomy);
		this.need = newNeedValues(placement, this.#deps.taxonomy, this.#deps.today());
	}

	/** Opens the form on an existing record. */
	startEdit(record: EditedRecord): void {
		this.#reset('edit', record.kind, record);
		if (record.kind === 'offer') this.offer = offerToValues(record.record);
		else this.need = needToValues(record.record);
	}

	/** Switches a new record between offer and need, keeping its place. */
	switchKind(kind: RecordKind): void {
		if (this.mode !== 'add' || kind === this.kind) return;
		const placement = this.placement;
		this.kind = kind;
		if (kind === 'offer') this.offer = { ...this.offer, ...formPlace(placement) };
		else this.need = { ...this.need, ...formPlace(placement) };
		this.submitted = false;
	}

	/** Removes the point from the record in the form; it keeps its buurt. */
	clearPoint(): void {
		if (this.kind === 'offer') this.offer.location = null;
		else this.need.location = null;
	}

	/** The user looked at the personal-data warnings and chooses to save as it is. */
	acknowledge(): void {
		this.#acknowledged = warningKey(this.warnings);
	}

	/** Closes the form without saving. */
	close(): void {
		this.mode = 'closed';
		this.original = null;
	}

	/** Checks the form and saves it when it is right and any warnings were confirmed. */
	async submit(): Promise<SubmitOutcome> {
		this.submitted = true;
		const checked = this.checked;
		if (!checked.check.ok) return 'invalid';
		if (checked.check.warnings.length > 0 && !this.acknowledged) return 'confirm-personal-data';
		const place = placeInArea(this.placement, this.placement.areaCode, this.#deps.locator());
		const located = { location: place.location, areaCode: place.areaCode };
		const original = this.original;
		this.saving = true;
		try {
			if (checked.kind === 'offer' && checked.check.ok) {
				await this.#deps.save({
					kind: 'offer',
					draft: { ...checked.check.draft, ...located },
					original: original?.kind === 'offer' ? original.record : null
				});
			} else if (checked.kind === 'need' && checked.check.ok) {
				await this.#deps.save({
					kind: 'need',
					draft: { ...checked.check.draft, ...located },
					original: original?.kind === 'need' ? original.record : null
				});
			}
		} catch {
			return 'failed';
		} finally {
			this.saving = false;
		}
		this.close();
		return 'saved';
	}

	#reset(mode: 'add' | 'edit', kind: RecordKind, original: EditedRecord | null): void {
		this.mode = mode;
		this.kind = kind;
		this.original = original;
		this.submitted = false;
		this.#acknowledged = '';
	}
}

function warningKey(warnings: readonly PersonalDataWarning[]): string {
	return JSON.stringify(warnings.map((w) => [w.field, w.kind, w.value]));
}

function formPlace(placement: Placement) {
	return { location: placement.location, areaCode: placement.areaCode ?? '' };
}
