// Dates as spreadsheets write them: ISO (`2024-03-12`) or day first as in Dutch
// (`12-03-2024`, `12-3-2024`, `12/03/2024`, `12.03.2024`). Month-first (American) dates are
// not accepted: `03/12/2024` is read as 3 December, the Dutch reading. Impossible dates
// (`31-02-2024`) are refused rather than rolled over into the next month.

const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const dayFirst = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/;

/** Days in a month (1–12) of a year, taking leap years into account. */
export function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Reads a date as `YYYY-MM-DD`; null when the text is not a real calendar date from 1900 to 2100. */
export function parseDate(text: string): string | null {
	const trimmed = text.trim();
	let parts: [number, number, number] | null = null;
	const isoMatch = iso.exec(trimmed);
	if (isoMatch) parts = [Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3])];
	const dayMatch = dayFirst.exec(trimmed);
	if (dayMatch) parts = [Number(dayMatch[4]), Number(dayMatch[3]), Number(dayMatch[1])];
	if (!parts) return null;
	const [year, month, day] = parts;
	if (year < 1900 || year > 2100 || month < 1 || month > 12) return null;
	if (day < 1 || day > daysInMonth(year, month)) return null;
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
