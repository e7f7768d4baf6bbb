import { NabuurError } from '$lib/domain/errors';
import type { Methodology } from '$lib/domain/methodology/load';
import { readBoundaries, type ImportedArea } from '$lib/io/cbs/boundaries';
import type { CbsLevel } from '$lib/io/cbs/cbs-code';
import { joinKerncijfers } from '$lib/io/cbs/join';
import {
	readKerncijfersCsv,
	readKerncijfersJson,
	type KerncijfersResult
} from '$lib/io/cbs/kerncijfers';
import type { CbsProblem } from '$lib/io/cbs/problems';
import { m } from '$lib/paraglide/messages.js';
import type { AreaImportOutcome, ImportRepository } from '$lib/storage/import-repository';
import { handleError } from './errors';
import {
	areaSource,
	gemeenteNames,
	levelsOf,
	summariseAreas,
	type AreaKey,
	type AreaSummary
} from './import-summary';

/** What the area import needs from outside. */
export interface AreaImportDependencies {
	repository: ImportRepository;
	methodology: Pick<Methodology, 'indicators'>;
	/** The id of the analysis to import into. */
	analysisId: () => string;
	/** The areas the analysis holds now. */
	existing: () => readonly AreaKey[];
	/** Called after a successful import, so pages read the new areas from storage. */
	onImported: () => Promise<void>;
}

/** What was read from the chosen files. */
export interface AreaFileRead {
	boundaryFile: string;
	figuresFile?: string;
	/** Usable areas, figures joined in when a figures file was given. */
	areas: ImportedArea[];
	/** Every problem of both files and of joining them, in the order they were found. */
	problems: CbsProblem[];
	/** Ids of the indicators found in either file. */
	foundIndicators: string[];
	/** Ids of the indicators neither file has. */
	missingIndicators: string[];
	/** Gemeente names by code, when the file gives them. */
	gemeenteNames: Map<string, string>;
}

/** A file that could not be read at all, with the sentence that says why. */
class Unreadable extends Error {}

function parseJson(text: string, file: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		throw new Unreadable(m.import_bad_json({ file }));
	}
}

/**
 * Importing CBS buurten and wijken into an analysis: read a boundaries file (and optionally a
 * figures file) in the browser, show what it holds, let the user pick a level, and store the
 * chosen areas all at once.
 */
export class AreaImportState {
	status = $state<'idle' | 'reading' | 'preview' | 'importing' | 'done'>('idle');
	/** Why the chosen file could not be read; nothing is stored then. */
	failure = $state<string | null>(null);
	read = $state.raw<AreaFileRead | null>(null);
	/** The level chosen for import; null before a file is read. */
	level = $state<CbsLevel | null>(null);
	outcome = $state.raw<AreaImportOutcome | null>(null);

	readonly #deps: AreaImportDependencies;
	#ticket = 0;

	constructor(deps: AreaImportDependencies) {
		this.#deps = deps;
	}

	/** The levels found in the file, most specific first. */
	get levels(): CbsLevel[] {
		return this.read ? levelsOf(this.read.areas) : [];
	}

	/** The areas of the chosen level: what "Importeren" would store. */
	get chosen(): ImportedArea[] {
		return this.read?.areas.filter((a) => a.level === this.level) ?? [];
	}

