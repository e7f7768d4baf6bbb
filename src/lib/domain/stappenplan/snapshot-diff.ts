import type { SnapshotContent } from '../records';

type OfferEntry = SnapshotContent['offers'][number];
type DecisionValue = SnapshotContent['decisions'][string][string];

/** How one help category's reported need changed, summed over the areas. */
export interface NeedChange {
	category: string;
	signalsBefore: number;
	signalsAfter: number;
	/** Summed counts, in people or households. */
	countBefore: number;
	countAfter: number;
}

/** How one gap's score changed; null where it had no score. */
export interface GapChange {
	areaCode: string;
	category: string;
	indexBefore: number | null;
	indexAfter: number | null;
	bandBefore: string | null;
	bandAfter: string | null;
}

/** A decision that was recorded, changed or cleared between two snapshots. */
export interface DecisionChange {
	stepId: string;
	decisionId: string;
	before: DecisionValue | null;
	after: DecisionValue | null;
}

/** What changed between an earlier and a later snapshot (or the analysis as it is now). */
export interface SnapshotDiff {
	offersAdded: OfferEntry[];
	offersRemoved: OfferEntry[];
	offersStatusChanged: { offer: OfferEntry; from: OfferEntry['status'] }[];
	/** Categories whose summed need changed, by category id. */
	needs: NeedChange[];
	/** Gaps whose index moved by at least `minIndexChange` or that changed band, largest move first. */
	gaps: GapChange[];
	decisions: DecisionChange[];
	prioritiesAdded: { areaCode: string; category: string }[];
	prioritiesRemoved: { areaCode: string; category: string }[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function needTotals(content: SnapshotContent): Map<string, { signals: number; count: number }> {
	const totals = new Map<string, { signals: number; count: number }>();
	for (const entry of content.needs) {
		const total = totals.get(entry.category) ?? { signals: 0, count: 0 };
		total.signals += entry.signals;
		total.count += entry.count;
		totals.set(entry.category, total);
	}
	return totals;
}

/**
 * Compares two snapshots of one analysis: offers by id (added, gone, status changed), reported
 * need per category, gap scores per area × category, decisions and priorities.
 *
 * @param minIndexChange smallest move of the index, in index points, that counts as a change
 */
export function diffSnapshots(
	before: SnapshotContent,
	after: SnapshotContent,
	minIndexChange = 1
): SnapshotDiff {
	const offersBefore = new Map(before.offers.map((o) => [o.id, o]));
	const offersAfter = new Map(after.offers.map((o) => [o.id, o]));
	const offersStatusChanged: SnapshotDiff['offersStatusChanged'] = [];
	for (const offer of after.offers) {
		const old = offersBefore.get(offer.id);
		if (old && old.status !== offer.status) offersStatusChanged.push({ offer, from: old.status });
	}

	const needsBefore = needTotals(before);
	const needsAfter = needTotals(after);
	const needs: NeedChange[] = [];
	for (const category of [...new Set([...needsBefore.keys(), ...needsAfter.keys()])].sort()) {
		const b = needsBefore.get(category) ?? { signals: 0, count: 0 };
		const a = needsAfter.get(category) ?? { signals: 0, count: 0 };
		if (b.signals !== a.signals || b.count !== a.count) {
			needs.push({
				category,
				signalsBefore: b.signals,
				signalsAfter: a.signals,
				countBefore: b.count,
				countAfter: a.count
			});
		}
	}

	const key = (g: { areaCode: string; category: string }) => `${g.areaCode}:${g.category}`;
	const gapsBefore = new Map(before.gaps.map((g) => [key(g), g]));
	const gapsAfter = new Map(after.gaps.map((g) => [key(g), g]));
	const gaps: GapChange[] = [];
	for (const k of new Set([...gapsBefore.keys(), ...gapsAfter.keys()])) {
		const b = gapsBefore.get(k);
		const a = gapsAfter.get(k);
		const moved = b && a ? Math.abs(a.index - b.index) >= minIndexChange : true;
		if (!moved && b?.band === a?.band) continue;
		const { areaCode, category } = (a ?? b)!;
		gaps.push({
			areaCode,
			category,
			indexBefore: b?.index ?? null,
			indexAfter: a?.index ?? null,
			bandBefore: b?.band ?? null,
			bandAfter: a?.band ?? null
		});
	}
	const move = (g: GapChange) => Math.abs((g.indexAfter ?? 100) - (g.indexBefore ?? 100));
	gaps.sort((x, y) => move(y) - move(x) || key(x).localeCompare(key(y)));

	const decisions: DecisionChange[] = [];
	const steps = [...new Set([...Object.keys(before.decisions), ...Object.keys(after.decisions)])];
	for (const stepId of steps.sort()) {
		const b = before.decisions[stepId] ?? {};
		const a = after.decisions[stepId] ?? {};
		for (const decisionId of [...new Set([...Object.keys(b), ...Object.keys(a)])].sort()) {
			if (!same(b[decisionId], a[decisionId])) {
				decisions.push({
					stepId,
					decisionId,
					before: b[decisionId] ?? null,
					after: a[decisionId] ?? null
				});
			}
		}
	}

	const prioritiesBefore = new Set(before.priorities.map(key));
	const prioritiesAfter = new Set(after.priorities.map(key));
	return {
		offersAdded: after.offers.filter((o) => !offersBefore.has(o.id)),
		offersRemoved: before.offers.filter((o) => !offersAfter.has(o.id)),
		offersStatusChanged,
		needs,
		gaps,
		decisions,
		prioritiesAdded: after.priorities
			.filter((p) => !prioritiesBefore.has(key(p)))
			.map(({ areaCode, category }) => ({ areaCode, category })),
		prioritiesRemoved: before.priorities
			.filter((p) => !prioritiesAfter.has(key(p)))
			.map(({ areaCode, category }) => ({ areaCode, category }))
	};
}

/** True when nothing changed between the two snapshots. */
export function isUnchanged(diff: SnapshotDiff): boolean {
	return (
		diff.offersAdded.length +
			diff.offersRemoved.length +
			diff.offersStatusChanged.length +
			diff.needs.length +
			diff.gaps.length +
			diff.decisions.length +
			diff.prioritiesAdded.length +
			diff.prioritiesRemoved.length ===
		0
	);
}
