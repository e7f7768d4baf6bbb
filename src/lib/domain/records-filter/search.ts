// Free-text search for the list and the map: every word of the query must occur somewhere in the
// record's text, ignoring case and accents (`cafe` finds `Café`), in any order.

/** Text reduced for searching: no accents, lower case, runs of white space as one space. */
export function foldForSearch(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The words of a query, folded; an empty list for a blank query (which matches everything). */
export function searchWords(query: string): string[] {
	const folded = foldForSearch(query);
	return folded === '' ? [] : folded.split(' ');
}

/** True when every word occurs in one of the texts; `words` come from `searchWords`. */
export function matchesWords(texts: readonly string[], words: readonly string[]): boolean {
	if (words.length === 0) return true;
	const haystack = foldForSearch(texts.join(' \u0000 '));
	return words.every((word) => haystack.includes(word));
}
