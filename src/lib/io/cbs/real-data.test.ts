import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { areaSchema } from '../../domain/records';
import { readMethodology } from '../../../test-support/methodology';
import {
	sharedDataFile,
	sharedDataFolder,
	sharedDataMissing
} from '../../../test-support/shared-data';
import { readBoundaries, type BoundariesResult } from './boundaries';
import { joinKerncijfers } from './join';
import { readKerncijfersCsv } from './kerncijfers';

// The readers on the real CBS 2024 files in shared/data (see its README for what each holds).

interface RawCollection {
	features: { properties: Record<string, unknown>; geometry: unknown }[];
}

const options = { indicators: readMethodology().indicators };
const zeistUtrecht = 'cbs-2024/zeist-utrecht';
const csvFile = `${zeistUtrecht}/kwb2024_GM0344_GM0355_wijken_gemeenten_alle_kolommen.csv`;

function raw(path: string): RawCollection {
	return JSON.parse(readFileSync(sharedDataFile(path), 'utf8'));
}

const read = new Map<string, { raw: RawCollection; result: BoundariesResult }>();

/** The raw file and what readBoundaries made of it, read once per file (the national one is big). */
function boundaries(path: string): { raw: RawCollection; result: BoundariesResult } {
	if (!read.has(path)) {
		const collection = raw(path);
		read.set(path, { raw: collection, result: readBoundaries(collection, options) });
	}
	return read.get(path)!;
}

function csvText(): string {
	return readFileSync(sharedDataFile(csvFile), 'utf8');
}

function errors(result: { problems: { severity: string }[] }) {
	return result.problems.filter((p) => p.severity === 'error');
}

