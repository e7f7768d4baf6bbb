import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMethodology } from '../../../test-support/methodology';
import {
	sharedDataFile,
	sharedDataFolder,
	sharedDataMissing
} from '../../../test-support/shared-data';
import { readBoundaries } from '../../io/cbs/boundaries';
import { writeCsv } from '../../io/csv/write-csv';
import { scoreColumns, scoreRows } from '../../io/scores/scores-table';
import type { ScoringNeed, ScoringOffer } from './input';
import { scoringParams } from './params';
import { scoreGaps } from './score';

// Golden fixtures: `fixtures/in/<case>.json` names real CBS areas from shared/data and holds
// offers and needs; `fixtures/out/<case>.csv` is the scores table they must give. After a
// deliberate change to the model, regenerate with `UPDATE_GOLDEN=1 npx vitest run scoring/golden`
// and review the diff.

interface GoldenCase {
	areasFile: string;
	gemeente: string;
	referenceDate: string;
	offers: ScoringOffer[];
	needs: ScoringNeed[];
}

const folder = join(import.meta.dirname, 'fixtures');
const cases = readdirSync(join(folder, 'in')).filter((file) => file.endsWith('.json'));
const methodology = readMethodology();
const params = scoringParams(methodology);

describe.skipIf(!sharedDataFolder)(`golden scores (${sharedDataMissing})`, () => {
	it.each(cases)('%s gives the scores in fixtures/out', (file) => {
		const golden = JSON.parse(readFileSync(join(folder, 'in', file), 'utf8')) as GoldenCase;
		const boundaries = readBoundaries(
			JSON.parse(readFileSync(sharedDataFile(golden.areasFile), 'utf8')),
			{ indicators: methodology.indicators }
		);
		const areas = boundaries.areas.filter((area) =>
			area.code.startsWith(`BU${golden.gemeente.slice(2)}`)
		);
		expect(areas.length).toBeGreaterThan(0);
		const scores = scoreGaps({ ...golden, areas }, params);
		const names = new Map(areas.map((area) => [area.code, area.name]));
		const text = `${writeCsv(scoreColumns, scoreRows(scores, params, names))}\n`;
		const out = join(folder, 'out', file.replace(/\.json$/, '.csv'));
		if (process.env.UPDATE_GOLDEN || !existsSync(out)) writeFileSync(out, text);
		expect(text).toBe(readFileSync(out, 'utf8'));
	});
});
