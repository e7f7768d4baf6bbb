import { gapCell } from '../../domain/scoring/cell';
import type { ScoringParams } from '../../domain/scoring/params';
import type { GapScores } from '../../domain/scoring/result';
import type { CsvCell } from '../csv/write-csv';

/** Column names of a scores table, in order. */
export const scoreColumns = [
	'area_code',
	'area_name',
	'category',
	'index',
	'band',
	'confidence',
	'confidence_reasons',
	'demand',
	'cbs_demand',
	'observed_demand',
	'needs',
	'signals',
	'needs_per_1000',
	'supply',
	'supply_per_1000',
	'coverage',
	'offers',
	'contributions'
] as const;

/** Rounds to 4 decimals, enough for every figure the scores carry; NaN stays NaN. */
export function round4(value: number): number {
	return Math.round(value * 1e4) / 1e4;
}

/**
 * One row per area × category (areas in code order, categories in methodology order), with the
 * columns of `scoreColumns`. Contributions are written as `name=points` pairs separated by `;`.
 *
 * @param names area names by area code, if known
 */
export function scoreRows(
	scores: GapScores,
	params: ScoringParams,
	names: ReadonlyMap<string, string> = new Map()
): CsvCell[][] {
	const rows: CsvCell[][] = [];
	const cells = scores.categoryIds.length;
	for (let a = 0; a < scores.areaCodes.length; a++) {
		for (let c = 0; c < cells; c++) {
			const cell = gapCell(scores, a, c);
			const at = a * cells + c;
			rows.push([
				cell.areaCode,
				names.get(cell.areaCode) ?? null,
				cell.category,
				cell.index === null ? null : round4(cell.index),
				cell.band === null ? null : params.bands[cell.band].id,
				cell.confidence,
				cell.reasons.join(';'),
				round4(scores.demand[at]),
				round4(scores.cbsDemand[at]),
				round4(scores.observedDemand[at]),
				round4(cell.needs),
				cell.signals,
				round4(scores.needsPer1000[at]),
				round4(cell.supply),
				round4(scores.supplyPer1000[at]),
				cell.coverage === null ? null : round4(cell.coverage),
				cell.offers,
				cell.contributions
					.map((part) => `${part.name}=${part.points === null ? '' : round4(part.points)}`)
					.join(';')
			]);
		}
	}
	return rows;
}
