import { readFileSync } from 'node:fs';
import { parseMethodology, type Methodology } from '../../src/lib/domain/methodology/load';
import type { ScoringArea, ScoringNeed, ScoringOffer } from '../../src/lib/domain/scoring/input';
import { readBoundaries } from '../../src/lib/io/cbs/boundaries';
import { suggestMapping } from '../../src/lib/io/records/column-mapping';
import { needHeaderSynonyms, offerHeaderSynonyms } from '../../src/lib/io/records/header-synonyms';
import { parseGeoJsonRecords } from '../../src/lib/io/records/parse-geojson';
import { parseCsv } from '../../src/lib/io/records/parse-table';
import type { ImportProblem } from '../../src/lib/io/records/problems';
import { validateNeeds, validateOffers } from '../../src/lib/io/records/validate-rows';
import { readRawMethodology } from '../../src/test-support/methodology';

/** A problem with the command line or its files, told to the user without a stack trace. */
export class CliError extends Error {
	override readonly name = 'CliError';
}

function readText(path: string): string {
	try {
		return readFileSync(path, 'utf8');
	} catch (error) {
		throw new CliError(`${path}: niet te lezen / cannot be read (${(error as Error).message})`);
	}
}

function readJson(path: string): unknown {
	try {
		return JSON.parse(readText(path));
	} catch (error) {
		if (error instanceof CliError) throw error;
		throw new CliError(`${path}: geen geldige JSON / not valid JSON (${(error as Error).message})`);
	}
}

/** The methodology from `methodology/`, with `scoring.json` replaced by `modelPath` if given. */
export function readMethodologyWithModel(modelPath: string | undefined): Methodology {
	const raw = readRawMethodology();
	if (modelPath) raw['scoring.json'] = readJson(modelPath);
	try {
		return parseMethodology(raw);
	} catch (error) {
		throw new CliError(`${modelPath ?? 'methodology/'}: ${(error as Error).message}`);
	}
}

/** The areas of a CBS (or CBS-like) GeoJSON file, with their figures. */
export function readAreas(
	path: string,
	methodology: Methodology,
	year: number | undefined
): { areas: (ScoringArea & { name: string })[] } {
	let result;
	try {
		result = readBoundaries(readJson(path), { indicators: methodology.indicators, year });
	} catch (error) {
		if (error instanceof CliError) throw error;
		throw new CliError(`${path}: ${(error as Error).message}`);
	}
	for (const problem of result.problems) {
		if (problem.severity === 'error') console.error(`${path}: ${describe(problem)}`);
	}
	const areas = year === undefined ? result.areas : result.areas.filter((a) => a.year === year);
	if (areas.length === 0) throw new CliError(`${path}: geen bruikbare gebieden / no usable areas`);
	const years = [...new Set(areas.map((a) => a.year))].sort();
	if (years.length > 1) {
		throw new CliError(
			`${path}: gebieden van meer jaren (${years.join(', ')}); kies er één met --year. / areas of several years; choose one with --year.`
		);
	}
	console.error(
		`${path}: ${areas.length} gebieden/areas; cijfers/figures: ${Object.keys(result.matchedIndicators).length}, ontbreken/missing: ${result.missingIndicators.join(', ') || '—'}`
	);
	return { areas };
}

/** Offers or needs from a CSV or GeoJSON file; rows with problems are skipped and listed. */
export function readRecords(
	path: string,
	target: 'offer',
	methodology: Methodology
): ScoringOffer[];
export function readRecords(path: string, target: 'need', methodology: Methodology): ScoringNeed[];
export function readRecords(
	path: string,
	target: 'offer' | 'need',
	methodology: Methodology
): (ScoringOffer | ScoringNeed)[] {
	const parsed = /\.(geo)?json$/i.test(path)
		? parseGeoJsonRecords(readJson(path))
		: parseCsv(readText(path));
	if (!parsed.ok) {
		throw new CliError(`${path}: ${parsed.problems.map(describe).join('; ')}`);
	}
	const table = parsed.table;
	const source = { recordSource: `import: ${path.split(/[\\/]/).pop()}` };
	const result =
		target === 'offer'
			? validateOffers(table, suggestMapping(table.columns, 'offer'), methodology, source)
			: validateNeeds(table, suggestMapping(table.columns, 'need'), methodology, source);
	// A problem of the whole file (a required column missing) leaves no row to trust: stop, so that
	// no scores without those offers or needs are written as if they were complete.
	const fileProblems = result.problems.filter((p) => p.row === undefined);
	if (fileProblems.length) {
		const synonyms = target === 'offer' ? offerHeaderSynonyms : needHeaderSynonyms;
		throw new CliError(
			fileProblems.map((p) => `${path}: ${describeFileProblem(p, synonyms)}`).join('\n')
		);
	}
	for (const problem of result.problems) console.error(`${path}: ${describe(problem)}`);
	const skipped = new Set(result.problems.flatMap((p) => (p.row === undefined ? [] : [p.row])))
		.size;
	console.error(
		`${path}: ${result.valid.length} rijen gelezen / rows read${skipped ? `, ${skipped} overgeslagen / skipped` : ''}`
	);
	return result.valid.map(({ row, draft }) => ({
		...draft,
		id: `${target}-row-${String(row).padStart(7, '0')}`
	}));
}

/** A problem of the whole file, in Dutch and English; a missing column with the names it may have. */
function describeFileProblem(
	problem: { code: string; field?: string },
	synonyms: Record<string, readonly string[]>
): string {
	const names = problem.field ? synonyms[problem.field] : undefined;
	if (problem.code === 'missing-column' && names) {
		const some = names.slice(0, 4).map((name) => `‘${name}’`);
		const listed = (or: string) =>
			some.length === 1 ? some[0] : `${some.slice(0, -1).join(', ')} ${or} ${some.at(-1)}`;
		const [nl, en] = [listed('of'), listed('or')];
		return `een verplichte kolom ontbreekt; noem die bijvoorbeeld ${nl} / a required column is missing; name it for instance ${en}`;
	}
	return describe(problem);
}

function describe(problem: {
	code: string;
	row?: number;
	feature?: number;
	field?: string;
	column?: string;
	value?: string;
}): string {
	const where = problem.row
		? `rij/row ${problem.row}`
		: problem.feature
			? `object/feature ${problem.feature}`
			: '';
	const what = [
		problem.field ?? problem.column,
		problem.value === undefined ? undefined : JSON.stringify(problem.value)
	]
		.filter(Boolean)
		.join(' ');
	return [where, problem.code, what].filter(Boolean).join(': ');
}

export type { ImportProblem };
