import type { Language } from '$lib/domain/localized';
import { localize } from '$lib/domain/localized';
import type { Step } from '$lib/domain/methodology/schema';
import type { Area, StepRecord } from '$lib/domain/records';
import type { GapScores } from '$lib/domain/scoring/result';

// Plain functions that turn stored records and scores into what the report lists.

/** One recorded decision of a step, labelled from methodology/steps.json. */
export interface DecisionRow {
	stepNumber: number;
	stepTitle: string;
	label: string;
	value: string;
}

/** Texts for values that are not words of the methodology. */
export interface ValueTexts {
	yes: string;
	no: string;
}

/**
 * The decisions the team recorded, step by step in methodology order, each labelled with the
 * methodology's label and, for choices, the option labels. A decision the methodology does not
 * know (from another version) is shown by its id; empty values are left out.
 */
export function decisionRows(
	records: readonly StepRecord[],
	steps: readonly Step[],
	language: Language,
	texts: ValueTexts
): DecisionRow[] {
	const rows: DecisionRow[] = [];
	const byStep = new Map(records.map((r) => [r.stepId, r]));
	for (const step of steps) {
		const record = byStep.get(step.id);
		if (!record) continue;
		const known = new Map(step.decisions.map((d) => [d.id, d]));
		const ids = [
			...step.decisions.map((d) => d.id),
			...Object.keys(record.decisions).filter((id) => !known.has(id))
		];
		for (const id of ids) {
			const value = record.decisions[id];
			if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
				continue;
			const decision = known.get(id);
			const option = (v: string) => {
				const found = decision?.options?.find((o) => o.id === v);
				return found ? localize(found.label, language) : v;
			};
			const text =
				typeof value === 'boolean'
					? value
						? texts.yes
						: texts.no
					: Array.isArray(value)
						? value.map(option).join(', ')
						: typeof value === 'string'
							? option(value)
							: String(value);
			rows.push({
				stepNumber: step.number,
				stepTitle: localize(step.title, language),
				label: decision ? localize(decision.label, language) : id,
				value: text
			});
		}
	}
	return rows;
}

/** A cell of the scores by area row and category column, with its index. */
export interface RankedGap {
	a: number;
	c: number;
	index: number;
}

/** The `count` cells with the highest index (largest gaps), highest first; cells without a score are skipped. */
export function topGaps(scores: GapScores, count: number): RankedGap[] {
	const cells = scores.categoryIds.length;
	const all: RankedGap[] = [];
	scores.index.forEach((index, at) => {
		if (Number.isFinite(index)) all.push({ a: Math.floor(at / cells), c: at % cells, index });
	});
	return all.sort((x, y) => y.index - x.index || x.a - y.a || x.c - y.c).slice(0, count);
}

/** Where the areas and their figures came from: each distinct source with its boundary years. */
export function areaSources(areas: readonly Area[]): { source: string; years: number[] }[] {
	const bySource = new Map<string, Set<number>>();
	for (const area of areas) {
		const years = bySource.get(area.source) ?? new Set<number>();
		years.add(area.year);
		bySource.set(area.source, years);
	}
	return [...bySource.entries()]
		.map(([source, years]) => ({ source, years: [...years].sort() }))
		.sort((a, b) => a.source.localeCompare(b.source));
}
