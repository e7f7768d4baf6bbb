import type { ImportedArea } from '$lib/io/cbs/boundaries';
import { cbsLevels, type CbsLevel } from '$lib/io/cbs/cbs-code';
import type { CbsProblem, CbsProblemSeverity } from '$lib/io/cbs/problems';
import type { ImportProblem } from '$lib/io/records/problems';

// Plain calculations behind the import previews: what a file holds, what an import would
// replace, and problems grouped so a long report stays readable.

/** What identifies a stored area: its CBS code and boundary year. */
export interface AreaKey {
	code: string;
	year: number;
}

/** What a set of areas to import holds, for the preview. */
export interface AreaSummary {
	/** Number of areas. */
	count: number;
	/** Number of areas per level, most specific level first; only levels that occur. */
	levels: { level: CbsLevel; count: number }[];
	/** The gemeente codes (`GM0344`) the areas lie in, sorted. */
	gemeenten: string[];
	/** The boundary years, ascending. */
	years: number[];
	/** How many areas replace one with the same code and year already in the analysis. */
	replaced: number;
}

/** The code of the gemeente an area code belongs to (`BU03440111` → `GM0344`), or null. */
export function gemeenteCode(areaCode: string): string | null {
	const match = /^(?:BU|WK|GM)(\d{4})/.exec(areaCode);
	return match ? `GM${match[1]}` : null;
}

/** The levels that occur in a list of areas, most specific first. */
export function levelsOf(areas: readonly Pick<ImportedArea, 'level'>[]): CbsLevel[] {
	const present = new Set(areas.map((a) => a.level));
	return cbsLevels.filter((level) => present.has(level));
}

/** Summarises areas for the preview; `existing` are the areas the analysis already has. */
export function summariseAreas(
	areas: readonly ImportedArea[],
	existing: readonly AreaKey[]
): AreaSummary {
	const stored = new Set(existing.map((a) => `${a.code}|${a.year}`));
	const gemeenten = new Set<string>();
	for (const area of areas) {
		const code = gemeenteCode(area.code);
		if (code) gemeenten.add(code);
	}
	return {
		count: areas.length,
		levels: levelsOf(areas).map((level) => ({
			level,
			count: areas.filter((a) => a.level === level).length
		})),
		gemeenten: [...gemeenten].sort(),
		years: [...new Set(areas.map((a) => a.year))].sort((a, b) => a - b),
		replaced: areas.filter((a) => stored.has(`${a.code}|${a.year}`)).length
	};
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The gemeente names a GeoJSON FeatureCollection gives in its `gemeentecode` and `gemeentenaam`
 * properties (as the CBS Wijk- en Buurtkaart does), by gemeente code.
 */
export function gemeenteNames(collection: unknown): Map<string, string> {
	const names = new Map<string, string>();
	const features = isObject(collection) ? collection.features : undefined;
	if (!Array.isArray(features)) return names;
	for (const feature of features) {
		const properties = isObject(feature) ? feature.properties : undefined;
		if (!isObject(properties)) continue;
		const { gemeentecode: code, gemeentenaam: name } = properties;
		if (typeof code === 'string' && typeof name === 'string' && name.trim() !== '') {
			names.set(code.trim(), name.trim());
		}
	}
	return names;
}

/** The `source` of an imported area: the CBS map and year, and the file(s) it came from. */
export function areaSource(year: number, boundaryFile: string, figuresFile?: string): string {
	const files = figuresFile ? `${boundaryFile}, ${figuresFile}` : boundaryFile;
	return `CBS Wijk- en Buurtkaart ${year} (${files})`;
}

/** The problems of one code, in file order. */
export interface ProblemGroup {
	code: CbsProblem['code'];
	severity: CbsProblemSeverity;
	problems: CbsProblem[];
}

const severityOrder: Record<CbsProblemSeverity, number> = { error: 0, warning: 1, info: 2 };

/** Groups problems by code: errors first, then warnings, then notes; else in order of first appearance. */
export function groupProblems(problems: readonly CbsProblem[]): ProblemGroup[] {
	const groups = new Map<string, ProblemGroup>();
	for (const problem of problems) {
		const group = groups.get(problem.code);
		if (group) group.problems.push(problem);
		else {
			groups.set(problem.code, {
				code: problem.code,
				severity: problem.severity,
				problems: [problem]
			});
		}
	}
	return [...groups.values()].sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);
}

/** The distinct row numbers that have a problem, ascending; problems without a row are left out. */
export function problemRows(problems: readonly ImportProblem[]): number[] {
	const rows = new Set<number>();
	for (const problem of problems) if (problem.row !== undefined) rows.add(problem.row);
	return [...rows].sort((a, b) => a - b);
}

/** Problems that concern the whole file or the column choice rather than one row. */
export function fileLevelProblems(problems: readonly ImportProblem[]): ImportProblem[] {
	return problems.filter((problem) => problem.row === undefined);
}
