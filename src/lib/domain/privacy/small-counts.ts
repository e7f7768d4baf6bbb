/**
 * Counts below this many people, households or records are not shown in views and exports meant
 * to be shared, so that nobody can be recognised from a small number in a small buurt.
 */
export const defaultSmallCountThreshold = 5;

/** A count as it may be shared: the number, or `suppressed` when it is below the threshold. */
export type SharedCount = { kind: 'shown'; value: number } | { kind: 'suppressed'; below: number };

/**
 * Decides whether a count may be shown in a shared view or export. Zero is shown: "none" reveals
 * nobody. Counts from 1 up to `threshold - 1` are suppressed.
 *
 * @param count a count of people, households or records (≥ 0)
 * @param threshold the smallest count that may be shown (≥ 1); default 5
 */
export function shareCount(count: number, threshold = defaultSmallCountThreshold): SharedCount {
	if (count > 0 && count < threshold) return { kind: 'suppressed', below: threshold };
	return { kind: 'shown', value: count };
}
