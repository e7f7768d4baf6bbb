import type { Need, Offer } from '$lib/domain/records';

// The legend's numbers, from the same records the map draws, so they always agree with it.

/** Counts for one category in the legend. */
export interface LegendRow {
	category: string;
	/** Located offers whose first category this is (the colour they are drawn in). */
	offers: number;
	/** Located needs of this category. */
	needs: number;
}

/** What the legend says: per category, and in total on and off the map. */
export interface LegendCounts {
	rows: LegendRow[];
	placed: { offers: number; needs: number };
	unplaced: { offers: number; needs: number };
}

/**
 * Counts the drawn records per category (in the given order), and those left off the map because
 * they have no location. Categories with nothing drawn are left out.
 */
export function legendCounts(
	categoryIds: readonly string[],
	offers: readonly Offer[],
	needs: readonly Need[]
): LegendCounts {
	const rows = new Map(
		categoryIds.map((category) => [category, { category, offers: 0, needs: 0 }])
	);
	const counts: LegendCounts = {
		rows: [],
		placed: { offers: 0, needs: 0 },
		unplaced: { offers: 0, needs: 0 }
	};
	for (const offer of offers) {
		if (!offer.location) {
			counts.unplaced.offers++;
			continue;
		}
		counts.placed.offers++;
		const row = rows.get(offer.categories[0] ?? '');
		if (row) row.offers++;
	}
	for (const need of needs) {
		if (!need.location) {
			counts.unplaced.needs++;
			continue;
		}
		counts.placed.needs++;
		const row = rows.get(need.category);
		if (row) row.needs++;
	}
	counts.rows = [...rows.values()].filter((row) => row.offers + row.needs > 0);
	return counts;
}
