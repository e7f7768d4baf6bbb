import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NabuurError } from '$lib/domain/errors';
import { newId } from '$lib/domain/ids';
import type { AreaGeometry } from '$lib/domain/records';
import { AnalysesRepository } from './analyses-repository';
import { NabuurDatabase } from './db';
import { ImportRepository, type AreaDraftRecord, type NeedDraftRecord } from './import-repository';

let db: NabuurDatabase;
let analysisId: string;
let imports: ImportRepository;
let tick: number;

const geometry: AreaGeometry = {
	type: 'Polygon',
	coordinates: [
		[
			[5.1, 52.1],
			[5.2, 52.1],
			[5.2, 52.2],
			[5.1, 52.1]
		]
	]
};

function area(code: string, name = code, year = 2024): AreaDraftRecord {
	return { code, name, level: 'buurt', year, geometry, indicators: {}, source: 'CBS test' };
}

function need(category = 'gezelschap'): NeedDraftRecord {
	return {
		category,
		targetGroup: 'eenzame-ouderen',
		areaCode: null,
		location: null,
		count: 3,
		countUnit: 'personen',
		source: 'signaal-professional',
		date: '2024-03-12',
		confidence: 'middel',
		note: ''
	};
}

beforeEach(async () => {
	db = new NabuurDatabase(`test-${newId()}`);
	tick = Date.parse('2026-11-23T09:00:00Z');
	const clock = () => new Date((tick += 1000));
	imports = new ImportRepository(db, clock);
	const analyses = new AnalysesRepository(db, clock);
	analysisId = (await analyses.create({ name: 'Import' }, { id: 'nabuur', version: '1.0.0' })).id;
});

afterEach(async () => {
	await db.delete();
});

describe('ImportRepository.importAreas', () => {
	it('stores new areas with a new id at revision 1', async () => {
		expect(await imports.importAreas(analysisId, [area('BU03440111'), area('BU03440112')])).toEqual(
			{ added: 2, replaced: 0 }
		);
		const stored = await db.areas.where('analysisId').equals(analysisId).toArray();
		expect(stored.map((a) => [a.code, a.rev])).toEqual(
			expect.arrayContaining([
				['BU03440111', 1],
				['BU03440112', 1]
			])
		);
	});

	it('replaces an area with the same code and year, keeping its id, and adds other years', async () => {
		await imports.importAreas(analysisId, [area('BU03440111', 'Oud')]);
		const [old] = await db.areas.toArray();
		const outcome = await imports.importAreas(analysisId, [
			area('BU03440111', 'Nieuw'),
			area('BU03440111', 'Ouder jaar', 2023)
		]);
		expect(outcome).toEqual({ added: 1, replaced: 1 });
		const replaced = await db.areas.get(old!.id);
		expect(replaced).toMatchObject({ name: 'Nieuw', rev: 2 });
		expect(await db.areas.count()).toBe(2);
	});

	it('stores nothing when one area is invalid', async () => {
		const bad = { ...area('BU03440112'), name: ' ' };
		await expect(imports.importAreas(analysisId, [area('BU03440111'), bad])).rejects.toThrow(
			NabuurError
		);
		expect(await db.areas.count()).toBe(0);
	});

	it('stores nothing in an analysis that does not exist', async () => {
		const missing = newId();
		await expect(imports.importAreas(missing, [area('BU03440111')])).rejects.toMatchObject({
			kind: 'not-found'
		});
		expect(await db.areas.count()).toBe(0);
	});
});

describe('ImportRepository.importNeeds and importOffers', () => {
	it('stores every need of an import in the analysis', async () => {
		expect(await imports.importNeeds(analysisId, [need(), need('vervoer')])).toBe(2);
		const stored = await db.needs.where('analysisId').equals(analysisId).toArray();
		expect(stored.map((n) => n.category).sort()).toEqual(['gezelschap', 'vervoer']);
		expect(new Set(stored.map((n) => n.id)).size).toBe(2);
	});

	it('stores no need when one of them is invalid', async () => {
		const bad = { ...need(), count: -1 };
		await expect(imports.importNeeds(analysisId, [need(), bad])).rejects.toMatchObject({
			kind: 'invalid-input'
		});
		expect(await db.needs.count()).toBe(0);
	});

	it('stores offers the same way', async () => {
		const offer = {
			name: 'Buurtkamer',
			organisation: '',
			kind: 'informeel-initiatief',
			categories: ['gezelschap'],
			targetGroups: [],
			location: null,
			areaCode: null,
			reachMeters: null,
			capacity: null,
			status: 'actief' as const,
			lastVerified: null,
			description: '',
			source: 'import: aanbod.csv'
		};
		expect(await imports.importOffers(analysisId, [offer])).toBe(1);
		expect(await db.offers.count()).toBe(1);
	});
});
