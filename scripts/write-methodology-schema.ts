// Writes the zod schemas of `src/lib/domain/methodology/schema.ts` as JSON Schema files into
// `methodology/schema/`, so editors can check methodology files while they are being written.
// Run `npm run methodology:schema` after changing the schemas; a unit test fails when the files
// on disk no longer match.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { methodologyJsonSchemas } from './methodology-json-schema';

const folder = join(import.meta.dirname, '../methodology/schema');
mkdirSync(folder, { recursive: true });
for (const [name, text] of Object.entries(methodologyJsonSchemas())) {
	writeFileSync(join(folder, name), text);
	console.log(`wrote methodology/schema/${name}`);
}
