import { z } from 'zod';
import { methodologyFiles } from '../src/lib/domain/methodology/schema';

/**
 * The JSON Schema text for each methodology file, keyed by schema file name
 * (`steps.json` → `steps.schema.json`), formatted as the repository keeps it.
 */
export function methodologyJsonSchemas(): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [file, schema] of Object.entries(methodologyFiles)) {
		const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' });
		out[file.replace(/\.json$/, '.schema.json')] = `${JSON.stringify(json, null, '\t')}\n`;
	}
	return out;
}
