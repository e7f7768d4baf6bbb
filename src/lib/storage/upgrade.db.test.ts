import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '$lib/domain/ids';
import { analysisSchema, offerSchema } from '$lib/domain/records';
import { NabuurDatabase } from './db';
import { AnalysesRepository } from './analyses-repository';
import { schemaVersions } from './schema-versions';

const names: string[] = [];
afterEach(async () => {
	for (const name of names.splice(0)) await new NabuurDatabase(name).delete();
});

describe('upgrading the database', () => {
	it('carries data written under schema version 1 over to the current version intact', async () => {
		const name = `upgrade-${newId()}`;
		names.push(name);
		const analysisId = newId();
		const offerId = newId();

		// Write records the way version 1 stored them: without revision or change time.
		const v1 = new NabuurDatabase(name, schemaVersions.slice(0, 1));
		await v1.table('analyses').add({
			id: analysisId,
			name: 'Oude analyse',
			description: '',
			isDemo: false,
			methodologyId: 'online-nabuurschap',
			methodologyVersion: '1.0.0',
			createdAt: '2026-01-05T10:00:00.000Z'
		});
		await v1.table('offers').add({
			id: offerId,
			analysisId,
			name: 'Klussendienst',
			organisation: 'Welzijn',
			kind: 'vrijwilligersorganisatie',
			categories: ['klussen'],
			targetGroups: [],
			location: [5.1, 52.09],
			areaCode: null,
			reachMeters: null,
			capacity: 12,
			status: 'actief',
			lastVerified: '2026-01-01',
			description: '',
			source: 'wijkschouw'
		});
		v1.close();

		const current = new NabuurDatabase(name);
		await current.open();
		expect(current.verno).toBe(schemaVersions.at(-1)!.version);

		const analysis = analysisSchema.parse(await current.analyses.get(analysisId));
		expect(analysis).toMatchObject({
			name: 'Oude analyse',
			rev: 1,
			updatedAt: '2026-01-05T10:00:00.000Z'
		});
		const offer = offerSchema.parse(await current.offers.get(offerId));
		expect(offer).toMatchObject({
			name: 'Klussendienst',
			capacity: 12,
			rev: 1,
			location: [5.1, 52.09]
		});
		expect(await current.meta.count()).toBe(0);

		// And the upgraded data works with today's code.
		const repo = new AnalysesRepository(current);
		expect((await repo.counts(analysisId)).offers).toBe(1);
		current.close();
	});
});
