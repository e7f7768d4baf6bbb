import type { Methodology } from '$lib/domain/methodology/load';
import type { ScoringOverrides } from '$lib/domain/records';

// A team's changes to the scoring weights (methodology/README.md, "Sensitivity"), kept as the
// difference from the methodology: a value equal to the default is not stored, so a later
// methodology version's defaults apply wherever the team changed nothing.

/** The methodology's own weight of an indicator in a category; undefined if it has none. */
export function defaultWeight(
	methodology: Methodology,
	category: string,
	indicator: string
): number | undefined {
	return methodology.scoring.demand.categories
		.find((c) => c.category === category)
		?.indicators.find((i) => i.indicator === indicator)?.weight;
}

/** The overrides without values equal to the methodology's defaults, or unknown to it. */
export function pruneOverrides(
	overrides: ScoringOverrides,
	methodology: Methodology
): ScoringOverrides {
	const pruned: ScoringOverrides = {};
	if (
		overrides.observedShare !== undefined &&
		overrides.observedShare !== methodology.scoring.demand.observedShare
	) {
		pruned.observedShare = overrides.observedShare;
	}
	const weights: NonNullable<ScoringOverrides['weights']> = {};
	for (const [category, byIndicator] of Object.entries(overrides.weights ?? {})) {
		const kept = Object.entries(byIndicator).filter(([indicator, weight]) => {
			const standard = defaultWeight(methodology, category, indicator);
			return standard !== undefined && weight !== standard;
		});
		if (kept.length > 0) weights[category] = Object.fromEntries(kept);
	}
	if (Object.keys(weights).length > 0) pruned.weights = weights;
	return pruned;
}

/** The overrides with the share of observed needs set (0–1, clamped). */
export function withObservedShare(
	overrides: ScoringOverrides,
	share: number,
	methodology: Methodology
): ScoringOverrides {
	return pruneOverrides(
		{ ...overrides, observedShare: Math.min(1, Math.max(0, share)) },
		methodology
	);
}

/** The overrides with one indicator weight set (at least 0; 0 switches the indicator off). */
export function withWeight(
	overrides: ScoringOverrides,
	category: string,
	indicator: string,
	weight: number,
	methodology: Methodology
): ScoringOverrides {
	const weights = { ...overrides.weights };
	weights[category] = { ...weights[category], [indicator]: Math.max(0, weight) };
	return pruneOverrides({ ...overrides, weights }, methodology);
}

/** The overrides without any weight changed in `category`. */
export function withoutCategory(
	overrides: ScoringOverrides,
	category: string,
	methodology: Methodology
): ScoringOverrides {
	const weights = { ...overrides.weights };
	delete weights[category];
	return pruneOverrides({ ...overrides, weights }, methodology);
}

/** The overrides with the share of observed needs back at the methodology's default. */
export function withoutObservedShare(
	overrides: ScoringOverrides,
	methodology: Methodology
): ScoringOverrides {
	return pruneOverrides({ ...overrides, observedShare: undefined }, methodology);
}
