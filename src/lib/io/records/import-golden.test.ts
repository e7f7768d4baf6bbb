import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMethodology } from '../../../test-support/methodology';
import { needSchema, offerSchema } from '../../domain/records';
import { suggestMapping } from './column-mapping';
import { parseCsv, parseGeoJsonRecords } from './parse-table';
import type { ParseResult, Table } from './table';
import { validateNeeds, validateOffers } from './validate-rows';

// Golden fixtures: every file in `fixtures/in/` (named `offers-…` or `needs-…`) goes through the
// whole pure pipeline (parse → suggest a mapping → validate) and the outcome is compared with
// `fixtures/out/<file>.json`. Run with UPDATE_GOLDEN=1 to regenerate, then read the diff.
const fixtures = path.join(import.meta.dirname, 'fixtures');
const update = process.env.UPDATE_GOLDEN === '1';
const methodology = readMethodology();
const files = readdirSync(path.join(fixtures, 'in')).sort();

function parse(file: string): ParseResult {
	const text = readFileSync(path.join(fixtures, 'in', file), 'utf8');
	return file.endsWith('.geojson') ? parseGeoJsonRecords(JSON.parse(text)) : parseCsv(text);
}

function table(file: string): Table {
	const parsed = parse(file);
	if (!parsed.ok) throw new Error(`${file} does not parse: ${JSON.stringify(parsed.problems)}`);
	return parsed.table;
}

function importOffers(file: string, t: Table) {
	const mapping = suggestMapping(t.columns, 'offer');
	const options = { recordSource: `import: ${file}` };
	return { columns: t.columns, mapping, ...validateOffers(t, mapping, methodology, options) };
}

function importNeeds(t: Table) {
	const mapping = suggestMapping(t.columns, 'need');
	return { columns: t.columns, mapping, ...validateNeeds(t, mapping, methodology) };
}

function run(file: string) {
	const parsed = parse(file);
	if (!parsed.ok) return { parsed };
	return file.startsWith('offers-') ? importOffers(file, parsed.table) : importNeeds(parsed.table);
}

const meta = {
	id: '00000000-0000-4000-8000-000000000001',
	rev: 1,
	updatedAt: '2025-01-01T00:00:00.000Z',
	analysisId: '00000000-0000-4000-8000-000000000002'
};

describe('importing the golden fixtures', () => {
	it.each(files)('gives for %s exactly what fixtures/out records', (file) => {
		const actual = run(file);
		const out = path.join(fixtures, 'out', `${file}.json`);
		if (update) writeFileSync(out, `${JSON.stringify(actual, null, '\t')}\n`);
		expect(actual).toEqual(JSON.parse(readFileSync(out, 'utf8')));
	});

	it.each(files)('makes drafts from %s that pass the record schema once stored', (file) => {
		const result = run(file);
		const schema = file.startsWith('offers-') ? offerSchema : needSchema;
		for (const { draft } of 'valid' in result ? result.valid : []) {
			expect(schema.safeParse({ ...draft, ...meta }).error).toBeUndefined();
		}
	});

	it('accepts 18 of the 20 needs and names the unknown category and the impossible date', () => {
		const result = importNeeds(table('needs-twenty-rows.csv'));
		expect(result.valid).toHaveLength(18);
		expect(result.problems).toEqual([
			expect.objectContaining({ code: 'unknown-category', row: 7, value: 'paardrijden' }),
			expect.objectContaining({ code: 'invalid-date', row: 10, value: '31-02-2024' })
		]);
	});

	it('keeps a formula-like name as plain text, character for character', () => {
		const file = 'offers-formula-injection.csv';
		const names = importOffers(file, table(file)).valid.map((v) => v.draft.name);
		expect(names).toEqual([
			'=HYPERLINK("http://example.org/klik","Klik hier")',
			'+31 club',
			'@buurt',
			'-min of meer'
		]);
	});

	it('reports the GeoJSON point in RD New metres with its own code', () => {
		const file = 'offers-points.geojson';
		expect(importOffers(file, table(file)).problems).toContainEqual(
			expect.objectContaining({ code: 'coordinates-look-like-rd', row: 2 })
		);
	});
});
