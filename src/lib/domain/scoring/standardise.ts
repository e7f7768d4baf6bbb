/** z-scores are clipped to this many standard deviations (methodology/README.md, section 1). */
export const zClip = 3;

/** An indicator needs a known value in at least this many areas to be used (section 1). */
export const minKnownValues = 3;

/**
 * z-scores of one variable over the areas of the comparison set (methodology/README.md,
 * sections 1 and 3): population standard deviation over the known values, clipped to ±3.
 *
 * @param values one value per area; NaN = missing (never read as zero)
 * @param included 1 for areas in the comparison set; others get NaN
 * @param minKnown fewer known values than this and every z-score is NaN
 * @param zeroWhenFlat when the standard deviation is 0: true gives z = 0, false gives NaN
 * @returns one z-score per area, NaN where the value is missing or the variable is unusable
 */
export function standardise(
	values: Float64Array,
	included: Uint8Array,
	minKnown: number,
	zeroWhenFlat: boolean
): Float64Array {
	const z = new Float64Array(values.length).fill(Number.NaN);
	let known = 0;
	let sum = 0;
	for (let a = 0; a < values.length; a++) {
		if (included[a] && !Number.isNaN(values[a])) {
			known++;
			sum += values[a];
		}
	}
	if (known < minKnown || known === 0) return z;
	const mean = sum / known;
	let squares = 0;
	for (let a = 0; a < values.length; a++) {
		if (included[a] && !Number.isNaN(values[a])) squares += (values[a] - mean) ** 2;
	}
	const sd = Math.sqrt(squares / known);
	// Differences in the last bits of a float are not spread between areas.
	const flat = sd <= 1e-12 * Math.max(1, Math.abs(mean));
	if (flat && !zeroWhenFlat) return z;
	for (let a = 0; a < values.length; a++) {
		if (!included[a] || Number.isNaN(values[a])) continue;
		z[a] = flat ? 0 : Math.min(zClip, Math.max(-zClip, (values[a] - mean) / sd));
	}
	return z;
}

/** The mean of the values of the included areas, ignoring NaN; NaN when there are none. */
export function meanOf(values: Float64Array, included: Uint8Array): number {
	let known = 0;
	let sum = 0;
	for (let a = 0; a < values.length; a++) {
		if (included[a] && !Number.isNaN(values[a])) {
			known++;
			sum += values[a];
		}
	}
	return known ? sum / known : Number.NaN;
}
