import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wasmFolder, wasmModule, wasmSources } from './write-wasm';

describe('src/lib/domain/geo/wasm/', () => {
	it.each(wasmSources)(
		'%s matches its compiled module (run `npm run wasm:build` if this fails)',
		async (source) => {
			const { file, text } = await wasmModule(source);
			expect(readFileSync(join(wasmFolder, file), 'utf8')).toBe(text);
		}
	);
});
