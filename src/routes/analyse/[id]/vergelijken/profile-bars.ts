import { scaleLinear } from 'd3-scale';

/** One bar of a small-multiple profile: a category's index drawn from the average (100). */
export interface ProfileBar {
	category: string;
	/** Top of the bar, in px. */
	y: number;
	/** Left edge and width of the bar, in px; width 0 when there is no score. */
	x: number;
	width: number;
	/** True when the index lies above 100 (a gap), false at or below it. */
	above: boolean;
	index: number | null;
}

/** The geometry of one area's profile chart. */
export interface ProfileLayout {
	bars: ProfileBar[];
	/** Horizontal position of the average (100), in px. */
	average: number;
	/** Height of the whole chart, in px. */
	height: number;
}

/** The index range every chart shares, so small multiples compare at a glance (methodology: 0–180). */
export const indexDomain: [number, number] = [40, 180];

/**
 * Bars for one area's indices per category, drawn from 100 (the average of the set) to the
 * index, on one shared scale so the small multiples of several areas line up.
 *
 * @param width width of the plotting area, in px
 * @param rowHeight height per category row, in px
 */
export function profileBars(
	categories: readonly string[],
	indices: readonly (number | null)[],
	width: number,
	rowHeight = 22
): ProfileLayout {
	const x = scaleLinear().domain(indexDomain).range([0, width]).clamp(true);
	const average = x(100);
	const bars = categories.map((category, i) => {
		const index = indices[i] ?? null;
		const end = index === null ? average : x(index);
		return {
			category,
			y: i * rowHeight + 3,
			x: Math.min(average, end),
			width: Math.abs(end - average),
			above: index !== null && index > 100,
			index
		};
	});
	return { bars, average, height: categories.length * rowHeight };
}
