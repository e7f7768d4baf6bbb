import { z } from 'zod';
import type { NabuurDatabase } from './db';

// Which online features the user turned on, on this device. Everything is off until the user
// says otherwise: no request leaves the device before that.

/** The `meta` key under which the online settings are kept. */
export const onlineSettingsKey = 'online-settings';

/** The online features a user can turn on. */
export const onlineSettingsSchema = z.object({
	/** Show the PDOK basemap under the map (fetches map tiles from PDOK). */
	basemap: z.boolean(),
	/** Fetch CBS buurten and wijken with their figures from PDOK. */
	pdok: z.boolean()
});

/** The online features a user can turn on. */
export type OnlineSettings = z.infer<typeof onlineSettingsSchema>;

/** Everything off: the state of a new device. */
export const offlineOnly: OnlineSettings = { basemap: false, pdok: false };

/** Reads the settings; anything unreadable counts as "off". */
export async function readOnlineSettings(db: NabuurDatabase): Promise<OnlineSettings> {
	const entry = await db.meta.get(onlineSettingsKey);
	const parsed = onlineSettingsSchema.safeParse(entry?.value);
	return parsed.success ? parsed.data : offlineOnly;
}

/** Stores the settings. */
export async function writeOnlineSettings(
	db: NabuurDatabase,
	settings: OnlineSettings
): Promise<void> {
	await db.meta.put({ key: onlineSettingsKey, value: onlineSettingsSchema.parse(settings) });
}
