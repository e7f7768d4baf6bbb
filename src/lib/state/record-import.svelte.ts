import type { Methodology } from '$lib/domain/methodology/load';
import { suggestMapping } from '$lib/io/records/column-mapping';
import type { NeedDraft, OfferDraft } from '$lib/io/records/drafts';
import {
	needFields,
	offerFields,
	type ImportTarget,
	type NeedMapping,
	type OfferMapping
} from '$lib/io/records/import-fields';
import type { ImportProblem } from '$lib/io/records/problems';
import { requiredNeedFields } from '$lib/io/records/read-need';
import { requiredOfferFields } from '$lib/io/records/read-offer';
import type { Table } from '$lib/io/records/table';
import {
	validateNeeds,
	validateOffers,
	type ValidationResult
} from '$lib/io/records/validate-rows';
import { m } from '$lib/paraglide/messages.js';
import type { ImportRepository } from '$lib/storage/import-repository';
import { handleError } from './errors';
import { fileLevelProblems, problemRows } from './import-summary';
import { parseRecordsFile } from './records-file';

/** What the offers/needs import needs from outside. */
export interface RecordImportDependencies {
	repository: ImportRepository;
	methodology: Pick<Methodology, 'taxonomy'>;
	/** The id of the analysis to import into. */
	analysisId: () => string;
	/** Called after a successful import, so pages read the new records from storage. */
	onImported: () => Promise<void>;
}

/** How to treat rows with a problem: refuse the whole file, or skip those rows. */
export type ImportMode = 'all-or-nothing' | 'valid-rows';

/** A message about the last import attempt, shown beside the import button. */
export interface ImportMessage {
	tone: 'error' | 'success';
	text: string;
}

/** Every row checked, tagged with the kind of record it was checked as. */
export type CheckedRows =
	| { target: 'offer'; result: ValidationResult<OfferDraft> }
	| { target: 'need'; result: ValidationResult<NeedDraft> };

/**
 * Importing offers or needs into an analysis: read a CSV or GeoJSON file, match its columns to
 * fields, check every row, and store either all rows or only the good ones, in one transaction.
 */
export class RecordImportState {
	target = $state<ImportTarget>('offer');
	status = $state<'idle' | 'reading' | 'ready' | 'importing' | 'done'>('idle');
	fileName = $state('');
	/** Why the file could not be read as a table at all: a sentence, or the file's problems. */
	failure = $state<string | null>(null);
	fileProblems = $state.raw<ImportProblem[]>([]);
	table = $state.raw<Table | null>(null);
	offerMapping = $state.raw<OfferMapping | null>(null);
	needMapping = $state.raw<NeedMapping | null>(null);
	/** The need source id for files without a source column. */
	needSource = $state('signaal-professional');
	mode = $state<ImportMode>('all-or-nothing');
	/** True once the user confirmed looking at the personal-data warnings. */
	acknowledged = $state(false);
	message = $state.raw<ImportMessage | null>(null);
	/** Problems of the rows left out by the last "only the good rows" import. */
	skipped = $state.raw<ImportProblem[]>([]);

