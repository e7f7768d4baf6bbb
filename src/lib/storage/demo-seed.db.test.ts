import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoVocabulary, generateDemoWijk } from '$lib/domain/demo/demo-wijk';
import { newId } from '$lib/domain/ids';
import { readMethodology } from '../../test-support/methodology';
import { AnalysesRepository } from './analyses-repository';
import { NabuurDatabase } from './db';
import { seedDemoOnFirstRun } from './demo-seed';

const vocabulary = demoVocabulary(readMethodology());
const makeDemo = () => generateDemoWijk({ vocabulary, newId, now: new Date().toISOString() });

let db: NabuurDatabase;
beforeEach(() => {
	db = new NabuurDatabase(`seed-${newId()}`);
});
afterEach(async () => {
	await db.delete();
});

describe('seedDemoOnFirstRun', () => {
	it('adds the demo wijk with its buurten, offers and needs on the first run', async () => {
		expect(await seedDemoOnFirstRun(db, makeDemo)).toBe(true);
		const [analysis] = await new AnalysesRepository(db).list();
		expect(analysis).toMatchObject({ name: 'Voorbeeldwijk', isDemo: true });
		expect(await new AnalysesRepository(db).counts(analysis!.id)).toMatchObject({
			areas: 6,
			offers: 40,
			needs: 60
		});
	});

	it('does not add it again on later runs, even after the user deleted it', async () => {
		await seedDemoOnFirstRun(db, makeDemo);
		const repo = new AnalysesRepository(db);
		const [analysis] = await repo.list();
		await repo.delete(analysis!.id);
		expect(await seedDemoOnFirstRun(db, makeDemo)).toBe(false);
		expect(await repo.list()).toEqual([]);
	});

	it('adds it once when two tabs start at the same moment', async () => {
		const results = await Promise.all([
			seedDemoOnFirstRun(db, makeDemo),
			seedDemoOnFirstRun(db, makeDemo)
		]);
		expect(results.filter(Boolean)).toHaveLength(1);
		expect(await db.analyses.count()).toBe(1);
	});
});
