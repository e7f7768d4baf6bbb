import { describe, expect, it } from 'vitest';
import { NabuurError } from '../../domain/errors';
import { readMethodology } from '../../../test-support/methodology';
import { readKerncijfersCsv, readKerncijfersJson } from './kerncijfers';

const options = { indicators: readMethodology().indicators };

describe('readKerncijfersCsv', () => {
	it('reads a semicolon file with decimal commas and suppressed values', () => {
		const text =
			'gwb_code_10;regio;jaar;AantalInwoners_5;PersonenInArmoede_81\nWK034401;West;2024;29710;4,3\nWK034402;Noordwest;2024;45220;.\n';
		const result = readKerncijfersCsv(text, options);
		expect(result.problems).toEqual([]);
		expect(result.rows).toEqual([
			{
				code: 'WK034401',
				level: 'wijk',
				year: 2024,
				name: 'West',
				indicators: { inwoners: 29710, 'personen-in-armoede-pct': 4.3 },
				row: 2
			},
			{
				code: 'WK034402',
				level: 'wijk',
				year: 2024,
				name: 'Noordwest',
				indicators: { inwoners: 45220, 'personen-in-armoede-pct': null },
				row: 3
			}
		]);
	});

	it('reads the −99997 sentinel as missing, not as a figure', () => {
		const result = readKerncijfersCsv('code,WmoClienten_93\nGM0344,-99997\n', {
			...options,
			year: 2024
		});
		expect(result.rows[0]?.indicators).toEqual({ 'wmo-clienten': null });
	});

	it('lists the columns it does not use and the indicators it did not find', () => {
		const result = readKerncijfersCsv('code,jaar,Mannen_6,water\nGM0344,2024,1,NEE\n', options);
		expect(result.ignoredColumns).toEqual(['Mannen_6', 'water']);
		expect(result.missingIndicators).toHaveLength(options.indicators.length);
		expect(result.rows).toHaveLength(1);
	});

	it('reports a table without a code column, and an empty file', () => {
		expect(readKerncijfersCsv('naam,aantal_inwoners\nUtrecht,1\n', options).problems).toEqual([
			{ code: 'missing-code-column', severity: 'error' }
		]);
		expect(readKerncijfersCsv('code,jaar\n', options).problems).toEqual([
			{ code: 'empty-file', severity: 'error' }
		]);
	});

	it('keeps the first of two rows for one code and year and reports the second', () => {
		const result = readKerncijfersCsv(
			'code,jaar,aantal_inwoners\nGM0344,2024,1\nGM0344,2024,2\nGM0344,2023,3\n',
			options
		);
		expect(result.rows.map((r) => r.indicators.inwoners)).toEqual([1, 3]);
		expect(result.problems).toEqual([
			{ code: 'duplicate-code', severity: 'error', row: 3, areaCode: 'GM0344', year: 2024 }
		]);
	});
});

describe('readKerncijfersJson', () => {
	it('reads an array of rows, numbering them from 1', () => {
		const result = readKerncijfersJson(
			[{ code: 'GM0344', jaar: 2024, aantal_inwoners: 374238 }, 'not a row'],
			options
		);
		expect(result.rows).toEqual([
			{ code: 'GM0344', level: 'gemeente', year: 2024, indicators: { inwoners: 374238 }, row: 1 }
		]);
		expect(result.problems).toEqual([{ code: 'not-a-record', severity: 'error', row: 2 }]);
	});

	it('reads the properties of a GeoJSON FeatureCollection, by feature number', () => {
		const result = readKerncijfersJson(
			{
				type: 'FeatureCollection',
				features: [
					{ type: 'Feature', geometry: null, properties: { wijkcode: 'WK034401', jaar: 2024 } },
					{ type: 'Feature', geometry: null, properties: null }
				]
			},
			options
		);
		expect(result.rows.map((r) => [r.code, r.feature])).toEqual([['WK034401', 1]]);
		expect(result.problems).toEqual([
			{ code: 'missing-code', severity: 'error', feature: 2, column: 'wijkcode' },
			{ code: 'missing-year', severity: 'error', feature: 2 }
		]);
	});

	it('reads a StatLine OData response with space-padded codes', () => {
		const result = readKerncijfersJson(
			{ value: [{ WijkenEnBuurten: 'GM0344    ', AantalInwoners_5: 374238 }] },
			{ ...options, year: 2024 }
		);
		expect(result.rows[0]).toMatchObject({ code: 'GM0344', indicators: { inwoners: 374238 } });
	});

	it('throws a file-unreadable error for JSON of another shape', () => {
		for (const input of [null, 42, 'text', { rows: [] }]) {
			expect(() => readKerncijfersJson(input, options)).toThrow(NabuurError);
		}
	});
});