	/** The preview of everything the file holds. */
	get fileSummary(): AreaSummary | null {
		return this.read ? summariseAreas(this.read.areas, this.#deps.existing()) : null;
	}

	/** The preview of the chosen areas, with how many replace stored ones. */
	get chosenSummary(): AreaSummary {
		return summariseAreas(this.chosen, this.#deps.existing());
	}

	/** Reads a boundaries file and an optional figures file; a later call wins. */
	async readFiles(boundaries: File, figures?: File | null): Promise<void> {
		const ticket = ++this.#ticket;
		this.status = 'reading';
		this.failure = null;
		this.read = null;
		this.outcome = null;
		try {
			const read = await this.#read(boundaries, figures ?? undefined);
			if (ticket !== this.#ticket) return;
			this.read = read;
			this.level = levelsOf(read.areas)[0] ?? null;
			this.status = 'preview';
		} catch (error) {
			if (ticket !== this.#ticket) return;
			this.status = 'idle';
			if (error instanceof Unreadable) this.failure = error.message;
			else handleError(error, m.import_read_failed());
		}
	}

	/**
	 * Reads boundaries that did not come from a file (PDOK): a parsed FeatureCollection, named for
	 * the preview and the areas' source. `prepare` may reshape the areas (e.g. simplify them).
	 */
	readCollection(
		name: string,
		input: unknown,
		prepare: (areas: ImportedArea[]) => ImportedArea[] = (areas) => areas
	): void {
		this.#ticket++;
		this.outcome = null;
		this.failure = null;
		try {
			const read = this.#readBoundaries(name, input);
			this.read = { ...read, areas: prepare(read.areas) };
			this.level = levelsOf(this.read.areas)[0] ?? null;
			this.status = 'preview';
		} catch (error) {
			this.read = null;
			this.status = 'idle';
			if (error instanceof Unreadable) this.failure = error.message;
			else handleError(error, m.import_read_failed());
		}
	}

	/** Stores the chosen areas in one transaction; on failure nothing is stored and the user is told. */
	async importChosen(): Promise<void> {
		const read = this.read;
		const areas = this.chosen;
		if (!read || areas.length === 0 || this.status !== 'preview') return;
		this.status = 'importing';
		try {
			const drafts = areas.map((area) => ({
				...area,
				source: areaSource(area.year, read.boundaryFile, read.figuresFile)
			}));
			this.outcome = await this.#deps.repository.importAreas(this.#deps.analysisId(), drafts);
			this.status = 'done';
		} catch (error) {
			this.status = 'preview';
			handleError(error, m.import_failed());
			return;
		}
		await this.#deps.onImported();
	}

	/** Forgets the file and the preview. */
	reset(): void {
		this.#ticket++;
		this.status = 'idle';
		this.failure = null;
		this.read = null;
		this.level = null;
		this.outcome = null;
	}

	#readBoundaries(name: string, input: unknown): AreaFileRead {
		const options = { indicators: this.#deps.methodology.indicators };
		const result = unreadableAs(m.import_not_boundaries({ file: name }), () =>
			readBoundaries(input, options)
		);
		return {
			boundaryFile: name,
			areas: result.areas,
			problems: [...result.problems],
			foundIndicators: Object.keys(result.matchedIndicators),
			missingIndicators: result.missingIndicators,
			gemeenteNames: gemeenteNames(input)
		};
	}

	async #read(boundaries: File, figures?: File): Promise<AreaFileRead> {
		const options = { indicators: this.#deps.methodology.indicators };
		const input = parseJson(await boundaries.text(), boundaries.name);
		const read = this.#readBoundaries(boundaries.name, input);
		if (!figures) return read;

		const text = await figures.text();
		const message = m.import_not_figures({ file: figures.name });
		const rows: KerncijfersResult = figures.name.toLowerCase().endsWith('.csv')
			? readKerncijfersCsv(text, options)
			: unreadableAs(message, () => readKerncijfersJson(parseJson(text, figures.name), options));
		const joined = joinKerncijfers(read.areas, rows.rows);
		const fromFigures = Object.keys(rows.matchedIndicators);
		const found = [
			...read.foundIndicators,
			...fromFigures.filter((i) => !read.foundIndicators.includes(i))
		];
		return {
			...read,
			figuresFile: figures.name,
			areas: joined.areas,
			problems: [...read.problems, ...rows.problems, ...joined.problems],
			foundIndicators: found,
			missingIndicators: read.missingIndicators.filter((id) => !found.includes(id))
		};
	}
}

/** Runs a reader, turning its `file-unreadable` error into the given sentence for the user. */
function unreadableAs<T>(message: string, read: () => T): T {
	try {
		return read();
	} catch (error) {
		if (error instanceof NabuurError && error.kind === 'file-unreadable') {
			throw new Unreadable(message);
		}
		throw error;
	}
}
