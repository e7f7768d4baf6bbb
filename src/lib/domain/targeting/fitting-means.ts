import { meansTypes, type MeansCatalogue } from '../methodology/schema';

/** One means from `methodology/means.json`. */
export type Means = MeansCatalogue['means'][number];

/**
 * The means of the catalogue that fit a gap in `category`, lightest first — strengthening what
 * exists before a new activity, a new activity before a new platform (methodology/README.md,
 * "The lightest means first"). A means fits when it suits the category (an empty list suits every
 * category) and, when the gap's needs name target groups, at least one of them (an empty list
 * suits every group). Within one type, means that name more of the target groups come first, then
 * catalogue order.
 *
 * @param targetGroups target group ids of the need signals in the gap; empty = not known
 */
export function fittingMeans(
	means: readonly Means[],
	category: string,
	targetGroups: readonly string[]
): Means[] {
	const groups = new Set(targetGroups);
	const matches = (item: Means) => item.targetGroups.filter((group) => groups.has(group)).length;
	return means
		.map((item, order) => ({ item, order, matched: matches(item) }))
		.filter(
			({ item, matched }) =>
				(item.categories.length === 0 || item.categories.includes(category)) &&
				(groups.size === 0 || item.targetGroups.length === 0 || matched > 0)
		)
		.sort(
			(x, y) =>
				meansTypes.indexOf(x.item.type) - meansTypes.indexOf(y.item.type) ||
				y.matched - x.matched ||
				x.order - y.order
		)
		.map(({ item }) => item);
}
