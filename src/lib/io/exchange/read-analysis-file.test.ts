import { describe, expect, it } from 'vitest';
import { buildAnalysisFile, writeAnalysisFile, analysisFileName } from './format';
import { readAnalysisFile } from './read-analysis-file';
import { demoData } from './test-data';

const exportedAt = '2026-11-23T12:00:00.000Z';
const text = () => writeAnalysisFile(buildAnalysisFile(demoData(), exportedAt));
const json = () => JSON.parse(text()) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests poke at raw JSON
const read = (value: unknown) => readAnalysisFile(JSON.stringify(value));

describe('reading an analysis file', () => {
	it('reads back exactly the analysis and records it was written from', () => {
		const result = readAnalysisFile(text());
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const data = demoData();
		expect(result.value.analysis).toEqual(data.analysis);
		expect(new Set(result.value.records.offers)).toEqual(new Set(data.records.offers));
		expect(result.value.records.needs).toHaveLength(data.records.needs.length);
		expect(result.value.records.votes).toEqual([]);
	});

	it('writes the same text for the same data whatever the record order', () => {
		const data = demoData();
		const shuffled = structuredClone(data);
		shuffled.records.offers.reverse();
		expect(writeAnalysisFile(buildAnalysisFile(shuffled, exportedAt))).toBe(text());
	});

	it('refuses text that is not JSON and says so', () => {
		const result = readAnalysisFile(text().slice(0, 500));
		expect(result).toMatchObject({ ok: false, refusal: { code: 'not-json' } });
	});

	it('refuses JSON that is not a Nabuur file as foreign', () => {
		expect(read({ type: 'FeatureCollection', features: [] })).toEqual({
			ok: false,
			refusal: { code: 'foreign' }
		});
		expect(read([1, 2, 3])).toMatchObject({ refusal: { code: 'foreign' } });
	});

	it('refuses a device backup offered as an analysis file, naming what it is', () => {
		expect(read({ format: 'nabuur-backup', version: 1 })).toMatchObject({
			refusal: { code: 'wrong-kind', kind: 'backup' }
		});
	});

	it('refuses a file from a newer app with its version', () => {
		expect(read({ ...json(), version: 3 })).toMatchObject({
			refusal: { code: 'newer-version', version: 3 }
		});
	});

	it('refuses a value of the wrong type and names where it is', () => {
		const file = json();
		file.records.offers[2].capacity = 'veel';
		expect(read(file)).toMatchObject({
			refusal: { code: 'invalid', path: 'records.offers.2.capacity' }
		});
	});

	it('refuses a table it does not know rather than drop its records silently', () => {
		expect(read({ ...json(), records: { ...json().records, spells: [] } })).toMatchObject({
			refusal: { code: 'invalid', path: 'records' }
		});
	});

	it('refuses a script in a name', () => {
		const file = json();
		file.records.offers[0].name = 'Koffie <script>alert(1)</script>';
		expect(read(file)).toEqual({
			ok: false,
			refusal: { code: 'markup', path: 'records.offers.0.name' }
		});
	});

	it('accepts a lone less-than sign in a text', () => {
		const file = json();
		file.records.offers[0].name = 'Hulp voor < 65 jaar';
		expect(read(file).ok).toBe(true);
	});

	it('refuses a file larger than the limit before parsing it', () => {
		const result = readAnalysisFile(text(), 1000);
		expect(result).toMatchObject({ ok: false, refusal: { code: 'too-large', maxBytes: 1000 } });
	});

	it('refuses a record that belongs to another analysis', () => {
		const file = json();
		file.records.needs[0].analysisId = '00000000-0000-4000-8000-999999999999';
		expect(read(file)).toMatchObject({ refusal: { code: 'wrong-analysis', table: 'needs' } });
	});

	it('refuses two records with one id', () => {
		const file = json();
		file.records.offers.push(file.records.offers[0]);
		expect(read(file)).toMatchObject({ refusal: { code: 'duplicate-id', table: 'offers' } });
	});

	it('reads a file without a newer table as having none of those records', () => {
		const file = json();
		delete file.records.proposals;
		const result = read(file);
		expect(result.ok && result.value.records.proposals).toEqual([]);
	});

	it('migrates a version 1 file: records get revision 1 and the export time', () => {
		const file = json();
		const strip = ({ rev: _r, updatedAt: _u, ...rest }: Record<string, unknown>) => rest;
		const v1 = {
			format: 'nabuur-analysis',
			version: 1,
			exportedAt,
			analysis: strip(file.analysis),
			tables: { offers: file.records.offers.map(strip), areas: file.records.areas.map(strip) }
		};
		const result = read(v1);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.value.version).toBe(2);
		expect(result.value.analysis).toMatchObject({ rev: 1, updatedAt: exportedAt });
		expect(result.value.records.offers).toHaveLength(file.records.offers.length);
		expect(
			result.value.records.offers.every((o) => o.rev === 1 && o.updatedAt === exportedAt)
		).toBe(true);
		expect(result.value.records.needs).toEqual([]);
	});
});

describe('naming an analysis file', () => {
	it('uses the name in plain lowercase words and the date', () => {
		expect(analysisFileName({ name: 'Wijk Overvecht: ronde 2 (café)' }, exportedAt)).toBe(
			'wijk-overvecht-ronde-2-cafe-2026-11-23.nabuur.json'
		);
	});
});
