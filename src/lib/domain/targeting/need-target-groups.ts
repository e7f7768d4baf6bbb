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
