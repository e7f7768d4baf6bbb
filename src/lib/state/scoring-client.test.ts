import { describe, expect, it } from 'vitest';
import { readMethodology } from '../../test-support/methodology';
import { demoVocabulary, generateDemoWijk } from '$lib/domain/demo/demo-wijk';
import { scoringParams } from '$lib/domain/scoring/params';
import { scoreGaps } from '$lib/domain/scoring/score';
import { ScoringClient } from './scoring-client.svelte';

const methodology = readMethodology();
const params = scoringParams(methodology);

describe('ScoringClient without a worker', () => {
	let n = 0;
	const wijk = generateDemoWijk({
		vocabulary: demoVocabulary(methodology),
		newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
		now: '2026-11-23T10:00:00.000Z'
	});
	const input = {
		areas: wijk.areas,
		offers: wijk.offers,
		needs: wijk.needs,
		referenceDate: '2026-11-23'
	};

	it('re-weights the same data, and scores new data anew', async () => {
		const client = new ScoringClient();
		await client.score(input, params);
		const heavier = { ...params, observedShare: 1 };
		const again = await client.score({ ...input }, heavier);
		expect([...again.index]).toEqual([...scoreGaps(input, heavier).index]);

		const fewer = { ...input, offers: input.offers.slice(1) };
		const changed = await client.score(fewer, heavier);
		expect([...changed.supply]).toEqual([...scoreGaps(fewer, heavier).supply]);
		expect([...changed.supply]).not.toEqual([...again.supply]);
		client.dispose();
	});
});
