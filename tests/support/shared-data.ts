import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The shared CBS data lives beside the repository (`../shared/data`), not in it. Specs that need
// it skip with a message when it is absent, as that folder's README asks.

/** The folder with the Utrecht and Zeist files of 2024, ending in a slash. */
export const zeistUtrecht = fileURLToPath(
	new URL('../../../shared/data/cbs-2024/zeist-utrecht/', import.meta.url)
);

/** Whether the shared data is there. */
export const hasSharedData = existsSync(zeistUtrecht);

/** Why a spec that needs the shared data was skipped. */
export const noSharedData = `the shared CBS data is not at ${zeistUtrecht}`;
