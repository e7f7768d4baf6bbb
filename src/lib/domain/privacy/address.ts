import type { PersonalDataFinding } from './finding';

// An address points at one household, so it is personal data. Two shapes are recognised:
//  - a postcode followed by a house number: `3511 AB 12`, `3511AB 12a`;
//  - a street name followed by a house number, optionally followed by the postcode:
//    `Kerkstraat 12`, `Lange Nieuwstraat 4-bis`, `Kerkstraat 12, 3511 AB`.
// A postcode on its own (`3511 AB`) names an area of some twenty addresses, which is how teams
// describe where signals cluster; it is deliberately not flagged. Streets are recognised by
// their Dutch endings (straat, laan, weg, …), so a street without one (`Neude 11`) is missed;
// endings that also end town names (-dam, -burg, -berg) are left out to keep years after a town
// (`Tilburg 2023`) from being flagged. Four-digit numbers from 1900 to 2099 read as years, and a
// number followed by a counted word (`12 huishoudens`) is a count, not a house number.

const postcode = '[1-9]\\d{3} ?(?!S[ADS])[A-Z]{2}(?![\\p{L}\\p{N}])';
const countWords = [
	'huishoudens',
	'huishouden',
	'mensen',
	'personen',
	'bewoners',
	'signalen',
	'ouderen',
	'kinderen',
	'gezinnen',
	'deelnemers',
	'vrijwilligers',
	'woningen',
	'huizen',
	'adressen',
	'keer',
	'jaar',
	'maanden',
	'weken',
	'dagen',
	'uur',
	'minuten',
	'procent',
	'people',
	'households',
	'residents',
	'times',
	'years',
	'volunteers',
	'homes'
].join('|');
const houseNumber =
	'(?!(?:19|20)\\d\\d(?!\\d))[1-9]\\d{0,3}' +
	'(?:-?(?:bis|hs|bg|[a-zA-Z])(?![\\p{L}\\p{N}])|-\\d{1,4}|(?: (?:bis|hs|bg|[A-Z]))(?![\\p{L}\\p{N}]))?' +
	`(?![\\p{N}]|[.,]\\d| ?%)(?!\\s+(?:${countWords})(?![\\p{L}]))`;

const streetEndings = [
	'straat',
	'straatweg',
	'laan',
	'weg',
	'plein',
	'gracht',
	'kade',
	'singel',
	'dijk',
	'steeg',
	'pad',
	'hof',
	'dreef',
	'plantsoen',
	'park',
	'markt',
	'wal',
	'baan',
	'allee',
	'boulevard',
	'erf',
	'veld',
	'ring',
	'kwartier',
	'zijde',
	'hoven',
	'vaart',
	'weide',
	'gaarde',
	'brink',
	'oever',
	'kant'
].join('|');
const streetEndingsGroup = `(?:${streetEndings})`;
// Words that start a sentence or a phrase and are not part of a street name.
const notStreet =
	'(?:De|Het|Een|In|Op|Aan|Bij|Naar|Via|Uit|Van|Voor|Langs|Vanaf|Tot|Rond|Om|Over|Onder|Tussen|Tegenover|Nabij|En|Of|Ook|At|On|Near|To|From|The|And|Of|Woont|Lives)(?![\\p{L}])';
const word = `(?!${notStreet})\\p{Lu}[\\p{L}'’-]*\\.?`;
const particle = "(?:van|de|der|den|het|'t|ter|ten|te|op|in|aan|bij)";
// The street's last word is read greedily and its ending checked looking back, which is much
// faster than trying every ending at every letter.
const street = `(?:${word} (?:(?:${particle}|${word}) ){0,2})?(?!${notStreet})\\p{Lu}[\\p{L}'’-]*(?<=${streetEndingsGroup})`;

const postcodeFirst = new RegExp(
	`(?<![\\p{L}\\p{N}])${postcode}(?:, ?| )(?:nr\\.? ?)?${houseNumber}`,
	'gu'
);
const streetFirst = new RegExp(
	`(?<![\\p{L}\\p{N}])${street} ${houseNumber}(?:,? ${postcode})?`,
	'gu'
);

// Quick tests for a street ending before a number and for a postcode, without the prefix words
// and house-number rules that make the full patterns slow to scan; most texts fail both.
const hasStreetNumber = new RegExp(`\\p{Lu}[\\p{L}'’-]*(?<=${streetEndingsGroup}) [1-9]`, 'u');
const hasPostcode = /[1-9]\d{3} ?[A-Z]{2}/;

/** Finds addresses (postcode with house number, or street with house number), as character offsets. */
export function findAddresses(text: string): PersonalDataFinding[] {
	const findings: PersonalDataFinding[] = [];
	const patterns = [
		...(hasStreetNumber.test(text) ? [streetFirst] : []),
		...(hasPostcode.test(text) ? [postcodeFirst] : [])
	];
	for (const pattern of patterns) {
		for (const match of text.matchAll(pattern)) {
			const start = match.index;
			const end = start + match[0].length;
			if (!findings.some((f) => f.start < end && start < f.end)) {
				findings.push({ kind: 'postcode-house-number', start, end });
			}
		}
	}
	return findings.sort((a, b) => a.start - b.start);
}
