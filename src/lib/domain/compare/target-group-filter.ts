import type { Means } from '../targeting/fitting-means';

/**
 * The help categories that matter for one target group: those in which need signals name the
 * group, and those of the catalogue's means made for the group (`methodology/means.json`).
 * Gap scores are per area × category, not per group, so filtering by group narrows the
 * categories shown; the result keeps the order of `categoryIds`.
 *
 * @param needs the analysis' need signals (only category and target group are read)
 * @param categoryIds every category id, in display order
 */
export function categoriesForTargetGroup(
	targetGroup: string,
	needs: readonly { category: string; targetGroup: string }[],
	means: readonly Pick<Means, 'categories' | 'targetGroups'>[],
	categoryIds: readonly string[]
): string[] {
	const wanted = new Set<string>();
	for (const need of needs) if (need.targetGroup === targetGroup) wanted.add(need.category);
	for (const item of means) {
		if (item.targetGroups.includes(targetGroup)) for (const c of item.categories) wanted.add(c);
	}
	return categoryIds.filter((id) => wanted.has(id));
}
