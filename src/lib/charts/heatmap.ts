import { scaleDiverging } from 'd3-scale';
import { interpolateRdBu } from 'd3-scale-chromatic';
import type { ScoringParams } from '$lib/domain/scoring/params';
import type { GapScores } from '$lib/domain/scoring/result';
import { darkText, readableTextOn } from './contrast';

// The heatmap of gaps: one cell per area × category, coloured by the band of its relative index
// (methodology/README.md, section 6). Colours come from a diverging scale centred on 100, the
// average of the comparison set: shortages red, ample supply blue, balance near white.

/** Index points per standard deviation of demand (methodology/README.md, section 6). */
const pointsPerSd = 20;
/** The diverging scale spans ±3 standard deviations around 100, as far as z-scores are clipped. */
const spread = 3 * pointsPerSd;

/** Maps an index to a colour that runs from blue (ample supply) through white to red (shortage). */
export function divergingColor(): (index: number) => string {
	return scaleDiverging((t: number) => interpolateRdBu(1 - t))
		.domain([100 - spread, 100, 100 + spread])
		.clamp(true);
}

/** One band as the legend shows it: its colour, the text on it, and its index range. */
export interface BandStep {
	/** Band index into `params.bands`. */
	band: number;
	id: string;
	fill: string;
	/** Text colour with at least 4.5:1 contrast on `fill`. */
	text: string;
	/** Lowest index in the band; null for the last band, which has no floor. */
	from: number | null;
	/** Index at which the next band up starts; null for the highest band. */
	to: number | null;
}

/**
 * The bands from the highest down, each with the colour of a point inside it on the diverging
 * scale: the midpoint of a closed band, or one standard deviation (20 points) beyond the bound of
 * an open one.
 */
export function bandSteps(bands: ScoringParams['bands']): BandStep[] {
	const color = divergingColor();
	return bands.map((band, b) => {
		const last = b === bands.length - 1;
		const from = last ? null : band.minIndex;
		const to = b === 0 ? null : bands[b - 1].minIndex;
		const representative =
			from === null
				? (to ?? 100) - pointsPerSd
				: to === null
					? from + pointsPerSd
					: (from + to) / 2;
		const fill = color(representative);
		return { band: b, id: band.id, fill, text: readableTextOn(fill), from, to };
	});
}

/**
 * The index as a whole number that stays in its band: rounded, except that a value just below a
 * band bound is never printed as the bound (129.6 in "tekort" prints 129, not 130, because 130
 * reads as "groot tekort"). So the printed number, the colour and the band always agree.
 *
 * @param band the band the index falls in, by index into `bands` (highest bound first)
 */
export function indexLabel(index: number, band: number, bands: ScoringParams['bands']): number {
	const floor = band === bands.length - 1 ? -Infinity : Math.ceil(bands[band].minIndex);
	const ceiling = band === 0 ? Infinity : Math.ceil(bands[band - 1].minIndex) - 1;
	return Math.min(ceiling, Math.max(floor, Math.round(index)));
}

/** One cell of the heatmap. */
export interface HeatmapCell {
	/** Area index into `scores.areaCodes`. */
	a: number;
	/** Category index into `scores.categoryIds`. */
	c: number;
	/** The relative index; null when the cell has no score. */
	index: number | null;
	/** The index as a whole number, as printed in the cell (see `indexLabel`); null = no score. */
	label: number | null;
	/** Band index into `params.bands`; null = no score. */
	band: number | null;
	/** Background colour; null for a cell without a score (shown hatched). */
	fill: string | null;
	/** Text colour readable on the background. */
	text: string;
}

/** The heatmap's cells, one row per area (in the scores' order) and one column per category. */
export function heatmapRows(scores: GapScores, params: ScoringParams): HeatmapCell[][] {
	const steps = bandSteps(params.bands);
	const categories = scores.categoryIds.length;
	return scores.areaCodes.map((_, a) =>
		scores.categoryIds.map((_, c) => {
			const index = scores.index[a * categories + c];
			if (Number.isNaN(index)) {
				return { a, c, index: null, label: null, band: null, fill: null, text: darkText };
			}
			const band = scores.band[a * categories + c];
			const step = steps[band];
			const label = indexLabel(index, band, params.bands);
			return { a, c, index, label, band, fill: step.fill, text: step.text };
		})
	);
}
