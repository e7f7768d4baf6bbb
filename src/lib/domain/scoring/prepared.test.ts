import { describe, expect, it } from 'vitest';
import { readMethodology } from '../../../test-support/methodology';
import { demoVocabulary, generateDemoWijk } from '../demo/demo-wijk';
import type { ScoringInput } from './input';
import { scoringParams, type ScoringParams } from './params';
import type { GapScores } from './result';
import { prepareScoring, scoreGaps, scorePrepared } from './score';

const methodology = readMethodology();
const params = scoringParams(methodology);
const referenceDate = '2026-11-23';

function demoInput(): ScoringInput {
	let n = 0;
	const wijk = generateDemoWijk({
		vocabulary: demoVocabulary(methodology),
		newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
		now: `${referenceDate}T10:00:00.000Z`
	});
	return { areas: wijk.areas, offers: wijk.offers, needs: wijk.needs, referenceDate };
}

/** Every typed array and list of a result, as plain values (NaN kept), for exact comparison. */
function plain(scores: GapScores): Record<string, unknown> {
	return Object.fromEntries(
		Object.entries(scores).map(([key, value]) => [
			key,
			ArrayBuffer.isView(value) ? [...(value as Float64Array)] : value
		])
	);
}

/** The methodology's weights with every weight of the first category doubled, and more observed share. */
function reweighted(): ScoringParams {
	const [first, ...rest] = params.categories;
	return {
		...params,
		observedShare: 0.7,
		categories: [
			{ ...first, indicators: first.indicators.map((w) => ({ ...w, weight: w.weight * 2 })) },
			...rest
		]
	};
}

describe('prepareScoring and scorePrepared', () => {
	const input = demoInput();

	it('give exactly what scoreGaps gives, for the first weights and for new ones', () => {
		const prepared = prepareScoring(input, params);
		expect(plain(scorePrepared(prepared, params))).toEqual(plain(scoreGaps(input, params)));
		const other = reweighted();
		const again = scorePrepared(prepared, other);
		expect(plain(again)).toEqual(plain(scoreGaps(input, other)));
		expect([...again.index]).not.toEqual([...scoreGaps(input, params).index]);
	});

	it('share no array with the preparation, so a result can leave a worker', () => {
		const prepared = prepareScoring(input, params);
		const first = scorePrepared(prepared, params);
		first.supply.fill(-1);
		first.needs.fill(-1);
		first.population.fill(-1);
		expect(plain(scorePrepared(prepared, params))).toEqual(plain(scoreGaps(input, params)));
	});

	it('refuse parameters that change more than weights and the observed share', () => {
		const prepared = prepareScoring(input, params);
		expect(() => scorePrepared(prepared, { ...params, distanceHalfLifeMeters: 500 })).toThrow(
			RangeError
		);
		expect(() =>
			scorePrepared(prepared, { ...params, categories: params.categories.slice(1) })
		).toThrow(RangeError);
	});
});
