import type { Contribution } from '$lib/domain/scoring/cell';

/**
 * Indicators whose CBS figures refer to an earlier year than the rest of the table: income and
 * Wmo (methodology/README.md, section 9, and their descriptions in `indicators.json`).
 */
export const earlierYearIndicators: ReadonlySet<string> = new Set([
	'gemiddeld-inkomen-per-inwoner',
	'laag-inkomen-huishoudens-pct',
	'personen-in-armoede-pct',
	'wmo-clienten',
	'wmo-clienten-per-1000'
]);

/**
 * The indicators among a score's contributions that move it and refer to an earlier year. One
 * that adds 0 points (e.g. when demand comes from reported needs only) is not mentioned.
 */
export function earlierYearContributors(contributions: readonly Contribution[]): string[] {
	return contributions
		.filter(
			(part) => part.points !== null && part.points !== 0 && earlierYearIndicators.has(part.name)
		)
		.map((part) => part.name);
}

/** True when an area's source names CBS, so its figures carry the "Bron: CBS" attribution. */
export function citesCbs(source: string): boolean {
	return /\bCBS\b/i.test(source);
}

/** Today's date on this computer as `YYYY-MM-DD`, the default reference date of the scores. */
export function todayIso(now: Date = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
