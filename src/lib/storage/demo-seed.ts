import type { DemoWijk } from '$lib/domain/demo/demo-wijk';
import type { NabuurDatabase } from './db';
import { storageFailure } from './validate';

/** The `meta` key that records that this device was offered the demo wijk once. */
export const demoOfferedKey = 'demo-offered';

/**
 * Stores a demo wijk (the analysis with its buurten, offers and needs) in one transaction.
 */
export async function addDemo(db: NabuurDatabase, demo: DemoWijk): Promise<void> {
	try {
		await db.transaction('rw', [db.analyses, db.areas, db.offers, db.needs], () =>
			writeDemo(db, demo)
		);
	} catch (error) {
		throw storageFailure(error);
	}
}

/**
 * On the very first run on a device, adds the demo wijk so a newcomer sees a populated analysis.
 * Runs once per device: deleting the demo later does not bring it back on reload. Safe when two
 * tabs start at once, because the check and the write share one transaction.
 *
 * @returns true if the demo was added now
 */
export async function seedDemoOnFirstRun(
	db: NabuurDatabase,
	makeDemo: () => DemoWijk
): Promise<boolean> {
	try {
		return await db.transaction(
			'rw',
			[db.meta, db.analyses, db.areas, db.offers, db.needs],
			async () => {
				if (await db.meta.get(demoOfferedKey)) return false;
				const demo = makeDemo();
				await writeDemo(db, demo);
				await db.meta.put({ key: demoOfferedKey, value: demo.analysis.updatedAt });
				return true;
			}
		);
	} catch (error) {
		throw storageFailure(error);
	}
}

/** Writes a demo's records; the caller holds the transaction. */
async function writeDemo(db: NabuurDatabase, demo: DemoWijk): Promise<void> {
	await db.analyses.add(demo.analysis);
	await db.areas.bulkAdd(demo.areas);
	await db.offers.bulkAdd(demo.offers);
	await db.needs.bulkAdd(demo.needs);
}
