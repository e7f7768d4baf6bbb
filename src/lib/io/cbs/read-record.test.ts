import { describe, expect, it } from 'vitest';
import { readMethodology } from '../../../test-support/methodology';
import type { CbsProblem } from './problems';
import { readRecord, type RecordValues } from './read-record';
import { planRecordLayout } from './record-layout';

const { indicators } = readMethodology();

function read(values: RecordValues, columns = Object.keys(values), year?: number) {
	const problems: CbsProblem[] = [];
	const layout = planRecordLayout(columns, indicators);
	const record = readRecord(values, layout, year, { row: 7 }, problems);
	return { record, problems };
}

describe('planRecordLayout', () => {
	it('tells code, name, year, indicator and other columns apart', () => {
		const layout = planRecordLayout(
			['gemeentecode', 'wijkcode', 'wijknaam', 'jaar', 'aantal_inwoners', 'water'],
			indicators
		);
		expect(layout.genericCodeColumns).toEqual([]);
		expect(layout.levelCodeColumns).toEqual({ level: 'wijk', columns: ['wijkcode'] });
		expect(layout.levelNameColumns.wijk).toEqual(['wijknaam']);
		expect(layout.yearColumns).toEqual(['jaar']);
		expect(layout.indicators.columns).toEqual({ inwoners: ['aantal_inwoners'] });
		expect(layout.ignoredColumns).toEqual(['gemeentecode', 'water']);
	});

	it('tries generic code columns first, in a fixed order', () => {
		const layout = planRecordLayout(
			['jrstatcode', 'Codering_3', 'WijkenEnBuurten', 'gwb_code_10', 'code'],
			[]
		);
		expect(layout.genericCodeColumns).toEqual([
			'code',
			'gwb_code_10',
			'WijkenEnBuurten',
			'Codering_3',
			'jrstatcode'
		]);
	});
});

describe('readRecord', () => {
	it('reads code, level, year, name and indicators from a GeoPackage-style record', () => {
		const { record, problems } = read({
			buurtcode: 'BU03440111',
			buurtnaam: ' Welgelegen, Den Hommel ',
			wijkcode: 'WK034401',
			wijknaam: 'Wijk 01 West',
			jaar: 2024,
			aantal_inwoners: 4125,
			GemiddeldInkomenPerInwoner_78: null
		});
		expect(problems).toEqual([]);
		expect(record).toEqual({
			code: 'BU03440111',
			level: 'buurt',
			year: 2024,
			name: 'Welgelegen, Den Hommel',
			indicators: { inwoners: 4125, 'gemiddeld-inkomen-per-inwoner': null }
		});
	});

	it('takes the code from a generic column when there is one, whatever the level', () => {
		const values = {
			code: 'GM0344',
			wijkcode: '',
			gemeentecode: 'GM0344',
			gemeentenaam: 'Utrecht'
		};
		expect(read(values, undefined, 2024).record).toMatchObject({
			code: 'GM0344',
			level: 'gemeente',
			name: 'Utrecht'
		});
	});

	it('does not read a buurt with an empty buurtcode as its wijk', () => {
		const { record, problems } = read({ buurtcode: ' ', wijkcode: 'WK034401', jaar: 2024 });
		expect(record).toBeNull();
		expect(problems).toEqual([
			{ code: 'missing-code', severity: 'error', row: 7, column: 'buurtcode' }
		]);
	});

	it('reports a code of the wrong level in a level column as invalid', () => {
		const { problems } = read({ wijkcode: 'BU03440111', jaar: 2024 });
		expect(problems).toEqual([
			{ code: 'invalid-code', severity: 'error', row: 7, column: 'wijkcode', value: 'BU03440111' }
		]);
	});

	it('takes the year from jaar, else from the caller, else reports it', () => {
		expect(read({ code: 'GM0344', jaar: '2023' }, undefined, 2024).record?.year).toBe(2023);
		expect(read({ code: 'GM0344', jaar: '' }, undefined, 2024).record?.year).toBe(2024);
		const { record, problems } = read({ code: 'GM0344' });
		expect(record).toBeNull();
		expect(problems).toEqual([{ code: 'missing-year', severity: 'error', row: 7 }]);
	});

	it('reports a year that is not a plausible reference year', () => {
		const { problems } = read({ code: 'GM0344', jaar: 1850 });
		expect(problems).toEqual([
			{ code: 'invalid-year', severity: 'error', row: 7, column: 'jaar', value: '1850' }
		]);
	});

	it('leaves an indicator absent when the record lacks its column, and null when suppressed', () => {
		const columns = ['code', 'aantal_inwoners', 'k_65JaarOfOuder_12'];
		const { record } = read({ code: 'GM0344', aantal_inwoners: '.' }, columns, 2024);
		expect(record?.indicators).toEqual({ inwoners: null });
	});

	it('falls back to the next column when the preferred one is suppressed', () => {
		const { record, problems } = read(
			{ code: 'WK034401', MateVanStedelijkheid_120: null, stedelijkheid_adressen_per_km2: 2 },
			undefined,
			2024
		);
		expect(record?.indicators).toEqual({ stedelijkheid: 2 });
		expect(problems).toEqual([]);
	});

	it('keeps the preferred figure and reports a different one in another column', () => {
		const { record, problems } = read(
			{
				code: 'WK034401',
				grote_supermarkt_gemiddelde_afstand_in_km: 0.6,
				AfstandTotGroteSupermarkt_111: '0,7'
			},
			undefined,
			2024
		);
		expect(record?.indicators).toEqual({ 'afstand-supermarkt-km': 0.6 });
		expect(problems).toEqual([
			{
				code: 'conflicting-values',
				severity: 'warning',
				row: 7,
				indicator: 'afstand-supermarkt-km',
				columns: ['grote_supermarkt_gemiddelde_afstand_in_km', 'AfstandTotGroteSupermarkt_111'],
				value: '0.6; 0.7'
			}
		]);
	});

	it('reports an unreadable figure and still reads the record', () => {
		const { record, problems } = read({ code: 'GM0344', aantal_inwoners: 'veel' }, undefined, 2024);
		expect(record?.indicators).toEqual({ inwoners: null });
		expect(problems).toEqual([
			{
				code: 'invalid-value',
				severity: 'warning',
				row: 7,
				column: 'aantal_inwoners',
				indicator: 'inwoners',
				value: 'veel'
			}
		]);
	});
});
