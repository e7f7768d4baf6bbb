import type { NabuurDatabase } from '$lib/storage/db';
import {
	offlineOnly,
	readOnlineSettings,
	writeOnlineSettings,
	type OnlineSettings
} from '$lib/storage/online-settings';
import { m } from '$lib/paraglide/messages.js';
import { handleError } from './errors';

/**
 * The device's online features (basemap, PDOK) and whether the browser has a network. Features
 * are off until the user turns them on; while the browser is offline they explain themselves.
 */
export class OnlineState {
	settings = $state.raw<OnlineSettings>(offlineOnly);
	/** Whether the browser reports a network connection. */
	connected = $state(true);

	readonly #db: NabuurDatabase;

	constructor(db: NabuurDatabase) {
		this.#db = db;
		if (typeof navigator !== 'undefined') this.connected = navigator.onLine;
	}

	/** Reads the stored settings. */
	async load(): Promise<void> {
		this.settings = await readOnlineSettings(this.#db);
	}

	/** Turns one online feature on or off and stores the choice. */
	async set(feature: keyof OnlineSettings, on: boolean): Promise<void> {
		const next = { ...this.settings, [feature]: on };
		this.settings = next;
		try {
			await writeOnlineSettings(this.#db, next);
		} catch (error) {
			handleError(error, m.map_settings_failed());
		}
	}

	/** Follows the browser's online/offline events; returns the function that stops following. */
	watch(): () => void {
		const update = () => (this.connected = navigator.onLine);
		window.addEventListener('online', update);
		window.addEventListener('offline', update);
		update();
		return () => {
			window.removeEventListener('online', update);
			window.removeEventListener('offline', update);
		};
	}
}
