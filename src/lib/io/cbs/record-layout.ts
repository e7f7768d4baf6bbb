import type { Indicator } from '../../domain/methodology/schema';
import { cbsLevels, type CbsLevel } from './cbs-code';
import {
	matchIndicatorColumns,
	normaliseColumnName,
	type IndicatorColumns
} from './normalise-column';
import { cbsProblem, type CbsProblem } from './problems';

// Which column of a CBS table holds what. Column names are compared in their normal form (see
// normalise-column.ts), so `WijkenEnBuurten`, `wijken_en_buurten` and `wijkenEnBuurten` are one.

/** Normalised names of columns that hold an area's own code, whatever its level, in trying order. */
const genericCodeNames = [
	'code',
	'gwbcode',
	'statcode',
	'wijkenenbuurten',
	'regiocode',
	'codering',
	'jrstatcode'
];

/** Normalised names of the columns holding the code of one level; a buurt row also has its wijkcode. */
const levelCodeNames: Record<CbsLevel, string> = {
	buurt: 'buurtcode',
	wijk: 'wijkcode',
	gemeente: 'gemeentecode'
};

const levelNameNames: Record<CbsLevel, string[]> = {
	buurt: ['buurtnaam'],
	wijk: ['wijknaam'],
	gemeente: ['gemeentenaam', 'gmnaam']
};

const genericNameNames = ['statnaam', 'naam', 'regionaam', 'regio'];

const yearNames = ['jaar'];

/** The role of every column in a CBS table: code, name, year, indicator, or none. */
export interface RecordLayout {
	/** Columns that hold the area's own code at any level, in the order they are tried. */
	genericCodeColumns: string[];
	/**
	 * The most specific level-specific code column in the table (`buurtcode` over `wijkcode` over
	 * `gemeentecode`), used when no generic code column has a code. It sets the level strictly:
	 * a buurt row with an empty `buurtcode` is reported, not imported as its wijk.
	 */
	levelCodeColumns?: { level: CbsLevel; columns: string[] };
	/** Name columns per level, tried before `genericNameColumns`. */
	levelNameColumns: Record<CbsLevel, string[]>;
	/** Name columns that suit any level (`statnaam`, `naam`, `regio`). */
	genericNameColumns: string[];
	/** Columns holding the reference year (`jaar`). */
	yearColumns: string[];
	/** The indicator columns; see `matchIndicatorColumns`. */
	indicators: IndicatorColumns;
	/** Columns that play no role, in file order: figures Nabuur does not use, and others. */
	ignoredColumns: string[];
}

/** Works out the role of each column of a CBS table from the column names (in file order). */
export function planRecordLayout(
	columnNames: readonly string[],
	indicators: readonly Indicator[]
): RecordLayout {
	const normal = columnNames.map((name) => ({ name, normal: normaliseColumnName(name) }));
	const named = (accept: (n: string) => boolean) =>
		normal.filter((c) => accept(c.normal)).map((c) => c.name);
	const byRank = (names: readonly string[]) =>
		names.flatMap((wanted) => named((n) => n === wanted));

	// `gwbcode` also stands for year-suffixed forms such as `gwbcode2024`.
	const genericCodeColumns = genericCodeNames.flatMap((wanted) =>
		named((n) => n === wanted || (wanted === 'gwbcode' && /^gwbcode\d+$/.test(n)))
	);
	const level = cbsLevels.find((l) => named((n) => n === levelCodeNames[l]).length > 0);
	const levelCodeColumns = level
		? { level, columns: named((n) => n === levelCodeNames[level]) }
		: undefined;
	const levelNameColumns = {
		buurt: byRank(levelNameNames.buurt),
		wijk: byRank(levelNameNames.wijk),
		gemeente: byRank(levelNameNames.gemeente)
	};
	const genericNameColumns = byRank(genericNameNames);
	const yearColumns = byRank(yearNames);
	const indicatorColumns = matchIndicatorColumns(columnNames, indicators);

	const used = new Set([
		...genericCodeColumns,
		...(levelCodeColumns?.columns ?? []),
		...Object.values(levelNameColumns).flat(),
		...genericNameColumns,
		...yearColumns,
		...Object.values(indicatorColumns.columns).flat()
	]);
	return {
		genericCodeColumns,
		...(levelCodeColumns ? { levelCodeColumns } : {}),
		levelNameColumns,
		genericNameColumns,
		yearColumns,
		indicators: indicatorColumns,
		ignoredColumns: columnNames.filter((name) => !used.has(name))
	};
}

/** True when the layout has at least one column that can hold an area code. */
export function hasCodeColumn(layout: RecordLayout): boolean {
	return layout.genericCodeColumns.length > 0 || layout.levelCodeColumns !== undefined;
}

/** Problems with the table as a whole: indicators fed by more than one column (for the record). */
export function layoutProblems(layout: RecordLayout): CbsProblem[] {
	return layout.indicators.ambiguous.map(({ indicator, columns }) =>
		cbsProblem('ambiguous-column', { indicator, columns, column: columns[0] })
	);
}
