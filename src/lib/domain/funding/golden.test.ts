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
import { proposalSchema, type Proposal } from '../records';
import type { ScoringOffer } from '../scoring/input';
import { scoringParams } from '../scoring/params';
import { scoreGaps } from '../scoring/score';
import { placeRecords } from '../targeting/place-records';
import { rankRequests, type RankedRequest } from './ranking';
import { checkRequest, priorityInput } from './request-checks';

// Golden fixture on the real CBS 2024 wijken of Utrecht (shared/data): a new buurt-app in
// Overvecht, where two platforms already run, against a taalcafé where no help exists. After a
// deliberate change, regenerate with `UPDATE_GOLDEN=1 npx vitest run funding/golden`.

interface GoldenCase {
	areasFile: string;
	gemeente: string;
	referenceDate: string;
	offers: (ScoringOffer & { name: string })[];
	requests: Partial<Proposal>[];
}

const methodology = readMethodology();
const params = scoringParams(methodology);
const folder = join(import.meta.dirname, 'fixtures');
const round = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

const rounded = (r: RankedRequest) => ({
	rank: r.rank,
	total: round(r.total),
	parts: Object.fromEntries(Object.entries(r.parts).map(([k, v]) => [k, round(v)]))
});

describe.skipIf(!sharedDataFolder)(
	`checking subsidy requests in Utrecht (${sharedDataMissing})`,
	() => {
		it('finds the gaps, the existing platforms, the fit and the ranking as in fixtures/out', () => {
			const golden = JSON.parse(
				readFileSync(join(folder, 'in/utrecht-requests.json'), 'utf8')
			) as GoldenCase;
			const read = readBoundaries(
				JSON.parse(readFileSync(sharedDataFile(golden.areasFile), 'utf8')),
				{
					indicators: methodology.indicators
				}
			);
			const areas = read.areas.filter((a) => a.code.startsWith(`WK${golden.gemeente.slice(2)}`));
			const scores = scoreGaps(
				{ areas, offers: golden.offers, needs: [], referenceDate: golden.referenceDate },
				params
			);
			const context = {
				scores,
				params,
				offers: golden.offers,
				placement: placeRecords(golden.offers, areas),
				catalogue: methodology.means.means,
				questionIds: methodology.means.successQuestions.map((q) => q.id)
			};
			const requests = golden.requests.map((r) =>
				proposalSchema.parse({
					rev: 1,
					updatedAt: '2025-06-01T10:00:00.000Z',
					analysisId: '00000000-0000-4000-8000-00000000ffff',
					budget: 10000,
					periodStart: null,
					periodEnd: null,
					decision: 'open',
					decisionReason: '',
					...r
				})
			);
			const checks = requests.map((r) => checkRequest(r, context));
			const ranked = rankRequests(requests.map((r, i) => priorityInput(r, checks[i])));
			const result = requests.map((r, i) => ({
				title: r.title,
				addressed: checks[i].gaps.cells.map((c) => ({ ...c, index: round(c.index) })),
				excess: round(checks[i].gaps.excess),
				existing: checks[i].existing.offers.map((o) => o.name),
				platforms: checks[i].existing.platforms.length,
				fit: checks[i].fit.verdict,
				lighter: checks[i].fit.lighter.map((m) => m.id),
				ranked: rounded(ranked.find((x) => x.id === r.id)!)
			}));
			const text = `${JSON.stringify(result, null, '\t')}\n`;
			const out = join(folder, 'out/utrecht-requests.json');
			if (process.env.UPDATE_GOLDEN) writeFileSync(out, text);
			expect(existsSync(out), 'run once with UPDATE_GOLDEN=1 to write the fixture').toBe(true);
			// Compared as data, so reformatting the fixture (Prettier) does not matter.
			expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(out, 'utf8')));
			// The story the fixture tells: the app duplicates two platforms and ranks below the taalcafé.
			expect(result[0].platforms).toBe(2);
			expect(result[1].existing).toEqual([]);
			expect(result[1].ranked!.rank).toBe(1);
		});
	}
);
