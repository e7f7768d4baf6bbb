import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMethodology } from '../../../test-support/methodology';
import {
	sharedDataFile,
	sharedDataFolder,
	sharedDataMissing
} from '../../../test-support/shared-data';
import { readBoundaries } from '../../io/cbs/boundaries';
import { scoringParams } from '../scoring/params';
import { scoreGaps } from '../scoring/score';
import { rankByGap } from './rank-by-gap';
import { sideBySide } from './side-by-side';

// Golden fixture on the real CBS 2024 wijken of Utrecht (shared/data): the overall ranking and
// Overvecht, Binnenstad and Leidsche Rijn side by side. After a deliberate change to the model,
// regenerate with `UPDATE_GOLDEN=1 npx vitest run compare/golden` and review the diff.

const methodology = readMethodology();
const params = scoringParams(methodology);
const out = join(import.meta.dirname, 'fixtures/out/utrecht-wijken.json');
const round = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

describe.skipIf(!sharedDataFolder)(`comparing the Utrecht wijken (${sharedDataMissing})`, () => {
	it('ranks the ten wijken and calls out the differences as in fixtures/out', () => {
		const file = 'cbs-2024/zeist-utrecht/wijken_2024_GM0344_GM0355.geojson';
		const read = readBoundaries(JSON.parse(readFileSync(sharedDataFile(file), 'utf8')), {
			indicators: methodology.indicators
		});
		const areas = read.areas.filter((area) => area.code.startsWith('WK0344'));
		expect(areas).toHaveLength(10);
		const scores = scoreGaps({ areas, offers: [], needs: [], referenceDate: '2025-06-01' }, params);
		const names = new Map(areas.map((area) => [area.code, area.name]));
		const ranking = rankByGap(
			scores,
			scores.categoryIds.map((_, c) => c)
		).map((row) => ({
			rank: row.rank,
			name: names.get(row.areaCode),
			overall: round(row.overall)
		}));
		const chosen = ['WK034403', 'WK034406', 'WK034409'];
		const indicatorIds = methodology.indicators.map((i) => i.id);
		const compared = sideBySide(scores, areas, chosen, indicatorIds);
		const difference = (d: (typeof compared.categoryDifferences)[number]) => ({
			id: d.id,
			highest: names.get(d.highest.areaCode),
			lowest: names.get(d.lowest.areaCode),
			spread: round(d.spread)
		});
		const result = {
			ranking,
			categoryDifferences: compared.categoryDifferences.map(difference),
			indicatorDifferences: compared.indicatorDifferences.map(difference)
		};
		const text = `${JSON.stringify(result, null, '\t')}\n`;
		if (process.env.UPDATE_GOLDEN) writeFileSync(out, text);
		expect(existsSync(out), 'run once with UPDATE_GOLDEN=1 to write the fixture').toBe(true);
		// Compared as data, so reformatting the fixture (Prettier) does not matter.
		expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(out, 'utf8')));
		// Overvecht has the largest overall gap of Utrecht's wijken on CBS figures alone.
		expect(ranking[0].name).toBe('Wijk 03 Overvecht');
	});
});
