import { drawnArea, drawnAreaProblem, type DrawnAreaProblem } from '$lib/domain/areas/drawn-area';
import { newId } from '$lib/domain/ids';
import { areaSchema, type Area, type LonLat } from '$lib/domain/records';
import { m } from '$lib/paraglide/messages.js';
import type { NabuurDatabase } from '$lib/storage/db';
import { RecordsRepository } from '$lib/storage/records-repository';
import { handleError } from './errors';

/** What drawing an own area needs from outside. */
export interface AreaDrawingDependencies {
	db: NabuurDatabase;
	analysisId: () => string;
	/** Called after an area was stored or removed, so the page reads the areas again. */
	onChanged: () => Promise<void>;
}

const problemText: Record<DrawnAreaProblem, () => string> = {
	'too-few-points': () => m.map_draw_too_few(),
	'self-crossing': () => m.map_draw_crossing(),
	'no-surface': () => m.map_draw_no_surface()
};

/**
 * Drawing a team's own area on the map, corner by corner (clicks, or the middle of the map for
 * keyboard users), naming it and storing it; and renaming or removing own areas.
 */
export class AreaDrawingState {
	active = $state(false);
	/** The corners placed so far, in order. */
	points = $state.raw<LonLat[]>([]);
	name = $state('');
	/** Why the outline or name cannot be stored yet, in the user's language. */
	failure = $state<string | null>(null);
	/** Said after a store or removal, for the eye and the screen reader. */
	outcome = $state<string | null>(null);

	/** The own area being reshaped or renamed; null while drawing a new one. */
	editing = $state.raw<Area | null>(null);

	readonly #deps: AreaDrawingDependencies;
	readonly #areas: RecordsRepository<typeof areaSchema>;

	constructor(deps: AreaDrawingDependencies) {
		this.#deps = deps;
		this.#areas = new RecordsRepository(deps.db, 'areas', areaSchema);
	}

	/** Starts a new outline. */
	start(): void {
		this.active = true;
		this.editing = null;
		this.points = [];
		this.name = '';
		this.failure = null;
		this.outcome = null;
	}

	/**
	 * Opens an own area for editing: its corners (of its outer ring, without the closing one) and
	 * its name; corners can then be taken back and placed anew, and the name changed.
	 */
	edit(area: Area): void {
		if (area.level !== 'eigen' || area.geometry.type !== 'Polygon') return;
		const ring = area.geometry.coordinates[0] ?? [];
		this.active = true;
		this.editing = area;
		this.points = ring.slice(0, -1).map(([lon, lat]) => [lon, lat]);
		this.name = area.name;
		this.failure = null;
		this.outcome = null;
	}

	/** Places the next corner. */
	add(point: LonLat): void {
		if (!this.active) return;
		this.points = [...this.points, point];
		this.failure = null;
	}

	/** Takes the last corner back. */
	undo(): void {
		this.points = this.points.slice(0, -1);
	}

	/** Stops drawing without storing anything. */
	cancel(): void {
		this.active = false;
		this.editing = null;
		this.points = [];
		this.failure = null;
	}

	/** Stores the outline as an own area of the analysis; says what is wrong instead if needed. */
	async save(): Promise<void> {
		this.failure = null;
		const problem = drawnAreaProblem(this.points);
		if (problem) {
			this.failure = problemText[problem]();
			return;
		}
		const name = this.name.trim();
		if (!name) {
			this.failure = m.map_draw_name_missing();
			return;
		}
		const drawn = drawnArea({
			id: this.editing?.id ?? newId(),
			analysisId: this.#deps.analysisId(),
			name,
			points: this.points,
			source: m.map_draw_source()
		});
		// An edited area keeps its code and revision line; the repository raises the revision.
		const area = this.editing
			? { ...this.editing, name, geometry: drawn.geometry, updatedAt: drawn.updatedAt }
			: drawn;
		try {
			await this.#areas.save(area);
		} catch (error) {
			handleError(error, m.map_draw_save_failed());
			return;
		}
		this.active = false;
		this.editing = null;
		this.points = [];
		this.outcome = m.map_draw_saved({ name });
		await this.#deps.onChanged();
	}

	/** Removes an own area (CBS areas are removed by importing again, not here). */
	async remove(area: Area): Promise<void> {
		if (area.level !== 'eigen') return;
		try {
			await this.#areas.remove(area.id);
		} catch (error) {
			handleError(error, m.map_draw_remove_failed());
			return;
		}
		this.outcome = m.map_draw_removed({ name: area.name });
		await this.#deps.onChanged();
	}
}
