import { describe, expect, it } from 'vitest';
import { readMethodology } from '../../../test-support/methodology';
import { scoringParams, shortageBands } from './params';

describe('shortageBands', () => {
	it('are the bands that begin above 100: groot tekort and tekort in the methodology', () => {
		const params = scoringParams(readMethodology());
		const ids = [...shortageBands(params)].map((b) => params.bands[b].id);
		expect(ids).toEqual(['groot-tekort', 'tekort']);
	});

	it('follow a model whose bands are drawn elsewhere', () => {
		const bands = [
			{ id: 'a', minIndex: 150 },
			{ id: 'b', minIndex: 100 },
			{ id: 'c', minIndex: -1e6 }
		];
		expect([...shortageBands({ bands })]).toEqual([0]);
	});
});