	/** Every row checked with the current mapping; null without a readable file. */
	readonly validation = $derived.by(() => this.#validate());

	readonly #deps: RecordImportDependencies;
	#ticket = 0;

	constructor(deps: RecordImportDependencies) {
		this.#deps = deps;
	}

	/** The fields of the chosen kind, in order. */
	get fields(): readonly string[] {
		return this.target === 'offer' ? offerFields : needFields;
	}

	/** The fields a file of the chosen kind must have a column for. */
	get requiredFields(): readonly string[] {
		return this.target === 'offer' ? requiredOfferFields : requiredNeedFields;
	}

	/** The column (0-based) a field is read from, or null. */
	columnOf(field: string): number | null {
		const mapping: Record<string, number | null> | null =
			this.target === 'offer' ? this.offerMapping : this.needMapping;
		return mapping?.[field] ?? null;
	}

	/** Reads a field from another column (0-based), or from none. */
	setColumn(field: string, column: number | null): void {
		// Another column may hold other personal data: it has to be looked at again.
		this.message = null;
		this.acknowledged = false;
		if (this.target === 'offer' && this.offerMapping && field in this.offerMapping) {
			this.offerMapping = { ...this.offerMapping, [field]: column };
		} else if (this.target === 'need' && this.needMapping && field in this.needMapping) {
			this.needMapping = { ...this.needMapping, [field]: column };
		}
	}

	/** Chooses offers or needs; the columns are matched again. */
	chooseTarget(target: ImportTarget): void {
		this.target = target;
		this.message = null;
		this.acknowledged = false;
		this.#suggest();
	}

	/** Reads a CSV or GeoJSON file; a later call wins. */
	async readFile(file: File): Promise<void> {
		const ticket = ++this.#ticket;
		this.status = 'reading';
		this.#clear();
		this.fileName = file.name;
		try {
			const text = await file.text();
			if (ticket !== this.#ticket) return;
			const parsed = parseRecordsFile(file.name, text);
			if ('badJson' in parsed) this.failure = m.import_bad_json({ file: file.name });
			else if (!parsed.ok) this.fileProblems = parsed.problems;
			else {
				this.table = parsed.table;
				this.#suggest();
			}
			this.status = this.table ? 'ready' : 'idle';
		} catch (error) {
			if (ticket !== this.#ticket) return;
			this.status = 'idle';
			handleError(error, m.import_read_failed());
		}
	}

	/**
	 * Stores the checked rows in one transaction. All-or-nothing refuses when any row has a
	 * problem; personal-data warnings must be acknowledged first; a failure stores nothing.
	 */
	async importRows(): Promise<void> {
		const checked = this.validation;
		if (!checked || this.status !== 'ready') return;
		const { result } = checked;
		const rows = problemRows(result.problems);
		if (fileLevelProblems(result.problems).length > 0 || result.valid.length === 0) {
			this.message = { tone: 'error', text: m.import_no_valid_rows() };
			return;
		}
		if (this.mode === 'all-or-nothing' && rows.length > 0) {
			this.message = { tone: 'error', text: m.import_refused({ count: rows.length }) };
			return;
		}
		if (result.warnings.length > 0 && !this.acknowledged) {
			this.message = { tone: 'error', text: m.import_ack_needed() };
			return;
		}
		this.status = 'importing';
		this.message = null;
		try {
			const { repository, analysisId } = this.#deps;
			const id = analysisId();
			const count =
				checked.target === 'offer'
					? await repository.importOffers(
							id,
							checked.result.valid.map((r) => r.draft)
						)
					: await repository.importNeeds(
							id,
							checked.result.valid.map((r) => r.draft)
						);
			this.skipped = result.problems;
			this.message = { tone: 'success', text: m.import_records_done({ count }) };
			this.status = 'done';
		} catch (error) {
			this.status = 'ready';
			handleError(error, m.import_failed());
			return;
		}
		await this.#deps.onImported();
	}

	/** Forgets the file, its mapping and the last message. */
	reset(): void {
		this.#ticket++;
		this.status = 'idle';
		this.#clear();
	}

	#validate(): CheckedRows | null {
		const table = this.table;
		const { methodology } = this.#deps;
		if (!table) return null;
		if (this.target === 'offer') {
			if (!this.offerMapping) return null;
			const recordSource = `import: ${this.fileName}`.slice(0, 200);
			const result = validateOffers(table, this.offerMapping, methodology, { recordSource });
			return { target: 'offer', result };
		}
		if (!this.needMapping) return null;
		const result = validateNeeds(table, this.needMapping, methodology, {
			defaultNeedSource: this.needSource
		});
		return { target: 'need', result };
	}

	#suggest(): void {
		const columns = this.table?.columns;
		this.offerMapping = columns ? suggestMapping(columns, 'offer') : null;
		this.needMapping = columns ? suggestMapping(columns, 'need') : null;
	}

	#clear(): void {
		this.failure = null;
		this.fileProblems = [];
		this.table = null;
		this.offerMapping = null;
		this.needMapping = null;
		this.mode = 'all-or-nothing';
		this.acknowledged = false;
		this.message = null;
		this.skipped = [];
	}
}
