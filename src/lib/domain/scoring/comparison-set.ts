import type { Area } from '../records';

/** Levels from fine to coarse; the finest level an analysis has forms its comparison set. */
const levelOrder: readonly Area['level'][] = ['buurt', 'eigen', 'wijk', 'gemeente'];

/**
 * The areas an analysis is scored over: only its finest level (buurten when it has any, so a wijk
 * and its own buurten never share one offer or count one need twice), and per area code only the
 * newest year (an analysis may hold the same buurt from two CBS years).
 */
export function comparisonSet<A extends Pick<Area, 'code' | 'level' | 'year'>>(
	areas: readonly A[]
): A[] {
	const level = levelOrder.find((l) => areas.some((area) => area.level === l));
	const newest = new Map<string, A>();
	for (const area of areas) {
		if (area.level !== level) continue;
		const kept = newest.get(area.code);
		if (!kept || area.year > kept.year) newest.set(area.code, area);
	}
	return [...newest.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
