import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wasmFolder, wasmModule, wasmSources } from './write-wasm';

describe('src/lib/domain/geo/wasm/', () => {
	it.each(wasmSources)(
		'%s stays under 4 KB, which browsers compile on the main thread',
		async (source) => {
			const { text } = await wasmModule(source);
			const base64 = /'([A-Za-z0-9+/=]+)'/.exec(text)?.[1] ?? '';
			expect(Buffer.from(base64, 'base64').length).toBeGreaterThan(1000);
			expect(Buffer.from(base64, 'base64').length).toBeLessThan(4096);
		}
	);

	it.each(wasmSources)(
		'%s matches its compiled module (run `npm run wasm:build` if this fails)',
		async (source) => {
			const { file, text } = await wasmModule(source);
			expect(readFileSync(join(wasmFolder, file), 'utf8')).toBe(text);
		}
	);
});
