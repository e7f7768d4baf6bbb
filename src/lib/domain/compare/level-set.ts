import type { Area } from '../records';

/** Levels an area list can be compared at, from fine to coarse. */
export const compareLevels: readonly Area['level'][] = ['buurt', 'wijk', 'eigen', 'gemeente'];

/** The levels present in `areas`, from fine to coarse. */
export function levelsPresent(areas: readonly Pick<Area, 'level'>[]): Area['level'][] {
	return compareLevels.filter((level) => areas.some((area) => area.level === level));
}

/**
 * The areas of one level, one per code (the newest boundary year), sorted by code: the set a
 * gemeente's buurten or wijken are compared in. Buurten and wijken are never mixed, so a wijk and
 * its own buurten do not share an offer or count a need twice.
 */
export function areasAtLevel<A extends Pick<Area, 'code' | 'level' | 'year'>>(
	areas: readonly A[],
	level: Area['level']
): A[] {
	const newest = new Map<string, A>();
	for (const area of areas) {
		if (area.level !== level) continue;
		const kept = newest.get(area.code);
		if (!kept || area.year > kept.year) newest.set(area.code, area);
	}
	return [...newest.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
