// `npm run score -- --areas areas.geojson [--offers offers.csv] [--needs needs.csv]
//   [--model scoring.json] [--date 2026-11-23] --out scores.csv|json`
// Scores the gaps headless, with the same engine the app runs in its Web Worker. See the README
// for the columns each input may have.
import { writeFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { scoringParams } from '../src/lib/domain/scoring/params';
import { scoreGaps } from '../src/lib/domain/scoring/score';
import { writeCsv } from '../src/lib/io/csv/write-csv';
import { scoreColumns, scoreRows } from '../src/lib/io/scores/scores-table';
import { CliError, readAreas, readMethodologyWithModel, readRecords } from './score/inputs';
import { scoresJson } from './score/scores-json';

const usage = `Gebruik / usage:
  npm run score -- --areas buurten.geojson [--offers aanbod.csv] [--needs vragen.csv]
                   [--model scoring.json] [--date JJJJ-MM-DD] [--year 2024] --out scores.csv|scores.json`;

/** `parseArgs`, with its errors (unknown option, missing value) told as a usage problem. */
function parseArguments<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
	try {
		return parseArgs(config);
	} catch (error) {
		throw new CliError(`${(error as Error).message} / onbekende of onvolledige optie`);
	}
}

function main(): void {
	const { values } = parseArguments({
		options: {
			areas: { type: 'string' },
			offers: { type: 'string' },
			needs: { type: 'string' },
			model: { type: 'string' },
			date: { type: 'string' },
			year: { type: 'string' },
			out: { type: 'string' },
			help: { type: 'boolean', short: 'h' }
		}
	});
	if (values.help) {
		console.log(usage);
		return;
	}
	if (!values.areas || !values.out)
		throw new CliError('Geef --areas en --out op. / Give --areas and --out.');
	const format = values.out.toLowerCase().endsWith('.json')
		? 'json'
		: values.out.toLowerCase().endsWith('.csv')
			? 'csv'
			: null;
	if (!format)
		throw new CliError('--out moet op .csv of .json eindigen. / --out must end in .csv or .json.');
	const referenceDate = values.date ?? new Date().toISOString().slice(0, 10);
	const parsedDate = new Date(`${referenceDate}T00:00:00Z`);
	if (
		!/^\d{4}-\d{2}-\d{2}$/.test(referenceDate) ||
		Number.isNaN(parsedDate.getTime()) ||
		parsedDate.toISOString().slice(0, 10) !== referenceDate
	) {
		throw new CliError(`--date ${referenceDate}: gebruik JJJJ-MM-DD. / use YYYY-MM-DD.`);
	}
	const year = values.year === undefined ? undefined : Number(values.year);
	if (year !== undefined && !(Number.isInteger(year) && year >= 1990 && year <= 2100)) {
		throw new CliError(
			`--year ${values.year}: geef een jaartal, zoals 2024. / give a year, such as 2024.`
		);
	}

	const methodology = readMethodologyWithModel(values.model);
	const areas = readAreas(values.areas, methodology, year);
	const offers = values.offers ? readRecords(values.offers, 'offer', methodology) : [];
	const needs = values.needs ? readRecords(values.needs, 'need', methodology) : [];

	const params = scoringParams(methodology);
	const start = performance.now();
	const scores = scoreGaps({ areas: areas.areas, offers, needs, referenceDate }, params);
	const elapsed = performance.now() - start;

	const names = new Map(areas.areas.map((area) => [area.code, area.name]));
	const text =
		format === 'csv'
			? writeCsv(scoreColumns, scoreRows(scores, params, names))
			: JSON.stringify(scoresJson(scores, params, methodology, referenceDate, names), null, 1);
	try {
		writeFileSync(values.out, text);
	} catch (error) {
		throw new CliError(
			`${values.out}: kan niet schrijven / cannot write (${(error as Error).message})`
		);
	}

	const scored = scores.index.filter((value) => !Number.isNaN(value)).length;
	console.error(
		`${scores.areaCodes.length} gebieden/areas, ${offers.length} aanbod/offers, ${needs.length} vragen/needs → ` +
			`${scored} scores in ${elapsed.toFixed(0)} ms → ${values.out}`
	);
	if (scores.excluded.size) {
		console.error(
			`zonder inwoners, geen score / no inhabitants, no score: ${[...scores.excluded.keys()].map((a) => scores.areaCodes[a]).join(', ')}`
		);
	}
	if (scores.unplaced.needs.length || scores.unplaced.offers.length) {
		console.error(
			`buiten elk gebied / outside every area: ${scores.unplaced.needs.length} vragen/needs, ${scores.unplaced.offers.length} aanbod/offers`
		);
	}
	if (scores.unusableIndicators.length) {
		console.error(
			`cijfers niet gebruikt (te weinig waarden of geen spreiding) / figures not used: ${scores.unusableIndicators.join(', ')}`
		);
	}
}

try {
	main();
} catch (error) {
	if (error instanceof CliError) {
		console.error(error.message);
		console.error(usage);
		process.exit(1);
	}
	throw error;
}
