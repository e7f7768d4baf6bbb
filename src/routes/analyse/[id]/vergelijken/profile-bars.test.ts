import { describe, expect, it } from 'vitest';
import { profileBars } from './profile-bars';

describe('profileBars', () => {
	it('draws a gap to the right of the average and ample supply to the left, on one scale', () => {
		const layout = profileBars(['a', 'b', 'c'], [140, 70, null], 140);
		expect(layout.average).toBe(60);
		expect(layout.bars[0]).toMatchObject({ x: 60, width: 40, above: true });
		expect(layout.bars[1]).toMatchObject({ x: 30, width: 30, above: false });
		expect(layout.bars[2]).toMatchObject({ width: 0, index: null });
		expect(layout.height).toBe(66);
	});

	it('keeps an index beyond the range inside the chart', () => {
		const layout = profileBars(['a'], [400], 140);
		expect(layout.bars[0].x + layout.bars[0].width).toBe(140);
	});
});
