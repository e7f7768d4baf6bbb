import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NabuurDatabase } from './db';
import {
	offlineOnly,
	onlineSettingsKey,
	readOnlineSettings,
	writeOnlineSettings
} from './online-settings';

let db: NabuurDatabase;
beforeEach(() => {
	db = new NabuurDatabase(`online-${crypto.randomUUID()}`);
});
afterEach(async () => {
	await db.delete();
});

describe('online settings', () => {
	it('start with every online feature off', async () => {
		expect(await readOnlineSettings(db)).toEqual(offlineOnly);
	});

	it('keep what the user turned on', async () => {
		await writeOnlineSettings(db, { basemap: true, pdok: false });
		expect(await readOnlineSettings(db)).toEqual({ basemap: true, pdok: false });
	});

	it('read a damaged entry as everything off', async () => {
		await db.meta.put({ key: onlineSettingsKey, value: { basemap: 'ja' } });
		expect(await readOnlineSettings(db)).toEqual(offlineOnly);
	});
});
