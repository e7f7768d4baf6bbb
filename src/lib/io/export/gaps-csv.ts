import { shareCount } from '../../domain/privacy/small-counts';
import type { ScoringParams } from '../../domain/scoring/params';
import type { GapScores } from '../../domain/scoring/result';
import { writeCsv, type CsvCell } from '../csv/write-csv';
import { scoreColumns, scoreRows } from '../scores/scores-table';

// Gap scores as CSV for sharing (with the gemeente, a welfare organisation): the same columns as
// the command line's scores table, with the counts of need signals and of the people or
// households they name suppressed below the analysis' threshold, so nobody is recognisable from
// a small number in a small buurt. A suppressed count is written as `<5` (the threshold), never
// as a number. Rates and indexes are derived from many values and stay.

/** The columns whose values are counts of people, households or signals. */
const countColumns = [
	'needs',
	'signals'
] as const satisfies readonly (typeof scoreColumns)[number][];

/** The cell for a count: the number, or `<threshold` when it is too small to share. */
export function sharedCountCell(count: number, threshold: number): CsvCell {
	const shared = shareCount(count, threshold);
	return shared.kind === 'shown' ? shared.value : `<${shared.below}`;
}

/**
 * The gap scores as CSV text, one row per area × category, counts suppressed below `threshold`.
 *
 * @param names area names by area code
 * @param threshold the smallest count shown (from the analysis, default 5)
 */
export function gapsCsv(
	scores: GapScores,
	params: ScoringParams,
	names: ReadonlyMap<string, string>,
	threshold: number
): string {
	const at = countColumns.map((c) => scoreColumns.indexOf(c));
	const rows = scoreRows(scores, params, names).map((row) => {
		const copy = [...row];
		for (const i of at) {
			const value = copy[i];
			if (typeof value === 'number') copy[i] = sharedCountCell(value, threshold);
		}
		return copy;
	});
	return writeCsv(scoreColumns, rows);
}
