import type { Need } from '../records';

/**
 * The target groups named by the need signals in one area × category, sorted: what the fitting
 * means should suit.
 *
 * @param placement area code by need id, from `placeRecords`
 */
export function needTargetGroups(
	needs: readonly Pick<Need, 'id' | 'category' | 'targetGroup'>[],
	placement: ReadonlyMap<string, string | null>,
	areaCode: string,
	category: string
): string[] {
	const groups = new Set<string>();
	for (const need of needs) {
		if (need.category === category && placement.get(need.id) === areaCode) {
			groups.add(need.targetGroup);
		}
	}
	return [...groups].sort();
}

/**
 * How many need signals in one area × category came from each source (survey, neighbourhood
 * walk, …), most first, then by source id: where the reported need of a gap comes from.
 *
 * @param placement area code by need id, from `placeRecords`
 */
export function needSourceCounts(
	needs: readonly Pick<Need, 'id' | 'category' | 'source'>[],
	placement: ReadonlyMap<string, string | null>,
	areaCode: string,
	category: string
): [source: string, signals: number][] {
	const counts = new Map<string, number>();
	for (const need of needs) {
		if (need.category === category && placement.get(need.id) === areaCode) {
			counts.set(need.source, (counts.get(need.source) ?? 0) + 1);
		}
	}
	return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}
