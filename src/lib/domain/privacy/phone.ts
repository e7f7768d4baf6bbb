import { countDigits, type PersonalDataFinding } from './finding';

// Dutch numbers have ten digits nationally (`0` + area or mobile code + subscriber), and nine
// after the country code (`+31 6 12345678`, `0031 30 123 4567`, `+31 (0)6 …`). Between digits
// people write at most one space, hyphen or full stop (`06-12345678`, `030 123 45 67`,
// `030.123.45.67`), and a landline's area code may stand in brackets (`(030) 123 45 67`).
// Other countries' numbers are recognised only with a `+` and 8 to 14 digits.
const sep = '(?: ?[.-] ?| )?';
const digits = (count: string) => `\\d(?:${sep}\\d){${count}}`;
const before = '(?<![\\p{L}\\p{N}_+])(?<!\\d[.,])';
const after = '(?![\\p{L}\\p{N}])(?![.,-]\\d)';

const phonePatterns = [
	// +31 / 0031, optionally with the national 0 in brackets, then nine digits.
	new RegExp(`${before}(?:\\+|00) ?31${sep}(?:\\(0\\) ?)?[1-9]${sep}${digits('7')}${after}`, 'gu'),
	// (030) 123 45 67: the area code in brackets; the digit count is checked below.
	new RegExp(`${before}\\(0[1-9]\\d{1,2}\\) ?${digits('5,6')}${after}`, 'gu'),
	// 06-12345678, 030 123 45 67, 0301234567.
	new RegExp(`${before}0[1-9]${sep}${digits('7')}${after}`, 'gu'),
	// Other countries: + and 8 to 14 digits (not +31, handled above).
	new RegExp(`${before}\\+(?!31)[1-9]${sep}${digits('6,12')}${after}`, 'gu')
];

// Dates (12-03-2024, 01.02.24) and opening hours (09.00-12.00) can line up ten digits that start
// with a zero; a number containing one of these is not a phone number.
const dateOrTime =
	/(?<!\d)\d{1,2}([-./])\d{1,2}\1(?:\d{4}|\d{2})(?!\d)|(?<!\d)\d{1,2}[.:]\d{2} ?- ?\d{1,2}[.:]\d{2}(?!\d)/;

/** True if a matched stretch reads as a Dutch or international phone number. */
function isPlausible(match: string): boolean {
	if (dateOrTime.test(match)) return false;
	const count = match.replace(/\D/g, '').length;
	if (match.startsWith('(')) return count === 10;
	return true;
}

/** Finds Dutch phone numbers (mobile and landline, national and international forms), as character offsets. */
export function findPhoneNumbers(text: string): PersonalDataFinding[] {
	const findings: PersonalDataFinding[] = [];
	// Every form has at least eight digits; most free text has far fewer.
	if (countDigits(text) < 8) return findings;
	for (const pattern of phonePatterns) {
		for (const match of text.matchAll(pattern)) {
			const start = match.index;
			const end = start + match[0].length;
			const overlaps = findings.some((f) => f.start < end && start < f.end);
			if (!overlaps && isPlausible(match[0])) findings.push({ kind: 'phone', start, end });
		}
	}
	return findings.sort((a, b) => a.start - b.start);
}
