import { localize, type Language } from '$lib/domain/localized';
import type { Taxonomy } from '$lib/domain/methodology/schema';
import { countByFacet, countRecords } from '$lib/domain/records-filter/counts';
import {
	emptyFilter,
	filterNeeds,
	filterOffers,
	type NameOf,
	type RecordFilter
} from '$lib/domain/records-filter/filter';
import { areaLocator, placeAtPoint, placeInArea } from '$lib/domain/records-filter/placement';
import { findRecord, type RecordKind, type RecordRef } from '$lib/domain/records-filter/record-ref';
import type { Area, LonLat, Need, Offer, needSchema, offerSchema } from '$lib/domain/records';
import { m } from '$lib/paraglide/messages.js';
import type { RecordsRepository } from '$lib/storage/records-repository';
import { handleError } from './errors';
import { RecordList } from './kaart-records.svelte';
import { UndoHistory } from './kaart-undo.svelte';
import { RecordEditor, type EditorSave } from './record-editor.svelte';

/** What the Kaart page state needs from outside. */
export interface KaartDependencies {
	offers: RecordsRepository<typeof offerSchema>;
	needs: RecordsRepository<typeof needSchema>;
	taxonomy: Pick<Taxonomy, 'categories' | 'targetGroups' | 'offerKinds' | 'needSources'>;
	/** The id of the open analysis. */
	analysisId: () => string;
	/** The analysis' areas, ordered by code. */
	areas: () => readonly Area[];
	/** The interface language, for names in search and messages. */
	language: () => Language;
	/** Today as YYYY-MM-DD. */
	today: () => string;
	/** A new record id. */
	newId: () => string;
	/** The current time as an ISO timestamp. */
	now: () => string;
	/** Called after every stored change, so other parts (counts, scores) read storage again. */
	onChanged: () => Promise<void>;
}

/**
 * The Kaart page: the analysis' offers and needs, one filter for the list, the legend and the map,
 * the selected record, the add/edit form, and every change with its undo. The map and the list
 * both read `visibleOffers`, `visibleNeeds` and `selected` and call the same actions, so they
 * cannot disagree.
 */
export class KaartState {
	/** Whether the records are being read, are ready, or could not be read. */
	status = $state<'loading' | 'ready' | 'failed'>('loading');
	/** What the user chose to see. */
	filter = $state.raw<RecordFilter>(emptyFilter);
	/** The selected offer or need, on the map and in the list alike. */
	selected = $state.raw<RecordRef | null>(null);
	/** The last change, with its undo. */
	readonly history = new UndoHistory();
	/** The add/edit form. */
	readonly editor: RecordEditor;

	readonly #deps: KaartDependencies;
	readonly #offers: RecordList<typeof offerSchema>;
	readonly #needs: RecordList<typeof needSchema>;

	constructor(deps: KaartDependencies) {
		this.#deps = deps;
		this.#offers = new RecordList(deps.offers);
		this.#needs = new RecordList(deps.needs);
		this.editor = new RecordEditor({
			taxonomy: deps.taxonomy,
			locator: () => this.locator,
			areaCodes: () => this.areaCodes,
			today: deps.today,
			save: (save) => this.#store(save)
		});
	}

