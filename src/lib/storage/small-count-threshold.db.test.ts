import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NabuurError } from '$lib/domain/errors';
import { newId } from '$lib/domain/ids';
import { AnalysesRepository } from './analyses-repository';
import { NabuurDatabase } from './db';
import { saveSmallCountThreshold } from './small-count-threshold';

let db: NabuurDatabase;
let repo: AnalysesRepository;

beforeEach(() => {
	db = new NabuurDatabase(`test-${newId()}`);
	repo = new AnalysesRepository(db);
});

afterEach(async () => {
	await db.delete();
});

describe('saveSmallCountThreshold', () => {
	it('stores the threshold on the analysis with its next revision, and removes it again', async () => {
		const created = await repo.create({ name: 'Overvecht' }, { id: 'nabuur', version: '1.0.0' });
		const saved = await saveSmallCountThreshold(db, created.id, 10);
		expect(saved.smallCountThreshold).toBe(10);
		expect(saved.rev).toBe(created.rev + 1);
		expect((await repo.get(created.id)).smallCountThreshold).toBe(10);
		await saveSmallCountThreshold(db, created.id, undefined);
		expect((await repo.get(created.id)).smallCountThreshold).toBeUndefined();
	});

	it('refuses a threshold of 0 or a fraction and keeps the stored one', async () => {
		const created = await repo.create({ name: 'Zeist' }, { id: 'nabuur', version: '1.0.0' });
		await saveSmallCountThreshold(db, created.id, 7);
		for (const bad of [0, 2.5, 101]) {
			await expect(saveSmallCountThreshold(db, created.id, bad)).rejects.toThrow(NabuurError);
		}
		expect((await repo.get(created.id)).smallCountThreshold).toBe(7);
	});

	it('says when the analysis does not exist', async () => {
		await expect(saveSmallCountThreshold(db, newId(), 5)).rejects.toMatchObject({
			kind: 'not-found'
		});
	});
});
