import type { Action, Offer, Priority } from '../records';
import { parseGapKey } from './gap-key';

/** One activity as a welfare organisation plans with it: what, where, who else is active there. */
export interface PlanningRow {
	action: Action;
	/** Area codes the activity works in, sorted. */
	areaCodes: string[];
	/** Help categories it works on, sorted. */
	categories: string[];
	/**
	 * Active offers in those areas, those that help with the activity's categories first, then by
	 * name: who else is already active there.
	 */
	othersActive: Offer[];
}

/**
 * The planning view of step 8. Where an activity works follows from its gaps and from the gaps of
 * its priorities; offers are placed in areas by `placement` (area code by offer id).
 */
export function planningRows(
	actions: readonly Action[],
	priorities: readonly Priority[],
	offers: readonly Offer[],
	placement: ReadonlyMap<string, string | null>
): PlanningRow[] {
	const priorityById = new Map(priorities.map((p) => [p.id, p]));
	return actions.map((action) => {
		const gaps = action.gapKeys.map(parseGapKey);
		for (const id of action.priorityIds) {
			const priority = priorityById.get(id);
			if (priority) gaps.push(priority);
		}
		const areaCodes = [...new Set(gaps.map((g) => g.areaCode))].sort();
		const categories = [...new Set(gaps.map((g) => g.category))].sort();
		const relevant = (offer: Offer) => offer.categories.some((c) => categories.includes(c));
		const othersActive = offers
			.filter((offer) => {
				const area = placement.get(offer.id) ?? offer.areaCode;
				return offer.status === 'actief' && area !== null && areaCodes.includes(area);
			})
			.sort(
				(a, b) =>
					Number(relevant(b)) - Number(relevant(a)) ||
					a.name.localeCompare(b.name, 'nl') ||
					(a.id < b.id ? -1 : 1)
			);
		return { action, areaCodes, categories, othersActive };
	});
}
