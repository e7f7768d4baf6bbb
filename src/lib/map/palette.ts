// Colours for help categories on the map and in its legend. Every colour keeps a contrast of at
// least 3:1 against the white map background and against the grey basemap (WCAG 2.1, 1.4.11
// non-text contrast); the legend also names each category, so colour is never the only cue.

/** Ten distinguishable, dark-enough colours, in the order of the categories in the taxonomy. */
export const categoryPalette = [
	'#1f5fa8',
	'#b2471b',
	'#2a7a3b',
	'#8a3ea0',
	'#a8286a',
	'#0f6e76',
	'#7a5a12',
	'#4a4fb8',
	'#9c2f2f',
	'#4d6b1f'
] as const;

/** Colour for records whose category the methodology does not know. */
export const unknownCategoryColour = '#5a5a5a';

/**
 * Gives every category a colour by its position in the taxonomy; after ten categories the
 * palette repeats (the legend still tells them apart by name).
 *
 * @param categoryIds category ids in taxonomy order
 */
export function categoryColours(categoryIds: readonly string[]): Map<string, string> {
	return new Map(
		categoryIds.map((id, i) => [id, categoryPalette[i % categoryPalette.length] ?? '#000000'])
	);
}
