import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '$lib/domain/ids';
import { AnalysesRepository } from '$lib/storage/analyses-repository';
import { NabuurDatabase } from '$lib/storage/db';
import { ImportRepository } from '$lib/storage/import-repository';
import { readMethodology } from '../../test-support/methodology';
import { AreaImportState } from './area-import.svelte';
import { RecordImportState } from './record-import.svelte';

const methodology = readMethodology();

let db: NabuurDatabase;
let analysisId: string;
let reloads: number;

beforeEach(async () => {
	db = new NabuurDatabase(`imports-${newId()}`);
	const analyses = new AnalysesRepository(db);
	analysisId = (await analyses.create({ name: 'Import' }, { id: 'nabuur', version: '1.0.0' })).id;
	reloads = 0;
});

afterEach(async () => {
	await db.delete();
});

function deps() {
	return {
		repository: new ImportRepository(db),
		methodology,
		analysisId: () => analysisId,
		onImported: async () => {
			reloads++;
		}
	};
}

function fixture(): File {
	const text = readFileSync('tests/fixtures/needs-two-bad-rows.csv', 'utf8');
	return new File([text], 'needs-two-bad-rows.csv', { type: 'text/csv' });
}

describe('RecordImportState', () => {
	it('refuses a file with bad rows as a whole, and stores nothing', async () => {
		const state = new RecordImportState(deps());
		state.chooseTarget('need');
		await state.readFile(fixture());
		expect(state.validation?.result.valid).toHaveLength(4);
		await state.importRows();
		expect(state.message?.tone).toBe('error');
		expect(state.message?.text).toContain('2');
		expect(await db.needs.count()).toBe(0);
		expect(reloads).toBe(0);
	});

	it('imports only the good rows once the personal data is acknowledged', async () => {
		const state = new RecordImportState(deps());
		state.chooseTarget('need');
		await state.readFile(fixture());
		state.mode = 'valid-rows';
		await state.importRows();
		expect(await db.needs.count()).toBe(0);
		state.acknowledged = true;
		await state.importRows();
		expect(state.status).toBe('done');
		expect(await db.needs.count()).toBe(4);
		expect(state.skipped.map((p) => p.row)).toEqual([5, 6]);
		expect(reloads).toBe(1);
	});

	it('reports a JSON file that does not parse, and keeps no table', async () => {
		const state = new RecordImportState(deps());
		await state.readFile(new File(['{"type":'], 'punten.geojson'));
		expect(state.failure).toContain('punten.geojson');
		expect(state.table).toBeNull();
	});
});

describe('AreaImportState', () => {
	const square = [
		[5.1, 52.1],
		[5.2, 52.1],
		[5.2, 52.2],
		[5.1, 52.1]
	];
	// A mixed file names every area in one `statcode` column, as the CBS files of all levels do.
	const feature = (code: string) => ({
		type: 'Feature',
		properties: {
			statcode: code,
			statnaam: code,
			jaar: 2024,
			gemeentecode: 'GM0344',
			gemeentenaam: 'Utrecht'
		},
		geometry: { type: 'Polygon', coordinates: [square] }
	});
	const collection = {
		type: 'FeatureCollection',
		features: [feature('BU03440111'), feature('WK034401')]
	};

	it('imports the chosen level only, and replaces areas on a second import', async () => {
		const state = new AreaImportState({ ...deps(), existing: () => [] });
		const file = new File([JSON.stringify(collection)], 'gebieden.geojson');
		await state.readFiles(file);
		expect(state.levels).toEqual(['buurt', 'wijk']);
		state.level = 'wijk';
		expect(state.chosen.map((a) => a.code)).toEqual(['WK034401']);
		await state.importChosen();
		expect(state.outcome).toEqual({ added: 1, replaced: 0 });
		const [stored] = await db.areas.toArray();
		expect(stored?.source).toBe('CBS Wijk- en Buurtkaart 2024 (gebieden.geojson)');

		await state.readFiles(file);
		state.level = 'wijk';
		await state.importChosen();
		expect(state.outcome).toEqual({ added: 0, replaced: 1 });
		expect(await db.areas.count()).toBe(1);
	});

	it('says a file is not JSON, and stores nothing', async () => {
		const state = new AreaImportState({ ...deps(), existing: () => [] });
		await state.readFiles(
			new File(['{"type": "FeatureCollection", "features": ['], 'kapot.geojson')
		);
		expect(state.failure).toContain('kapot.geojson');
		expect(state.read).toBeNull();
		expect(await db.areas.count()).toBe(0);
	});
});
