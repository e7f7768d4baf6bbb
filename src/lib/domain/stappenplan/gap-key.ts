/** One gap: an area × help category. */
export interface Gap {
	/** CBS code of the area (`BU…`, `WK…`) or `EIGEN-…`. */
	areaCode: string;
	/** Help category id from `methodology/taxonomy.json`. */
	category: string;
}

/** The key of a gap as stored in actions and voting rounds: `areaCode:category`. */
export function gapKey(gap: Gap): string {
	return `${gap.areaCode}:${gap.category}`;
}

/** Reads a gap key back; area codes never contain `:`, so the first `:` separates the parts. */
export function parseGapKey(key: string): Gap {
	const at = key.indexOf(':');
	if (at <= 0 || at === key.length - 1) throw new Error(`"${key}" is not an areaCode:category key`);
	return { areaCode: key.slice(0, at), category: key.slice(at + 1) };
}
