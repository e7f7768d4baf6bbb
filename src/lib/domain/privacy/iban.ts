import type { PersonalDataFinding } from './finding';

// Lengths of IBANs by country, in characters, for the Netherlands and the countries whose
// accounts Dutch residents most often hold. A start of another country is not followed up.
const ibanLengths: Record<string, number> = {
	NL: 18,
	BE: 16,
	DE: 22,
	LU: 20,
	FR: 27,
	GB: 22,
	IE: 22,
	ES: 24,
	IT: 27,
	PT: 25,
	AT: 20,
	CH: 21,
	PL: 28,
	TR: 26,
	MA: 28,
	DK: 18,
	SE: 24
};

const ibanStart = /(?<![\p{L}\p{N}])[A-Za-z]{2}\d{2}/gu;

/** True if an IBAN (upper case, no spaces) passes the ISO 13616 mod-97 check. */
export function isValidIban(iban: string): boolean {
	if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return false;
	const rearranged = iban.slice(4) + iban.slice(0, 4);
	let remainder = 0;
	for (const char of rearranged) {
		const value = char >= 'A' ? char.charCodeAt(0) - 55 : Number(char);
		remainder = (remainder * (value >= 10 ? 100 : 10) + value) % 97;
	}
	return remainder === 1;
}

/**
 * Finds IBANs, written with or without single spaces between characters, as character offsets.
 * The country's IBAN length decides where one ends, so a following word is never swallowed.
 */
export function findIbans(text: string): PersonalDataFinding[] {
	const findings: PersonalDataFinding[] = [];
	for (const match of text.matchAll(ibanStart)) {
		const length = ibanLengths[match[0].slice(0, 2).toUpperCase()];
		if (!length) continue;
		let compact = match[0].toUpperCase();
		let end = match.index + match[0].length;
		while (compact.length < length && end < text.length) {
			const skip = text[end] === ' ' ? 1 : 0;
			const char = text[end + skip];
			if (char === undefined || !/[A-Za-z0-9]/.test(char)) break;
			compact += char.toUpperCase();
			end += skip + 1;
		}
		const next = text[end];
		const endsCleanly = next === undefined || !/[\p{L}\p{N}]/u.test(next);
		if (compact.length === length && endsCleanly && isValidIban(compact)) {
			findings.push({ kind: 'iban', start: match.index, end });
		}
	}
	return findings;
}
