import type { Analysis } from '$lib/domain/records';
import type { AnalysesRepository, AnalysisCounts } from '$lib/storage/analyses-repository';
import { addDemo, seedDemoOnFirstRun } from '$lib/storage/demo-seed';
import type { NabuurDatabase } from '$lib/storage/db';
import type { DemoWijk } from '$lib/domain/demo/demo-wijk';
import { methodology } from './methodology';

/** The list of analyses on this device, with the actions the home page offers on it. */
export class AnalysesState {
	/** All analyses, most recently changed first. */
	list = $state.raw<Analysis[]>([]);
	/** Record counts per analysis id, for the list. */
	counts = $state.raw<Record<string, AnalysisCounts>>({});
	/** 'loading' until the first read finishes. */
	status = $state<'loading' | 'ready' | 'failed'>('loading');

	constructor(
		private readonly repository: AnalysesRepository,
		private readonly db: NabuurDatabase,
		private readonly makeDemo: () => DemoWijk
	) {}

	/** Reads the list; on the very first run on this device it first adds the demo wijk. */
	async load(): Promise<void> {
		try {
			await seedDemoOnFirstRun(this.db, this.makeDemo);
			await this.refresh();
			this.status = 'ready';
		} catch (error) {
			this.status = 'failed';
			throw error;
		}
	}

	/** Starts a new, empty analysis with the methodology this app ships. */
	async create(name: string): Promise<Analysis> {
		const analysis = await this.repository.create(
			{ name },
			{ id: methodology.manifest.id, version: methodology.manifest.version }
		);
		await this.refresh();
		return analysis;
	}

	/** Gives an analysis a new name. */
	async rename(id: string, name: string): Promise<void> {
		await this.repository.rename(id, name);
		await this.refresh();
	}

	/** Copies an analysis with everything in it. */
	async duplicate(id: string, name: string): Promise<Analysis> {
		const copy = await this.repository.duplicate(id, name);
		await this.refresh();
		return copy;
	}

	/** Deletes an analysis with everything in it. */
	async remove(id: string): Promise<void> {
		await this.repository.delete(id);
		await this.refresh();
	}

	/** Adds a fresh copy of the demo wijk. */
	async addDemo(): Promise<Analysis> {
		const demo = this.makeDemo();
		await addDemo(this.db, demo);
		await this.refresh();
		return demo.analysis;
	}

	private async refresh(): Promise<void> {
		const list = await this.repository.list();
		const counts = await Promise.all(list.map((a) => this.repository.counts(a.id)));
		this.list = list;
		this.counts = Object.fromEntries(list.map((a, i) => [a.id, counts[i]!]));
	}
}
