const msPerDay = 86_400_000;
/** The mean length of a Gregorian month, in days. */
const daysPerMonth = 365.2425 / 12;

/** Parses a `YYYY-MM-DD` date as a day number (days since 1970-01-01, UTC); NaN when invalid. */
export function dayNumber(isoDate: string): number {
	const time = Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`);
	return Number.isNaN(time) ? Number.NaN : Math.round(time / msPerDay);
}

/** Months from day `from` to day `to` (both day numbers), as a fraction of mean months. */
export function monthsBetween(from: number, to: number): number {
	return (to - from) / daysPerMonth;
}

/**
 * A `dayNumber` that remembers what it parsed: records share few distinct dates, and a national
 * run parses 200,000 of them.
 */
export function cachedDayNumber(): (isoDate: string) => number {
	const days = new Map<string, number>();
	return (isoDate) => {
		let day = days.get(isoDate);
		if (day === undefined) {
			day = dayNumber(isoDate);
			days.set(isoDate, day);
		}
		return day;
	};
}
