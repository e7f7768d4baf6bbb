import type { Indicator } from '../../domain/methodology/schema';

// CBS names one figure differently per distribution and year: `aantal_inwoners` (GeoPackage),
// `aantalInwoners` (PDOK services), `AantalInwoners_5` (StatLine, with a position suffix that
// changes every year). methodology/README.md, "CBS column names", defines the normal form that
// `cbsNames` in indicators.json is written in; this file implements it.

/**
 * The normal form of a CBS column name: trimmed, a trailing StatLine suffix `_<digits>` dropped
 * (only when preceded by `_`, so `stedelijkheid_adressen_per_km2` keeps its 2), every `_` removed,
 * lower case (`AantalInwoners_5`, `aantal_inwoners`, `aantalInwoners` → `aantalinwoners`).
 */
export function normaliseColumnName(name: string): string {
	return name.trim().replace(/_\d+$/, '').replaceAll('_', '').toLowerCase();
}

/** Which columns of a file feed which indicators. */
export interface IndicatorColumns {
	/**
	 * Source columns per indicator id, the preferred first: in the order of the indicator's
	 * `cbsNames`, then in file order. A value is read from the first of them that has one.
	 */
	columns: Record<string, string[]>;
	/** Ids of indicators that no column of the file feeds, in methodology order. */
	missing: string[];
	/** Indicators that more than one column feeds (same figure in two distributions, say). */
	ambiguous: { indicator: string; columns: string[] }[];
}

/**
 * Maps each indicator to the columns it is read from, matching the normalised column names
 * against the indicator's `cbsNames`; reports indicators not found and indicators with several
 * candidate columns.
 */
export function matchIndicatorColumns(
	columnNames: readonly string[],
	indicators: readonly Indicator[]
): IndicatorColumns {
	const byNormalName = new Map<string, string[]>();
	for (const name of columnNames) {
		const normal = normaliseColumnName(name);
		byNormalName.set(normal, [...(byNormalName.get(normal) ?? []), name]);
	}
	const result: IndicatorColumns = { columns: {}, missing: [], ambiguous: [] };
	for (const indicator of indicators) {
		const sources = indicator.cbsNames.flatMap((cbsName) => byNormalName.get(cbsName) ?? []);
		const unique = [...new Set(sources)];
		if (unique.length === 0) {
			result.missing.push(indicator.id);
			continue;
		}
		result.columns[indicator.id] = unique;
		if (unique.length > 1) result.ambiguous.push({ indicator: indicator.id, columns: unique });
	}
	return result;
}
