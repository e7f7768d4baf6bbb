/** Formats an ISO timestamp or date as a short date in the given locale (`23 nov. 2026`). */
export function formatDate(iso: string, locale: string): string {
	return new Intl.DateTimeFormat(dateLocale(locale), {
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
	return new Intl.DateTimeFormat(dateLocale(locale), {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(new Date(`${isoDate}T00:00:00Z`));
}

/** The locale dates are written in: British English (day first) for English, like the texts. */
function dateLocale(locale: string): string {
	return locale === 'en' ? 'en-GB' : locale;
}

/**
 * The values rounded to `digits` decimals so that the rounded values add up to their rounded
 * sum, as a table of parts and its total must: each is rounded down, then those with the largest
 * remainders go up. The sum is rounded half away from zero, as `Intl.NumberFormat` rounds, after
 * dropping the last bits of floating-point noise (0.15 · 10 is 1.4999999999999998). Null (a part
 * that is missing) stays null.
 */
export function roundToSum(values: readonly (number | null)[], digits = 1): (number | null)[] {
	const scale = 10 ** digits;
	const clean = (value: number) => Number(value.toPrecision(12));
	const scaled = values.map((value) => (value === null ? 0 : clean(value * scale)));
	const down = scaled.map(Math.floor);
	const sum = clean(scaled.reduce((total, value) => total + value, 0));
	let short =
		Math.sign(sum) * Math.round(Math.abs(sum)) - down.reduce((total, value) => total + value, 0);
	const byRemainder = values
		.map((_, i) => i)
		.filter((i) => values[i] !== null)
		.sort((a, b) => scaled[b] - down[b] - (scaled[a] - down[a]) || a - b);
	for (const i of byRemainder) {
		if (short <= 0) break;
		down[i]++;
		short--;
	}
	return values.map((value, i) => (value === null ? null : down[i] / scale));
}
