/**
 * The gemeente code (`GM0344`) an area code belongs to: CBS buurt and wijk codes carry the
 * gemeente's four digits (`BU03440101`, `WK034401`). Null for a team-drawn area (`EIGEN-…`) or a
 * code that is not a CBS code.
 */
export function gemeenteCode(areaCode: string): string | null {
	const found = /^(?:BU|WK|GM)(\d{4})/.exec(areaCode);
	return found ? `GM${found[1]}` : null;
}

/** The gemeente codes of a list of area codes, each once, sorted. */
export function gemeenteCodes(areaCodes: Iterable<string>): string[] {
	const codes = new Set<string>();
	for (const code of areaCodes) {
		const gemeente = gemeenteCode(code);
		if (gemeente) codes.add(gemeente);
	}
	return [...codes].sort();
}
