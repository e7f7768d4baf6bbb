import { findAddresses } from './address';
import { findBsns } from './bsn';
import { findEmails } from './email';
import type { PersonalDataFinding, PersonalDataKind } from './finding';
import { findIbans } from './iban';
import { findPersonNames } from './person-name';
import { findPhoneNumbers } from './phone';

// Where detectors overlap, the more specific one wins: an IBAN's digits also look like a phone
// number, and an e-mail address may hold digits. Earlier in this list wins.
const detectors: ReadonlyArray<
	readonly [PersonalDataKind, (text: string) => PersonalDataFinding[]]
> = [
	['email', findEmails],
	['iban', findIbans],
	['phone', findPhoneNumbers],
	['bsn', findBsns],
	['postcode-house-number', findAddresses],
	['person-name', findPersonNames]
];

// Every kind except e-mail and person names contains a digit; most free text has none.
const needsDigit = new Set<PersonalDataKind>(['iban', 'phone', 'bsn', 'postcode-house-number']);

/**
 * Finds stretches of free text that look like personal data (e-mail, phone number, BSN, address,
 * IBAN, a named person), sorted by start offset and never overlapping; offsets are UTF-16 units.
 */
export function findPersonalData(text: string): PersonalDataFinding[] {
	const hasDigit = /\d/.test(text);
	const kept: PersonalDataFinding[] = [];
	for (const [kind, detect] of detectors) {
		if (!hasDigit && needsDigit.has(kind)) continue;
		for (const finding of detect(text)) {
			if (!kept.some((k) => k.start < finding.end && finding.start < k.end)) kept.push(finding);
		}
	}
	return kept.sort((a, b) => a.start - b.start);
}