describe('the CBS readers on the real 2024 files', () => {
	beforeEach(({ skip }) => skip(!sharedDataFolder, sharedDataMissing));

	it('read the 146 buurten of Utrecht and Zeist, boundaries only', () => {
		const { result } = boundaries(`${zeistUtrecht}/buurten_2024_GM0344_GM0355.geojson`);
		expect(result.problems).toEqual([]);
		expect(result.areas).toHaveLength(146);
		expect(result.areas.filter((a) => a.code.startsWith('BU0344'))).toHaveLength(111);
		expect(result.areas.filter((a) => a.code.startsWith('BU0355'))).toHaveLength(35);
		expect(new Set(result.areas.map((a) => `${a.level} ${a.year}`))).toEqual(
			new Set(['buurt 2024'])
		);
		expect(result.areas.every((a) => Object.keys(a.indicators).length === 0)).toBe(true);
		expect(result.matchedIndicators).toEqual({});
		expect(result.areas[0]).toMatchObject({ code: 'BU03440111', name: 'Welgelegen, Den Hommel' });
	});

	it('read the 15 wijken of Utrecht and Zeist with their figures', () => {
		const { result } = boundaries(`${zeistUtrecht}/wijken_2024_GM0344_GM0355.geojson`);
		expect(errors(result)).toEqual([]);
		expect(result.areas).toHaveLength(15);
		const west = result.areas.find((a) => a.code === 'WK034401');
		expect(west?.name).toBe('Wijk 01 West');
		expect(west?.indicators).toMatchObject({
			inwoners: 29710,
			'inwoners-65-plus': 2855,
			'gemiddeld-inkomen-per-inwoner': 41,
			stedelijkheid: 1
		});
		const denDolder = result.areas.find((a) => a.code === 'WK035505');
		expect(denDolder?.indicators.inwoners).toBe(9545);
	});

	it('keep every figure of the national wijken file as it is, nulls as nulls', () => {
		const { raw: source, result } = boundaries('cbs-2024/nl/wijken_2024_nl.geojson');
		const byCode = new Map(source.features.map((f) => [f.properties.wijkcode, f.properties]));
		const single = Object.entries(result.matchedIndicators).filter(([, c]) => c.length === 1);
		expect(single.length).toBeGreaterThan(15);
		const differences = result.areas.flatMap((area) =>
			single
				.filter(([id, [column]]) => area.indicators[id] !== byCode.get(area.code)?.[column!])
				.map(([id]) => `${area.code} ${id}`)
		);
		expect(differences).toEqual([]);
		const meerdorpen = result.areas.find((a) => a.code === 'WK001413');
		expect(meerdorpen?.indicators['gemiddeld-inkomen-per-inwoner']).toBeNull();
		expect(meerdorpen?.indicators['personen-in-armoede-pct']).toBe(1.4);
	});

	it('read all 3,393 wijken of the Netherlands, self-touching rings unchanged', () => {
		const { raw: source, result } = boundaries('cbs-2024/nl/wijken_2024_nl.geojson');
		expect(source.features).toHaveLength(3393);
		expect(errors(result)).toEqual([]);
		expect(result.areas).toHaveLength(3393);
		for (const code of ['WK019701', 'WK074401']) {
			const area = result.areas.find((a) => a.code === code);
			const feature = source.features.find((f) => f.properties.wijkcode === code);
			expect(area?.geometry).toEqual(feature?.geometry);
		}
		expect(result.areas.every((a) => areaSchema.shape.geometry.safeParse(a.geometry).success)).toBe(
			true
		);
	});

	it('imports the Amsterdam wijken, whose codes have letters (WK0363AA)', () => {
		const { result } = boundaries('cbs-2024/nl/wijken_2024_nl.geojson');
		const amsterdam = result.areas.filter((a) => a.code.startsWith('WK0363'));
		expect(amsterdam.length).toBeGreaterThan(100);
		expect(amsterdam.some((a) => /^WK0363[A-Z]{2}$/.test(a.code))).toBe(true);
	});

	it('read all 342 gemeenten, with the Baarle-Nassau enclaves and every inhabitant', () => {
		const { raw: source, result } = boundaries('cbs-2024/nl/gemeenten_2024_nl.geojson');
		expect(errors(result)).toEqual([]);
		expect(result.areas).toHaveLength(342);
		const baarle = result.areas.find((a) => a.code === 'GM0744');
		const feature = source.features.find((f) => f.properties.gemeentecode === 'GM0744');
		expect(baarle?.geometry).toEqual(feature?.geometry);
		const inhabitants = result.areas.reduce((sum, a) => sum + (a.indicators.inwoners ?? 0), 0);
		expect(inhabitants).toBe(17_942_942);
	});

	it('read the 625 Rijnmond buurten, with income only where CBS published it', () => {
		const { raw: source, result } = boundaries('cbs-2024/rijnmond/buurten_2024_rijnmond.geojson');
		expect(errors(result)).toEqual([]);
		expect(result.areas).toHaveLength(625);
		const income = (v: unknown) => v !== null && v !== undefined;
		const published = source.features.filter((f) =>
			income(f.properties.GemiddeldInkomenPerInwoner_78)
		).length;
		expect(published).toBe(103);
		const withIncome = result.areas.filter((a) =>
			income(a.indicators['gemiddeld-inkomen-per-inwoner'])
		);
		expect(withIncome).toHaveLength(published);
		expect(
			result.areas.filter((a) => a.indicators['gemiddeld-inkomen-per-inwoner'] === null)
		).toHaveLength(625 - published);
		// MateVanStedelijkheid_120 is empty for 161 buurten; the snake_case column fills 159 of them.
		const urbanity = result.areas.filter((a) => a.indicators.stedelijkheid !== null);
		expect(urbanity).toHaveLength(623);
	});

	it('read the 307-column CSV: 17 rows, StatLine and GeoPackage names both matched', () => {
		const result = readKerncijfersCsv(csvText(), options);
		expect(errors(result)).toEqual([]);
		expect(result.rows).toHaveLength(17);
		expect(result.rows.filter((r) => r.level === 'gemeente').map((r) => r.code)).toEqual([
			'GM0344',
			'GM0355'
		]);
		expect(result.matchedIndicators.inwoners).toEqual(['aantal_inwoners', 'AantalInwoners_5']);
		expect(result.matchedIndicators['inwoners-65-plus']).toEqual(['k_65JaarOfOuder_12']);
		expect(result.missingIndicators).toEqual([]);
		expect(result.rows.every((r) => r.code === r.code.trim() && r.year === 2024)).toBe(true);
		const west = result.rows.find((r) => r.code === 'WK034401');
		expect(west).toMatchObject({ name: 'Wijk 01 West', row: 4 });
		expect(west?.indicators).toMatchObject({ inwoners: 29710, 'inwoners-65-plus': 2855 });
		expect(result.rows.find((r) => r.code === 'GM0355')?.name).toBe('Zeist');
	});

	it('notice where the GeoPackage and StatLine columns of the CSV disagree', () => {
		const result = readKerncijfersCsv(csvText(), options);
		const conflicts = result.problems.filter((p) => p.code === 'conflicting-values');
		expect(conflicts.map((p) => [p.row, p.indicator, p.value])).toEqual([
			[4, 'afstand-supermarkt-km', '0.6; 0.7'],
			[7, 'afstand-supermarkt-km', '0.6; 0.7'],
			[15, 'afstand-supermarkt-km', '0.6; 0.7'],
			[18, 'afstand-supermarkt-km', '1.3; 1.4']
		]);
	});

	it('join the Zeist/Utrecht wijken to the CSV rows on code and year', () => {
		const { result: wijken } = boundaries(`${zeistUtrecht}/wijken_2024_GM0344_GM0355.geojson`);
		const { rows } = readKerncijfersCsv(csvText(), options);
		const joined = joinKerncijfers(wijken.areas, rows);
		expect(joined.joined).toBe(15);
		expect(joined.problems.map((p) => [p.code, p.areaCode, p.row])).toEqual([
			['row-without-area', 'GM0344', 2],
			['row-without-area', 'GM0355', 3]
		]);
		const west = joined.areas.find((a) => a.code === 'WK034401');
		expect(west?.indicators).toMatchObject({
			inwoners: 29710,
			'verweduwd-pct': 2,
			'huishoudens-met-kinderen': 3605,
			'geboren-buiten-europa-pct': 14
		});
		expect(west?.geometry).toEqual(wijken.areas.find((a) => a.code === 'WK034401')?.geometry);
	});
});
