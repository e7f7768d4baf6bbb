// Importing offers and needs from CSV: parse + suggest a mapping + validate every row (labels,
// numbers, dates, coordinates, personal-data checks, schema), on 100,000 generated rows of each,
// beside a naive baseline (split on newlines and delimiters, one zod safeParse per row).
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createRandom, type Random } from '../../src/lib/domain/demo/random';
import type { Methodology } from '../../src/lib/domain/methodology/load';
import { needSchema, offerSchema } from '../../src/lib/domain/records';
import { suggestMapping } from '../../src/lib/io/records/column-mapping';
import { parseCsv } from '../../src/lib/io/records/parse-table';
import { validateNeeds, validateOffers } from '../../src/lib/io/records/validate-rows';
import { readMethodology } from '../../src/test-support/methodology';
import type { Benchmark } from '../bench';

const rowCount = 100_000;
const seed = 11;
const runs = 3;

const ms = (value: number) => `${value.toFixed(0)} ms`;
const count = (value: number) => Math.round(value).toLocaleString('en');
const megabytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

// A handle on the garbage collector, so heap figures are not skewed by garbage.
v8.setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** Heap bytes in use right after a full collection. */
function heap(): number {
	collectGarbage();
	return process.memoryUsage().heapUsed;
}

/** Runs `work` once cold and `runs` times warm: the result, cold time, warm median (ms) and retained heap (bytes). */
function measure<T>(work: () => T) {
	const before = heap();
	let started = performance.now();
	let result = work();
	const cold = performance.now() - started;
	const retained = heap() - before;
	const times: number[] = [];
	for (let run = 0; run < runs; run++) {
		started = performance.now();
		result = work();
		times.push(performance.now() - started);
	}
	times.sort((a, b) => a - b);
	return { result, cold, median: times[Math.floor(runs / 2)]!, retained };
}

/** One of an id, its Dutch label or its English label, as teams type them. */
function termText(random: Random, term: { id: string; label: { nl: string; en: string } }): string {
	const r = random.next();
	return r < 0.6 ? term.id : r < 0.85 ? term.label.nl : term.label.en;
}

const notes = [
	'Veel ouderen missen een vast aanspreekpunt',
	'Sinds de supermarkt dicht is lastig',
	'Signalen via de huisarts en het wijkteam',
	'Vooral in de winter',
	'Gevraagd op de bewonersavond',
	''
];

