import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	parseMethodology,
	type Methodology,
	type RawMethodology
} from '../lib/domain/methodology/load';
import { methodologyFiles, type MethodologyFileName } from '../lib/domain/methodology/schema';

/** The `methodology/` folder of this repository. */
export const methodologyFolder = join(import.meta.dirname, '../../methodology');

/** Reads every methodology file from disk as parsed JSON, unvalidated (Node only). */
export function readRawMethodology(): RawMethodology {
	const raw = {} as RawMethodology;
	for (const name of Object.keys(methodologyFiles) as MethodologyFileName[]) {
		raw[name] = JSON.parse(readFileSync(join(methodologyFolder, name), 'utf8'));
	}
	return raw;
}

/** Reads and validates the methodology from disk (Node only). */
export function readMethodology(): Methodology {
	return parseMethodology(readRawMethodology());
}
