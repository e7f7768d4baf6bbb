/** Formats an ISO timestamp or date as a short date in the given locale (`23 nov. 2026`). */
export function formatDate(iso: string, locale: string): string {
	return new Intl.DateTimeFormat(locale, {
		day: 'numeric',
		month: 'short',
		year: 'numeric'
	}).format(new Date(iso));
}

/** Formats a number in the given locale, with at most `digits` decimals (`1.234,5` in Dutch). */
export function formatNumber(value: number, locale: string, digits = 1): string {
	return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

/**
 * Formats a calendar date (`YYYY-MM-DD`) as a long date in the given locale (`23 november 2026`).
 * The date is read and written in UTC, so it never shifts a day with the computer's time zone.
 */
export function formatDay(isoDate: string, locale: string): string {
	return new Intl.DateTimeFormat(locale, {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(new Date(`${isoDate}T00:00:00Z`));
}
