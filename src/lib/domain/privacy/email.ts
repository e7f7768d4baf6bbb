import { matchAll, type PersonalDataFinding } from './finding';

// A pragmatic address shape (local part, `@`, a dotted domain ending in at least two letters),
// not RFC 5322: free text never holds quoted local parts, and a trailing full stop must not
// become part of the domain.
const emailPattern =
	/(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}_%+-]+(?:\.[\p{L}\p{N}_%+-]+)*@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}-])/gu;

/** Finds e-mail addresses in free text, as character offsets. */
export function findEmails(text: string): PersonalDataFinding[] {
	if (!text.includes('@')) return [];
	return matchAll(text, emailPattern, 'email');
}
