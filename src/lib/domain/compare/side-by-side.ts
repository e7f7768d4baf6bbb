import type { Area } from '../records';
import type { GapScores } from '../scoring/result';

/**
 * Index points between the highest and lowest of the chosen areas from which a category's
 * difference is called out: the width of one band in `methodology/scoring.json` (110–130).
 */
export const categoryCalloutPoints = 20;

/**
 * Standard deviations of the whole comparison set between the highest and lowest of the chosen
 * areas from which an indicator's difference is called out.
 */
export const indicatorCalloutSd = 1;

/** One chosen area's numbers in one category. */
export interface ProfileCell {
	/** Relative index (100 = average of the set); null = no score. */
	index: number | null;
	/** Band index into the scoring bands; null = no score. */
	band: number | null;
	/** Demand Z, in standard deviations of the set; null = no score. */
	demand: number | null;
	/** Supply per 1,000 inhabitants, per month. */
	supplyPer1000: number;
	/** Summed counts of need signals, in people or households (suppress before sharing). */
	needs: number;
}

/** One chosen area: its indicator values and its numbers per category. */
export interface AreaProfile {
	areaCode: string;
	/** Indicator values by indicator id; null = suppressed or unknown. */
	indicators: Record<string, number | null>;
	/** One cell per category of the scores, in their order. */
	cells: ProfileCell[];
}

/** Where one value differs most between the chosen areas. */
export interface Difference {
	/** A category id, or an indicator id. */
	id: string;
	highest: { areaCode: string; value: number };
	lowest: { areaCode: string; value: number };
	/** Highest minus lowest: index points for a category, standard deviations for an indicator. */
	spread: number;
}

/** The chosen areas side by side, with the differences worth calling out. */
export interface SideBySide {
	profiles: AreaProfile[];
	/** Categories whose index differs by at least `categoryCalloutPoints`, largest spread first. */
	categoryDifferences: Difference[];
	/** Indicators that differ by at least `indicatorCalloutSd`, largest spread first. */
	indicatorDifferences: Difference[];
}

const orNull = (value: number) => (Number.isNaN(value) ? null : value);

/**
 * Puts 2–4 areas side by side (small multiples of their profile) and calls out where they differ:
 * categories by index points, indicators in standard deviations of the whole comparison set, so a
 * difference in income and one in distance to the GP are measured alike.
 *
 * @param codes the chosen area codes, in the order to show them (2–4, all in the scores)
 * @param areas every area of the comparison set, for the indicators' spread
 * @param indicatorIds the indicators to profile, e.g. those used in scoring
 * @throws RangeError when fewer than 2 or more than 4 areas are chosen, or one is not scored
 */
export function sideBySide(
	scores: GapScores,
	areas: readonly Pick<Area, 'code' | 'indicators'>[],
	codes: readonly string[],
	indicatorIds: readonly string[]
): SideBySide {
	if (codes.length < 2 || codes.length > 4) {
		throw new RangeError(`Compare 2 to 4 areas side by side, not ${codes.length}.`);
	}
	const byCode = new Map(areas.map((area) => [area.code, area]));
	const width = scores.categoryIds.length;
	const profiles = codes.map((code): AreaProfile => {
		const a = scores.areaCodes.indexOf(code);
		const area = byCode.get(code);
		if (a < 0 || !area) throw new RangeError(`Area ${code} is not in the comparison set.`);
		const cells = scores.categoryIds.map((_, c): ProfileCell => {
			const cell = a * width + c;
			const index = orNull(scores.index[cell]);
			return {
				index,
				band: index === null ? null : scores.band[cell],
				demand: index === null ? null : orNull(scores.demand[cell]),
				supplyPer1000: scores.supplyPer1000[cell],
				needs: scores.needs[cell]
			};
		});
		const indicators = Object.fromEntries(
			indicatorIds.map((id) => [id, area.indicators[id] ?? null])
		);
		return { areaCode: code, indicators, cells };
	});

	const categoryDifferences = scores.categoryIds
		.map((id, c) =>
			spreadOf(
				id,
				profiles.map((p) => [p.areaCode, p.cells[c].index])
			)
		)
		.filter((d): d is Difference => d !== null && d.spread >= categoryCalloutPoints);

	const indicatorDifferences = indicatorIds
		.map((id) => {
			const sd = standardDeviation(areas.map((area) => area.indicators[id] ?? null));
			if (!sd) return null;
			const found = spreadOf(
				id,
				profiles.map((p) => [p.areaCode, p.indicators[id]])
			);
			return found && { ...found, spread: found.spread / sd };
		})
		.filter((d): d is Difference => d !== null && d.spread >= indicatorCalloutSd);

	const bySpread = (x: Difference, y: Difference) => y.spread - x.spread || (x.id < y.id ? -1 : 1);
	return {
		profiles,
		categoryDifferences: categoryDifferences.sort(bySpread),
		indicatorDifferences: indicatorDifferences.sort(bySpread)
	};
}

/** Highest and lowest of the known values; null when fewer than two are known. */
function spreadOf(id: string, values: [string, number | null][]): Difference | null {
	const known = values.filter((v): v is [string, number] => v[1] !== null);
	if (known.length < 2) return null;
	let high = known[0];
	let low = known[0];
	for (const value of known) {
		if (value[1] > high[1]) high = value;
		if (value[1] < low[1]) low = value;
	}
	return {
		id,
		highest: { areaCode: high[0], value: high[1] },
		lowest: { areaCode: low[0], value: low[1] },
		spread: high[1] - low[1]
	};
}

/** Population standard deviation of the known values; null when fewer than 3 are known. */
function standardDeviation(values: (number | null)[]): number | null {
	const known = values.filter((v): v is number => v !== null);
	if (known.length < 3) return null;
	const mean = known.reduce((s, v) => s + v, 0) / known.length;
	return Math.sqrt(known.reduce((s, v) => s + (v - mean) ** 2, 0) / known.length);
}
