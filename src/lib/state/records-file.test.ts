import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readMethodology } from '../../test-support/methodology';
import { suggestMapping } from '$lib/io/records/column-mapping';
import { validateNeeds } from '$lib/io/records/validate-rows';
import { problemRows } from './import-summary';
import { parseRecordsFile } from './records-file';

describe('parseRecordsFile', () => {
	it('reads CSV by default and GeoJSON by name or content', () => {
		const csv = parseRecordsFile('aanbod.csv', 'naam;soort\nBuurtkamer;ontmoetingsplek\n');
		expect(csv).toMatchObject({ ok: true, table: { origin: 'csv', columns: ['naam', 'soort'] } });
		const geojson = '{"type":"FeatureCollection","features":[]}';
		expect(parseRecordsFile('punten.geojson', geojson)).toEqual({
			ok: false,
			problems: [{ code: 'no-features' }]
		});
		expect(parseRecordsFile('export.txt', geojson)).toMatchObject({ ok: false });
	});

	it('says so when a JSON file does not parse, instead of reading it as CSV', () => {
		expect(parseRecordsFile('punten.geojson', '{"type": "FeatureCollection",')).toEqual({
			badJson: true
		});
	});

	it('finds the two bad rows of the browser-test fixture, and one warning', () => {
		const text = readFileSync('tests/fixtures/needs-two-bad-rows.csv', 'utf8');
		const parsed = parseRecordsFile('needs-two-bad-rows.csv', text);
		if (!('ok' in parsed) || !parsed.ok) throw new Error('fixture did not parse');
		const mapping = suggestMapping(parsed.table.columns, 'need');
		const result = validateNeeds(parsed.table, mapping, readMethodology());
		expect(result.valid.map((r) => r.row)).toEqual([2, 3, 4, 7]);
		expect(problemRows(result.problems)).toEqual([5, 6]);
		expect(result.warnings.map((w) => [w.row, w.kind])).toEqual([[4, 'phone']]);
	});
});
