// Contrast between text and background colours, as WCAG 2.1 defines it (success criterion 1.4.3,
// "relative luminance" and "contrast ratio"), so text printed on a coloured cell stays readable.

/** The app's body text colour (`--nb-color-text`). */
export const darkText = '#1b1b1b';
/** White, for text on dark backgrounds. */
export const lightText = '#ffffff';

/**
 * Parses `#rrggbb` or `rgb(r, g, b)` (as d3's interpolators return them) into 0–255 channels.
 *
 * @throws RangeError for any other notation
 */
export function parseColor(color: string): [number, number, number] {
	const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
	if (hex) return [parseInt(hex[1], 16), parseInt(hex[2], 16), parseInt(hex[3], 16)];
	const rgb = /^rgb\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*\)$/.exec(color);
	if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
	throw new RangeError(`Cannot read the colour ${color}; use #rrggbb or rgb(r, g, b).`);
}

/** Relative luminance of a colour, from 0 (black) to 1 (white). */
export function luminance(color: string): number {
	const [r, g, b] = parseColor(color).map((channel) => {
		const c = channel / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio between two colours, from 1 (none) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (light + 0.05) / (dark + 0.05);
}

/** Dark or white text, whichever contrasts more with the background. */
export function readableTextOn(background: string): string {
	return contrastRatio(background, darkText) >= contrastRatio(background, lightText)
		? darkText
		: lightText;
}
