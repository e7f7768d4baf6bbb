// Map symbols drawn on a canvas at start-up, so the map needs no image files and no network.
// They are signed-distance-field-like alpha masks: MapLibre colours them per feature.

/** Name of the diamond symbol that marks a need. */
export const needIcon = 'nabuur-need';

/** Size of the drawn symbols, in CSS pixels. */
const size = 18;

/**
 * Draws the diamond a need is shown with, as RGBA image data, white on transparent (MapLibre
 * tints it with the category colour because it is added as an SDF image).
 *
 * @param pixelRatio device pixels per CSS pixel
 */
export function diamondImage(pixelRatio: number): ImageData {
	const side = Math.round(size * pixelRatio);
	const canvas = document.createElement('canvas');
	canvas.width = side;
	canvas.height = side;
	const context = canvas.getContext('2d');
	if (!context) throw new Error('No 2D canvas for map symbols.');
	const half = side / 2;
	const inset = 1.5 * pixelRatio;
	context.fillStyle = '#ffffff';
	context.beginPath();
	context.moveTo(half, inset);
	context.lineTo(side - inset, half);
	context.lineTo(half, side - inset);
	context.lineTo(inset, half);
	context.closePath();
	context.fill();
	return context.getImageData(0, 0, side, side);
}
