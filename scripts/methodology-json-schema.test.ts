import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { methodologyJsonSchemas } from './methodology-json-schema';

describe('methodology/schema/', () => {
	it('matches the zod schemas (run `npm run methodology:schema` if this fails)', () => {
		for (const [name, text] of Object.entries(methodologyJsonSchemas())) {
			const onDisk = readFileSync(join(import.meta.dirname, '../methodology/schema', name), 'utf8');
			expect(onDisk, name).toBe(text);
		}
	});
});
