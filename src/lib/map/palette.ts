// Colours for help categories on the map and in its legends come from the methodology
// (`taxonomy.json`, each category's `color`), so the map, the filter legend and the forms show
// one colour per category. The legend also names each category: colour is never the only cue.

/** Colour for records whose category the methodology does not know. */
export const unknownCategoryColour = '#5a5a5a';

/**
 * Colour per category id, as the methodology gives them.
 *
 * @param categories the taxonomy's help categories with their `color` (`#rrggbb`)
 */
export function categoryColours(
	categories: readonly { id: string; color: string }[]
): Map<string, string> {
	return new Map(categories.map((category) => [category.id, category.color]));
}
