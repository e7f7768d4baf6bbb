import { demoVocabulary, generateDemoWijk, type DemoWijk } from '../lib/domain/demo/demo-wijk';
import { scoringParams, type ParamsOverrides } from '../lib/domain/scoring/params';
import type { GapScores } from '../lib/domain/scoring/result';
import { scoreGaps } from '../lib/domain/scoring/score';
import { readMethodology } from './methodology';

/** The date the demo wijk is generated and scored on in tests. */
export const demoDate = '2026-11-23';

/** The methodology on disk, read once. */
export const testMethodology = readMethodology();

/** The fictional demo wijk with counter ids, so every run gives the same records. */
export function demoWijk(): DemoWijk {
	let n = 0;
	return generateDemoWijk({
		vocabulary: demoVocabulary(testMethodology),
		newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
		now: `${demoDate}T10:00:00.000Z`
	});
}

/** The demo wijk scored with the methodology's weights, or with a team's overrides. */
export function demoScores(overrides: ParamsOverrides = {}): GapScores {
	const wijk = demoWijk();
	return scoreGaps(
		{ areas: wijk.areas, offers: wijk.offers, needs: wijk.needs, referenceDate: demoDate },
		scoringParams(testMethodology, overrides)
	);
}
