import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { readMethodology } from '../../../test-support/methodology';
import { readBoundaries } from './boundaries';
import { readKerncijfersCsv, readKerncijfersJson } from './kerncijfers';

// Golden files: every file in fixtures/in is read with the reader its extension calls for, and the
// whole result (areas or rows, problems, matched and missing indicators) must equal the JSON in
// fixtures/out. After a deliberate change, regenerate with `UPDATE_GOLDEN=1 npx vitest run
// src/lib/io/cbs/golden.test.ts` and review the diff like code.

const folder = join(import.meta.dirname, 'fixtures');
const update = process.env.UPDATE_GOLDEN === '1';
const options = { year: 2024, indicators: readMethodology().indicators };

function read(name: string): unknown {
	const text = readFileSync(join(folder, 'in', name), 'utf8');
	if (name.endsWith('.geojson')) return readBoundaries(JSON.parse(text), options);
	if (name.endsWith('.csv')) return readKerncijfersCsv(text, options);
	return readKerncijfersJson(JSON.parse(text), options);
}

describe('the CBS readers on the golden fixtures', () => {
	for (const name of readdirSync(join(folder, 'in')).sort()) {
		const outFile = join(folder, 'out', `${name.replace(/\.\w+$/, '')}.json`);
		it(`read ${name} as recorded in fixtures/out`, async () => {
			// A JSON round trip drops undefined fields, as the recorded file does.
			const actual: unknown = JSON.parse(JSON.stringify(read(name)));
			if (update) {
				const config = (await resolveConfig(outFile)) ?? {};
				const text = await format(JSON.stringify(actual), { ...config, parser: 'json' });
				writeFileSync(outFile, text);
			}
			expect(actual).toEqual(JSON.parse(readFileSync(outFile, 'utf8')));
		});
	}
});
