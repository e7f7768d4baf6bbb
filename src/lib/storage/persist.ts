/** The outcome of asking the browser to keep this app's data when disk space runs low. */
export type PersistOutcome = 'granted' | 'denied' | 'unsupported';

/**
 * Asks the browser to store data persistently, so it is not evicted under storage pressure.
 * Browsers may grant this silently (installed app, bookmarked, much used) or refuse; either way
 * the app keeps working, and the answer is shown so the team knows to make backups.
 */
export async function requestPersistentStorage(storage?: StorageManager): Promise<PersistOutcome> {
	if (!storage?.persist) return 'unsupported';
	try {
		if (await storage.persisted()) return 'granted';
		return (await storage.persist()) ? 'granted' : 'denied';
	} catch {
		return 'unsupported';
	}
}