/** A needs CSV (comma-separated) of `rows` rows, with ids, labels, Dutch dates and decimal commas. */
function needsCsv(m: Methodology, rows: number, random: Random): string {
	const t = m.taxonomy;
	const lines = [
		'categorie,doelgroep,buurtcode,lon,lat,aantal,eenheid,bron,datum,zekerheid,toelichting'
	];
	for (let i = 0; i < rows; i++) {
		const day = random.int(1, 28);
		const month = random.int(1, 12);
		const date =
			random.next() < 0.5
				? `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
				: `${day}-${month}-2024`;
		const located = random.next() < 0.3;
		const lon = located ? random.between(4.9, 5.3).toFixed(5) : '';
		const lat = located ? random.between(51.9, 52.2).toFixed(5) : '';
		// One note in a hundred holds a phone number, so the warning path is exercised too.
		const note = random.next() < 0.01 ? 'Bel 06-12345678 voor details' : random.pick(notes);
		lines.push(
			[
				termText(random, random.pick(t.categories)),
				termText(random, random.pick(t.targetGroups)),
				`BU9999${String(random.int(0, 9999)).padStart(4, '0')}`,
				lon,
				lat,
				String(random.int(1, 40)),
				random.pick(['personen', 'huishoudens']),
				termText(random, random.pick(t.needSources)),
				date,
				random.pick(['laag', 'middel', 'hoog']),
				note
			].join(',')
		);
	}
	return lines.join('\n');
}

/** An offers CSV (semicolon-separated) of `rows` rows, with lists of categories split by `|`. */
function offersCsv(m: Methodology, rows: number, random: Random): string {
	const t = m.taxonomy;
	const lines = [
		'naam;organisatie;soort;categorieen;doelgroepen;lon;lat;buurtcode;bereik;capaciteit;status;laatst gecontroleerd;omschrijving'
	];
	for (let i = 0; i < rows; i++) {
		const categories = random.sample(t.categories, random.int(1, 3));
		lines.push(
			[
				`Buurtinitiatief ${i + 1}`,
				random.pick(['Welzijn Samen', 'Buurtkerk', 'Bibliotheek', '']),
				termText(random, random.pick(t.offerKinds)),
				categories.map((c) => termText(random, c)).join('|'),
				termText(random, random.pick(t.targetGroups)),
				random.between(4.9, 5.3).toFixed(5),
				random.between(51.9, 52.2).toFixed(5),
				`BU9999${String(random.int(0, 9999)).padStart(4, '0')}`,
				String(random.int(2, 30) * 100),
				String(random.int(0, 60)),
				random.pick(['actief', 'actief', 'actief', 'gepland', 'gestopt']),
				random.next() < 0.5
					? `2025-0${random.int(1, 9)}-1${random.int(0, 9)}`
					: `${random.int(1, 28)}-${random.int(1, 12)}-2025`,
				'Elke week open voor buren uit de wijk'
			].join(';')
		);
	}
	return lines.join('\n');
}

const meta = {
	id: '00000000-0000-4000-8000-000000000001',
	rev: 1,
	updatedAt: '2025-01-01T00:00:00.000Z',
	analysisId: '00000000-0000-4000-8000-000000000002'
};
const orNull = (text: string | undefined) => (text ? text : null);
const numberOrNull = (text: string | undefined) => (text ? Number(text) : null);

/** The naive way: split lines and cells, build the full record, zod safeParse each; counts accepted rows. */
function naiveNeeds(text: string): number {
	let accepted = 0;
	for (const line of text.split('\n').slice(1)) {
		const c = line.split(',');
		const lon = numberOrNull(c[3]);
		const lat = numberOrNull(c[4]);
		const record = {
			...meta,
			category: c[0],
			targetGroup: c[1],
			areaCode: orNull(c[2]),
			location: lon !== null && lat !== null ? [lon, lat] : null,
			count: Number(c[5]),
			countUnit: c[6],
			source: c[7],
			date: c[8],
			confidence: c[9],
			note: c[10] ?? ''
		};
		if (needSchema.safeParse(record).success) accepted++;
	}
	return accepted;
}

/** The naive way for offers; counts accepted rows. */
function naiveOffers(text: string): number {
	let accepted = 0;
	for (const line of text.split('\n').slice(1)) {
		const c = line.split(';');
		const record = {
			...meta,
			name: c[0],
			organisation: c[1] ?? '',
			kind: c[2],
			categories: (c[3] ?? '').split('|'),
			targetGroups: (c[4] ?? '').split('|'),
			location: [Number(c[5]), Number(c[6])],
			areaCode: orNull(c[7]),
			reachMeters: numberOrNull(c[8]),
			capacity: numberOrNull(c[9]),
			status: c[10],
			lastVerified: orNull(c[11]),
			description: c[12] ?? '',
			source: 'import'
		};
		if (offerSchema.safeParse(record).success) accepted++;
	}
	return accepted;
}

/** Prints one line of figures for a measured pipeline. */
function report(
	label: string,
	m: { cold: number; median: number; retained: number },
	extra: string
) {
	const rate = rowCount / (m.median / 1000);
	console.log(
		`${label.padEnd(34)} cold ${ms(m.cold).padStart(8)}  warm ${ms(m.median).padStart(8)}  ` +
			`${count(rate).padStart(9)} rows/s  heap ${megabytes(m.retained).padStart(8)}  ${extra}`
	);
}

/** Imports 100,000 generated needs and 100,000 generated offers from CSV, beside a naive baseline. */
export const benchmark: Benchmark = {
	name: 'import',
	description: `parse + map + validate ${count(rowCount)} need rows and ${count(rowCount)} offer rows from CSV`,
	async run() {
		const methodology = readMethodology();
		const needsText = needsCsv(methodology, rowCount, createRandom(seed));
		const offersText = offersCsv(methodology, rowCount, createRandom(seed + 1));
		console.log(
			`input: needs ${megabytes(needsText.length)}, offers ${megabytes(offersText.length)} of text; ` +
				`warm = median of ${runs}; heap = retained by the result after a full GC`
		);

		const needs = measure(() => {
			const parsed = parseCsv(needsText);
			if (!parsed.ok)
				throw new Error(`generated needs do not parse: ${JSON.stringify(parsed.problems)}`);
			const mapping = suggestMapping(parsed.table.columns, 'need');
			return validateNeeds(parsed.table, mapping, methodology);
		});
		const n = needs.result;
		report(
			'needs: parseCsv+map+validate',
			needs,
			`valid ${count(n.valid.length)}, problems ${n.problems.length}, warnings ${count(n.warnings.length)}`
		);
		const parseOnly = measure(() => parseCsv(needsText));
		report('needs: parseCsv alone', parseOnly, '');
		const naiveN = measure(() => naiveNeeds(needsText));
		report(
			'needs: naive split + zod',
			naiveN,
			`accepted ${count(naiveN.result)} (labels, D-M-YYYY refused)`
		);

		const offers = measure(() => {
			const parsed = parseCsv(offersText);
			if (!parsed.ok)
				throw new Error(`generated offers do not parse: ${JSON.stringify(parsed.problems)}`);
			const mapping = suggestMapping(parsed.table.columns, 'offer');
			return validateOffers(parsed.table, mapping, methodology);
		});
		const o = offers.result;
		report(
			'offers: parseCsv+map+validate',
			offers,
			`valid ${count(o.valid.length)}, problems ${o.problems.length}, warnings ${count(o.warnings.length)}`
		);
		const naiveO = measure(() => naiveOffers(offersText));
		report(
			'offers: naive split + zod',
			naiveO,
			`accepted ${count(naiveO.result)} (labels, D-M-YYYY refused)`
		);
	}
};
