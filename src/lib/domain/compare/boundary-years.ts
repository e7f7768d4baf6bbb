import type { Area } from '../records';

/** Which CBS boundary years a set of areas comes from. */
export interface BoundaryYears {
	/** The distinct years, oldest first. */
	years: number[];
	/** Area codes per year, each list sorted. */
	codesByYear: Map<number, string[]>;
	/** True when the areas come from more than one year: their boundaries may not fit together. */
	mixed: boolean;
}

/**
 * The boundary years of the areas being compared. CBS redraws buurten and wijken between years,
 * so areas from different years may overlap or leave holes, and their figures refer to different
 * populations; the compare view warns when `mixed` is true.
 */
export function boundaryYears(areas: readonly Pick<Area, 'code' | 'year'>[]): BoundaryYears {
	const codesByYear = new Map<number, string[]>();
	for (const area of areas)
		codesByYear.set(area.year, [...(codesByYear.get(area.year) ?? []), area.code]);
	for (const codes of codesByYear.values()) codes.sort();
	const years = [...codesByYear.keys()].sort((a, b) => a - b);
	return { years, codesByYear, mixed: years.length > 1 };
}