	/** The analysis' areas, ordered by code. */
	readonly areas = $derived.by(() => this.#deps.areas());
	/** The codes of those areas. */
	readonly areaCodes = $derived(codesOf(this.areas));
	/** Finds the area of a point, as the scores do. */
	readonly locator = $derived(areaLocator(this.areas));
	/** Every offer of the analysis. */
	readonly offers = $derived.by(() => this.#offers.items);
	/** Every need of the analysis. */
	readonly needs = $derived.by(() => this.#needs.items);

	/** The display name of a category, target group, kind, source or area code. */
	readonly nameOf: NameOf = $derived.by(() =>
		namesOf(this.#deps.taxonomy, this.areas, this.#deps.language())
	);

	/** The offers that pass the filter: what the list shows and the map draws. */
	readonly visibleOffers = $derived(filterOffers(this.offers, this.filter, this.nameOf));
	/** The needs that pass the filter. */
	readonly visibleNeeds = $derived(filterNeeds(this.needs, this.filter, this.nameOf));
	/** Counts of the visible records, with those "niet op de kaart". */
	readonly counts = $derived(countRecords(this.visibleOffers, this.visibleNeeds));
	/** Counts of every record, filter or not. */
	readonly totals = $derived(countRecords(this.offers, this.needs));
	/** Per help category, what choosing it would show (the legend's numbers). */
	readonly categoryCounts = $derived.by(() =>
		countByFacet(
			this.offers,
			this.needs,
			this.filter,
			'categories',
			this.#deps.taxonomy.categories.map((c) => c.id),
			this.nameOf
		)
	);

	/** Reads the analysis' offers and needs from storage. */
	async load(): Promise<void> {
		this.status = 'loading';
		try {
			const id = this.#deps.analysisId();
			await Promise.all([this.#offers.load(id), this.#needs.load(id)]);
			this.status = 'ready';
		} catch (error) {
			this.status = 'failed';
			handleError(error, m.kaart_load_failed());
		}
	}

	/** Selects a record (or nothing), on the map and in the list. */
	select(ref: RecordRef | null): void {
		this.selected = ref;
	}

	/** Opens the add form for a record at a point of the map, in the buurt that holds it. */
	addAt(lonLat: LonLat, kind: RecordKind = this.editor.kind): void {
		this.editor.startAdd(kind, placeAtPoint(lonLat, this.locator));
	}

	/** Opens the add form for a record in a buurt (or none), without a point: the keyboard path. */
	addInArea(kind: RecordKind, areaCode: string | null): void {
		this.editor.startAdd(kind, { location: null, areaCode });
	}

	/** Opens the edit form of a record, and selects it. */
	edit(ref: RecordRef): void {
		const found = findRecord(ref, this.offers, this.needs);
		if (!found) return;
		this.selected = ref;
		this.editor.startEdit(found);
	}

	/** Deletes a record; the undo puts it back as it was. */
	async remove(ref: RecordRef): Promise<void> {
		const found = findRecord(ref, this.offers, this.needs);
		if (!found) return;
		const list = this.#list(found.kind);
		const title = this.titleOf(ref);
		try {
			await list.delete(ref.id);
		} catch (error) {
			handleError(error, m.kaart_delete_failed());
			return;
		}
		if (this.selected?.id === ref.id) this.selected = null;
		const text = found.kind === 'offer' ? m.kaart_offer_deleted : m.kaart_need_deleted;
		this.#recorded(text({ title }), found.kind, ref.id, null, found.record);
	}

	/** Puts a record on a point, in the buurt that holds it; undoable. */
	async moveTo(ref: RecordRef, lonLat: LonLat): Promise<void> {
		await this.#move(ref, placeAtPoint(lonLat, this.locator), false);
	}

	/**
	 * Moves a record into a buurt chosen from a list (the keyboard path). Its point stays only when
	 * it lies in that buurt; otherwise the point goes, so the record counts in the chosen buurt
	 * (see `records-filter/placement.ts`). Undoable.
	 */
	async moveToArea(ref: RecordRef, areaCode: string | null): Promise<void> {
		const found = findRecord(ref, this.offers, this.needs);
		if (!found) return;
		const placement = placeInArea(found.record, areaCode, this.locator);
		await this.#move(ref, placement, placement.pointRemoved);
	}

	/** Takes back the last change. */
	async undo(): Promise<void> {
		try {
			await this.history.undo();
		} catch (error) {
			handleError(error, m.kaart_undo_failed());
		}
	}

	/** A short name for a record in messages: an offer's name, a need's category and group. */
	titleOf(ref: RecordRef): string {
		const found = findRecord(ref, this.offers, this.needs);
		if (!found) return '';
		if (found.kind === 'offer') return found.record.name;
		const { category, targetGroup } = found.record;
		return `${this.nameOf(category) ?? category} · ${this.nameOf(targetGroup) ?? targetGroup}`;
	}

	/** The name of an area code, or the "outside every buurt" text for none. */
	areaName(code: string | null): string {
		return code === null ? m.kaart_no_area() : (this.nameOf(code) ?? code);
	}

	async #move(
		ref: RecordRef,
		placement: { location: LonLat | null; areaCode: string | null },
		pointRemoved: boolean
	): Promise<void> {
		const found = findRecord(ref, this.offers, this.needs);
		if (!found) return;
		const place = { location: placement.location, areaCode: placement.areaCode };
		let stored: Offer | Need;
		try {
			stored =
				found.kind === 'offer'
					? await this.#offers.put({ ...found.record, ...place })
					: await this.#needs.put({ ...found.record, ...place });
		} catch (error) {
			handleError(error, m.kaart_move_failed());
			return;
		}
		const area = this.areaName(placement.areaCode);
		const title = this.titleOf(ref);
		const moved = m.kaart_moved({ title, area });
		const text = pointRemoved ? `${moved} ${m.kaart_point_removed()}` : moved;
		this.#recorded(text, found.kind, ref.id, stored, found.record);
	}

	async #store(save: EditorSave): Promise<void> {
		const base = {
			id: this.#deps.newId(),
			rev: 1,
			updatedAt: this.#deps.now(),
			analysisId: this.#deps.analysisId()
		};
		let stored: Offer | Need;
		try {
			stored =
				save.kind === 'offer'
					? await this.#offers.put({ ...(save.original ?? base), ...save.draft })
					: await this.#needs.put({ ...(save.original ?? base), ...save.draft });
		} catch (error) {
			handleError(error, m.kaart_save_failed());
			throw error;
		}
		const ref = { kind: save.kind, id: stored.id };
		this.selected = ref;
		const title = this.titleOf(ref);
		const texts =
			save.kind === 'offer'
				? [m.kaart_offer_added, m.kaart_offer_changed]
				: [m.kaart_need_added, m.kaart_need_changed];
		const text = (save.original ? texts[1]! : texts[0]!)({ title });
		this.#recorded(text, save.kind, stored.id, stored, save.original);
	}

	/** Remembers a stored change with its undo, and tells the rest of the app. */
	#recorded(
		text: string,
		kind: RecordKind,
		id: string,
		after: Offer | Need | null,
		before: Offer | Need | null
	): void {
		this.history.record(text, async () => {
			if (kind === 'offer') {
				await this.#offers.revert(id, asOffer(after), asOffer(before));
			} else {
				await this.#needs.revert(id, asNeed(after), asNeed(before));
			}
			// What was put back is selected, so the list draws it and the map can show it.
			this.selected = before ? { kind, id } : null;
			this.#changed();
			return m.kaart_undone({ text });
		});
		this.#changed();
	}

	#changed(): void {
		this.#deps.onChanged().catch((error: unknown) => handleError(error, m.kaart_load_failed()));
	}

	#list(kind: RecordKind) {
		return kind === 'offer' ? this.#offers : this.#needs;
	}
}

// Plain (non-reactive) collections, built fresh whenever their inputs change.
function codesOf(areas: readonly Area[]): ReadonlySet<string> {
	return new Set(areas.map((a) => a.code));
}

function namesOf(
	taxonomy: KaartDependencies['taxonomy'],
	areas: readonly Area[],
	language: Language
): NameOf {
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- built once per input, never mutated after
	const names = new Map<string, string>();
	const t = taxonomy;
	for (const list of [t.categories, t.targetGroups, t.offerKinds, t.needSources]) {
		for (const item of list) names.set(item.id, localize(item.label, language));
	}
	for (const area of areas) names.set(area.code, area.name);
	return (id: string) => names.get(id);
}

function asOffer(record: Offer | Need | null): Offer | null {
	return record && 'name' in record ? record : null;
}

function asNeed(record: Offer | Need | null): Need | null {
	return record && 'note' in record ? record : null;
}
