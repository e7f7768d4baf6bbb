import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
	sharedDataFile,
	sharedDataFolder,
	sharedDataMissing
} from '../src/test-support/shared-data';

const root = join(import.meta.dirname, '..');
const tsx = join(root, 'node_modules/.bin/tsx');
const fixtures = join(import.meta.dirname, 'score/fixtures');

/** One made-up buurt, so that the checks of offers and needs files run without the shared data. */
const oneBuurt = {
	type: 'FeatureCollection',
	features: [
		{
			type: 'Feature',
			properties: {
				buurtcode: 'BU99990001',
				buurtnaam: 'Proefbuurt',
				jaar: 2024,
				aantal_inwoners: 1200
			},
			geometry: {
				type: 'Polygon',
				coordinates: [
					[
						[4.47, 51.91],
						[4.49, 51.91],
						[4.49, 51.93],
						[4.47, 51.93],
						[4.47, 51.91]
					]
				]
			}
		}
	]
};

function score(args: string[]) {
	return spawnSync(tsx, ['scripts/score.ts', ...args], { cwd: root, encoding: 'utf8' });
}

describe.skipIf(!sharedDataFolder)(`npm run score (${sharedDataMissing})`, () => {
	const areas = sharedDataFolder
		? sharedDataFile('cbs-2024/rijnmond/buurten_2024_rijnmond.geojson')
		: '';

	it('scores the Rijnmond buurten with offers and needs from CSV, and reports skipped rows', () => {
		const out = join(mkdtempSync(join(tmpdir(), 'nabuur-score-')), 'scores.csv');
		const run = score([
			'--areas',
			areas,
			'--offers',
			join(fixtures, 'aanbod.csv'),
			'--needs',
			join(fixtures, 'vragen.csv'),
			'--date',
			'2026-11-23',
			'--out',
			out
		]);
		expect(run.status, run.stderr).toBe(0);
		expect(run.stderr).toContain('rij/row 6: unknown-category: categories "tuinieren"');
		expect(run.stderr).toContain('rij/row 4: invalid-date: date "31-02-2026"');
		const rows = Papa.parse<Record<string, string>>(readFileSync(out, 'utf8'), {
			header: true
		}).data;
		expect(rows).toHaveLength(625 * 10);
		const gezelschap = rows.find(
			(r) => r.area_code === 'BU06130101' && r.category === 'gezelschap'
		);
		expect(gezelschap).toMatchObject({ needs: '4', signals: '1' });
		const klussen = rows.filter((r) => r.category === 'klussen' && Number(r.supply) > 0);
		expect(klussen.reduce((sum, r) => sum + Number(r.supply), 0)).toBeCloseTo(12, 3);
	});

	it('writes JSON with the methodology version and reference date', () => {
		const out = join(mkdtempSync(join(tmpdir(), 'nabuur-score-')), 'scores.json');
		const run = score(['--areas', areas, '--date', '2026-11-23', '--out', out]);
		expect(run.status, run.stderr).toBe(0);
		const json = JSON.parse(readFileSync(out, 'utf8'));
		expect(json.referenceDate).toBe('2026-11-23');
		expect(json.methodology.version).toMatch(/^\d+\.\d+\.\d+$/);
		expect(json.cells).toHaveLength(6250);
	});
});

describe('npm run score with bad arguments', () => {
	it('explains a missing --out instead of failing with a stack trace', () => {
		const run = score(['--areas', 'x.geojson']);
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('Geef --areas en --out op.');
		expect(run.stderr).not.toContain('    at ');
	});

	it('explains an unknown option and an impossible date in Dutch and English', () => {
		const unknown = score(['--areas', 'x.geojson', '--ot', 'y.csv']);
		expect(unknown.status).toBe(1);
		expect(unknown.stderr).toContain('onbekende of onvolledige optie');
		expect(unknown.stderr).not.toContain('    at ');
		const date = score(['--areas', 'x.geojson', '--out', 'y.csv', '--date', '2026-02-30']);
		expect(date.status).toBe(1);
		expect(date.stderr).toContain('--date 2026-02-30: gebruik JJJJ-MM-DD. / use YYYY-MM-DD.');
	});

	it('stops, writing nothing, when an offers or needs file lacks a required column', () => {
		const folder = mkdtempSync(join(tmpdir(), 'nabuur-score-'));
		const areas = join(folder, 'buurten.geojson');
		writeFileSync(areas, JSON.stringify(oneBuurt));
		const offers = join(folder, 'aanbod.csv');
		writeFileSync(offers, 'naam;categorie;lengtegraad;breedtegraad\nBuurtbus;vervoer;4.48;51.92\n');
		const out = join(folder, 'scores.csv');
		const run = score(['--areas', areas, '--offers', offers, '--out', out]);
		expect(run.status).toBe(1);
		expect(run.stderr).toContain(
			`${offers}: een verplichte kolom ontbreekt; noem die bijvoorbeeld ‘soort’, ‘soort aanbod’, ‘kind’ of ‘type’ / a required column is missing`
		);
		expect(run.stderr).not.toContain('    at ');
		expect(existsSync(out)).toBe(false);

		const needs = join(folder, 'vragen.csv');
		writeFileSync(needs, 'categorie,doelgroep,buurtcode\nvervoer,ouderen,BU06130101\n');
		const withoutDate = score(['--areas', areas, '--needs', needs, '--out', out]);
		expect(withoutDate.status).toBe(1);
		expect(withoutDate.stderr).toMatch(
			/vragen\.csv: een verplichte kolom ontbreekt; noem die bijvoorbeeld ‘datum’/
		);
		expect(existsSync(out)).toBe(false);
	});

	it('explains an areas file that is not JSON', () => {
		const run = score(['--areas', join(fixtures, 'aanbod.csv'), '--out', '/tmp/x.csv']);
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('geen geldige JSON / not valid JSON');
	});
});
