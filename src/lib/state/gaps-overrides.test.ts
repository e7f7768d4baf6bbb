import { describe, expect, it } from 'vitest';
import { readMethodology } from '../../test-support/methodology';
import {
	defaultWeight,
	pruneOverrides,
	withObservedShare,
	withoutCategory,
	withoutObservedShare,
	withWeight
} from './gaps-overrides';

const methodology = readMethodology();
const standardShare = methodology.scoring.demand.observedShare;

describe('weight overrides', () => {
	it('reads the methodology default of an indicator in a category', () => {
		expect(defaultWeight(methodology, 'vervoer', 'afstand-huisarts-km')).toBe(2);
		expect(defaultWeight(methodology, 'vervoer', 'taal-onbekend')).toBeUndefined();
	});

	it('stores a changed share of observed needs, clamped to 0–1', () => {
		expect(withObservedShare({}, 1, methodology)).toEqual({ observedShare: 1 });
		expect(withObservedShare({}, 1.4, methodology)).toEqual({ observedShare: 1 });
		expect(withObservedShare({}, -0.1, methodology)).toEqual({ observedShare: 0 });
	});

	it('stores nothing for a value equal to the default', () => {
		expect(withObservedShare({ observedShare: 0.2 }, standardShare, methodology)).toEqual({});
		expect(withWeight({}, 'vervoer', 'afstand-huisarts-km', 2, methodology)).toEqual({});
	});

	it('stores a weight of 0, which switches an indicator off', () => {
		expect(withWeight({}, 'vervoer', 'afstand-huisarts-km', 0, methodology)).toEqual({
			weights: { vervoer: { 'afstand-huisarts-km': 0 } }
		});
	});

	it('never stores a negative weight', () => {
		expect(withWeight({}, 'vervoer', 'afstand-huisarts-km', -3, methodology)).toEqual({
			weights: { vervoer: { 'afstand-huisarts-km': 0 } }
		});
	});

	it('resets one category and keeps the others and the share', () => {
		let overrides = withWeight({}, 'vervoer', 'afstand-huisarts-km', 0, methodology);
		overrides = withWeight(overrides, 'taal', 'geboren-buiten-europa-pct', 1, methodology);
		overrides = withObservedShare(overrides, 0.8, methodology);
		expect(withoutCategory(overrides, 'vervoer', methodology)).toEqual({
			observedShare: 0.8,
			weights: { taal: { 'geboren-buiten-europa-pct': 1 } }
		});
		expect(withoutObservedShare(overrides, methodology)).not.toHaveProperty('observedShare');
	});

	it('drops weights of indicators the methodology does not use in that category', () => {
		expect(
			pruneOverrides({ weights: { vervoer: { 'geboren-buiten-europa-pct': 3 } } }, methodology)
		).toEqual({});
	});
});
