// The shape every personal-data detector returns, so the UI can highlight the exact characters.

/** The kinds of personal data Nabuur looks for in free text. */
export const personalDataKinds = [
	'email',
	'phone',
	'bsn',
	'postcode-house-number',
	'iban',
	'person-name'
] as const;

/** One kind of personal data. */
export type PersonalDataKind = (typeof personalDataKinds)[number];

/** A stretch of text that looks like personal data, as UTF-16 character offsets (`end` exclusive). */
export interface PersonalDataFinding {
	kind: PersonalDataKind;
	/** Offset of the first character, in UTF-16 code units from the start of the text. */
	start: number;
	/** Offset just past the last character, in UTF-16 code units. */
	end: number;
}

/** Collects the matches of a global regular expression as findings of one kind. */
export function matchAll(
	text: string,
	pattern: RegExp,
	kind: PersonalDataKind,
	accept: (match: RegExpExecArray) => boolean = () => true
): PersonalDataFinding[] {
	const findings: PersonalDataFinding[] = [];
	for (const match of text.matchAll(pattern)) {
		if (accept(match)) {
			findings.push({ kind, start: match.index, end: match.index + match[0].length });
		}
	}
	return findings;
}

/** How many ASCII digits a text holds; a cheap test before running the heavier patterns. */
export function countDigits(text: string): number {
	let digits = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code >= 48 && code <= 57) digits++;
	}
	return digits;
}
