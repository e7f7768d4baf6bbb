import { countDigits, matchAll, type PersonalDataFinding } from './finding';

// A burgerservicenummer (BSN) has exactly nine digits, leading zeros included. Written forms
// accepted: nine digits in a row (`123456782`) and the grouping printed on Dutch documents
// (`1234.56.782`). Eight-digit numbers (an old BSN whose leading zero a spreadsheet dropped) are
// NOT accepted: KvK numbers are eight digits too, appear in offers' descriptions, and one in
// eleven of them would pass the 11-test. Groupings of three (`123 456 782`, `123.456.782`) are
// not accepted either, because amounts and counts are written that way.
const bsnPattern =
	/(?<![\p{L}\p{N}_.,/-])(?:\d{9}|\d{4}\.\d{2}\.\d{3})(?![\p{L}\p{N}_]|[.,/-]\d)/gu;

/**
 * True if nine digits pass the BSN 11-test: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11,
 * and the number is not all zeros.
 */
export function isValidBsn(digits: string): boolean {
	if (!/^\d{9}$/.test(digits) || digits === '000000000') return false;
	let sum = 0;
	for (let i = 0; i < 8; i++) sum += (9 - i) * Number(digits[i]);
	sum -= Number(digits[8]);
	return sum % 11 === 0;
}

/** Finds nine-digit numbers that pass the BSN 11-test, as character offsets. */
export function findBsns(text: string): PersonalDataFinding[] {
	if (countDigits(text) < 9) return [];
	return matchAll(text, bsnPattern, 'bsn', (match) => isValidBsn(match[0].replaceAll('.', '')));
}
