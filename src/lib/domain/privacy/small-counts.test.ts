import { describe, expect, it } from 'vitest';
import { defaultSmallCountThreshold, shareCount } from './small-counts';

describe('shareCount', () => {
	it('suppresses counts from one up to below the threshold', () => {
		expect(shareCount(1)).toEqual({ kind: 'suppressed', below: 5 });
		expect(shareCount(4)).toEqual({ kind: 'suppressed', below: 5 });
	});

	it('shows zero and counts at or above the threshold', () => {
		expect(shareCount(0)).toEqual({ kind: 'shown', value: 0 });
		expect(shareCount(defaultSmallCountThreshold)).toEqual({ kind: 'shown', value: 5 });
		expect(shareCount(120)).toEqual({ kind: 'shown', value: 120 });
	});

	it('follows a threshold the team configured', () => {
		expect(shareCount(9, 10)).toEqual({ kind: 'suppressed', below: 10 });
		expect(shareCount(4, 1)).toEqual({ kind: 'shown', value: 4 });
	});
});
