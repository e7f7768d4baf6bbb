import { matchAll, type PersonalDataFinding } from './finding';

// A gentle check for a named person: a form of address followed by a capitalised surname
// (`mevrouw Jansen`, `meneer De Vries`, `dhr. Bakker`, `mw. Yilmaz`, `familie El Amrani`,
// `Mrs. Smith`). Guessing names without such a word flags too much ordinary text (place names,
// organisations, capitalised categories), so bare names are not looked for.
const address = [
	'[Mm]evrouw',
	'[Mm]evr\\.?',
	'[Mm]w\\.?',
	'[Mm]vr\\.?',
	'[Mm]eneer',
	'[Mm]ijnheer',
	'[Mm]nr\\.?',
	'[Dd]hr\\.?',
	'[Dd]e heer',
	'[Ff]amilie',
	'[Ff]am\\.?',
	'[Bb]uurvrouw',
	'[Bb]uurman',
	'Mrs\\.?',
	'Mr\\.?',
	'Ms\\.?'
].join('|');
const initials = '(?:\\p{Lu}\\.\\s?){0,4}';
const particle =
	"(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Tt]e|[Hh]et|'t|[Ee]l|[Aa]l|[Bb]in|[Bb]en|[Ll]a|[Ll]e|[Dd]u|[Dd]a|[Dd]i|[Oo]p|[Ii]n)";
const surname = "\\p{Lu}[\\p{L}'’]+(?:-\\p{Lu}[\\p{L}'’]+)?";

const personNamePattern = new RegExp(
	`(?<![\\p{L}\\p{N}])(?:${address})\\s+${initials}(?:${particle}\\s+){0,3}${surname}(?![\\p{L}\\p{N}])`,
	'gu'
);

// A quick test for any form of address, without the word-boundary look-behind that makes the
// full pattern slow to scan; most texts fail it and skip the full pattern.
const anyAddress = new RegExp(address);

/** Finds a form of address followed by a surname (`mevrouw Jansen`), as character offsets. */
export function findPersonNames(text: string): PersonalDataFinding[] {
	if (!anyAddress.test(text)) return [];
	return matchAll(text, personNamePattern, 'person-name');
}
