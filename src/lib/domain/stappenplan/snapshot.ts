import type { Action, Need, Offer, Priority, SnapshotContent, StepRecord } from '../records';
import type { ScoredGap } from './top-gaps';

/** Everything a snapshot is made from. */
export interface SnapshotInput {
	offers: readonly Offer[];
	needs: readonly Need[];
	/** Area code of each offer and need by record id (null: in no area), from `placeRecords`. */
	placement: ReadonlyMap<string, string | null>;
	/** Scored gaps; empty when the analysis has no scores. */
	gaps: readonly ScoredGap[];
	/** Band ids in the order of the scoring parameters' bands. */
	bandIds: readonly string[];
	/** The reference date of the scores (YYYY-MM-DD); null without scores. */
	referenceDate: string | null;
	stepRecords: readonly StepRecord[];
	priorities: readonly Priority[];
	actions: readonly Action[];
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * What an analysis looks like now, for comparing with a later round (step 10): offers, need
 * signals summed per area × category (never single residents), gap scores, every step's
 * decisions, the priorities and the activities. The same input gives the same snapshot.
 */
export function makeSnapshot(input: SnapshotInput): SnapshotContent {
	const needTotals = new Map<
		string,
		{ areaCode: string | null; category: string; signals: number; count: number }
	>();
	for (const need of input.needs) {
		const areaCode = input.placement.get(need.id) ?? need.areaCode ?? null;
		const key = `${areaCode ?? ''}|${need.category}`;
		const total = needTotals.get(key) ?? {
			areaCode,
			category: need.category,
			signals: 0,
			count: 0
		};
		total.signals += 1;
		total.count += need.count;
		needTotals.set(key, total);
	}
	const decisions: SnapshotContent['decisions'] = {};
	for (const record of [...input.stepRecords].sort((a, b) => byText(a.stepId, b.stepId))) {
		if (Object.keys(record.decisions).length > 0)
			decisions[record.stepId] = { ...record.decisions };
	}
	return {
		referenceDate: input.referenceDate,
		offers: input.offers
			.map((offer) => ({
				id: offer.id,
				name: offer.name,
				kind: offer.kind,
				categories: [...offer.categories],
				areaCode: input.placement.get(offer.id) ?? offer.areaCode,
				status: offer.status
			}))
			.sort((a, b) => byText(a.id, b.id)),
		needs: [...needTotals.entries()].sort(([a], [b]) => byText(a, b)).map(([, total]) => total),
		gaps: input.gaps.map((gap) => ({
			areaCode: gap.areaCode,
			category: gap.category,
			index: Math.round(gap.index * 10) / 10,
			band: input.bandIds[gap.band] ?? ''
		})),
		decisions,
		priorities: [...input.priorities]
			.sort((a, b) => a.rank - b.rank)
			.map(({ areaCode, category, rank }) => ({ areaCode, category, rank })),
		actions: [...input.actions]
			.sort((a, b) => byText(a.title, b.title) || byText(a.id, b.id))
			.map(({ title, status }) => ({ title, status }))
	};
}
