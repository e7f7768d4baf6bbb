import { scaleLinear } from 'd3-scale';

// The "waarom" chart: the contributions of one gap score laid end to end, so they visibly add up
// to index − 100 (methodology/README.md, section 8). Each bar starts where the previous one ended;
// the last bar runs from 0 to the sum.

/** One contribution as the chart draws it. */
export interface WaterfallStep {
	/** An indicator id, `observed` or `supply`. */
	name: string;
	/** Index points it adds (negative: takes off); null when it is missing for this area. */
	points: number | null;
	/** Running sum before and after this step, in index points relative to 100. */
	from: number;
	to: number;
	/** Left edge and width of its bar, in chart units. */
	x: number;
	width: number;
}

/** Positions of a waterfall chart, in chart units from 0 to `width`. */
export interface Waterfall {
	steps: WaterfallStep[];
	/** The sum of all contributions: index − 100. */
	total: number;
	/** Left edge and width of the bar for the sum. */
	totalX: number;
	totalWidth: number;
	/** Where 0 (an index of 100) lies. */
	zeroX: number;
	/** Gridlines, as index points relative to 100. */
	ticks: { value: number; x: number }[];
}

/** The smallest half-width of the chart, in index points, so small scores are not blown up. */
const minimumSpan = 10;

/**
 * Lays out contributions as a waterfall chart `width` units wide. The horizontal scale covers 0
 * and every running sum, and is the same for every bar.
 */
export function waterfall(
	contributions: readonly { name: string; points: number | null }[],
	width: number
): Waterfall {
	let running = 0;
	const spans = contributions.map(({ name, points }) => {
		const from = running;
		running += points ?? 0;
		return { name, points, from, to: running };
	});
	const total = running;
	const values = [0, ...spans.map((span) => span.to)];
	const low = Math.min(...values, -minimumSpan);
	const high = Math.max(...values, minimumSpan);
	const x = scaleLinear().domain([low, high]).nice().range([0, width]);
	const bar = (a: number, b: number) => ({
		x: Math.min(x(a), x(b)),
		width: Math.abs(x(b) - x(a))
	});
	const totalBar = bar(0, total);
	return {
		steps: spans.map((span) => ({ ...span, ...bar(span.from, span.to) })),
		total,
		totalX: totalBar.x,
		totalWidth: totalBar.width,
		zeroX: x(0),
		ticks: x.ticks(5).map((value) => ({ value, x: x(value) }))
	};
}
