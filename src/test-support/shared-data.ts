import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Real CBS reference data lives beside the repository in `shared/data/` (see its README). Tests
// and benchmarks read it from there; the app never ships it. Outside the project's own machines
// the folder may be absent, and tests that need it are skipped with a message saying so.

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The folder with the shared reference data, or null when it is not beside the repository. */
export const sharedDataFolder: string | null = (() => {
	const folder = path.resolve(repositoryRoot, '../shared/data');
	return existsSync(folder) ? folder : null;
})();

/** Why tests that need the shared data were skipped. */
export const sharedDataMissing =
	'shared/data is not beside the repository; skipping real-data tests';

/**
 * The absolute path of a file in the shared reference data.
 * @throws when the folder is absent; guard with `sharedDataFolder` first.
 */
export function sharedDataFile(...parts: string[]): string {
	if (!sharedDataFolder) throw new Error(sharedDataMissing);
	return path.join(sharedDataFolder, ...parts);
}
