import type { Methodology } from '../../src/lib/domain/methodology/load';
import type { ScoringParams } from '../../src/lib/domain/scoring/params';
import type { GapScores } from '../../src/lib/domain/scoring/result';
import { scoreColumns, scoreRows } from '../../src/lib/io/scores/scores-table';

/** The scores as one JSON document: how they were made, then one object per area × category. */
export function scoresJson(
	scores: GapScores,
	params: ScoringParams,
	methodology: Methodology,
	referenceDate: string,
	names: ReadonlyMap<string, string>
) {
	return {
		methodology: { id: methodology.manifest.id, version: methodology.manifest.version },
		referenceDate,
		params,
		excludedAreas: [...scores.excluded].map(([a, reason]) => ({
			code: scores.areaCodes[a],
			reason
		})),
		unusableIndicators: scores.unusableIndicators,
		unplaced: scores.unplaced,
		cells: scoreRows(scores, params, names).map((row) =>
			Object.fromEntries(scoreColumns.map((column, i) => [column, row[i]]))
		)
	};
}
