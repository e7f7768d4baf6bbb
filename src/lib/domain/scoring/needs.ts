import type { AreaIndex } from '../geo/area-index';
import type { ScoringNeed } from './input';
import { cachedDayNumber } from './months';
import { byId } from './order';
import { Scratch } from '../scratch';

/** The temporaries of `sumNeeds`, kept from run to run (see `Scratch`). */
const scratch = new Scratch();

/** Need signals summed per area × category (methodology/README.md, section 3). */
export interface NeedTotals {
	/** Summed counts N per cell. */
	needs: Float64Array;
	/** Number of signals (records) per cell. */
	signals: Uint32Array;
	/** Day number of the newest signal per cell; NaN when there is none. */
	newest: Float64Array;
	/** Ids of needs that lie in no area of the set. */
	unplaced: string[];
}

/**
 * Sums need signals per area × category. A signal with a point belongs to the area containing it
 * (outside every area: unplaced, not scored); without a point, to the area its code names.
 * Signals of a category the model does not know are ignored.
 *
 * @param areaByCode area index by area code
 * @param categoryByIndex category index by category id
 */
export function sumNeeds(
	needs: readonly ScoringNeed[],
	index: AreaIndex,
	areaByCode: ReadonlyMap<string, number>,
	categoryByIndex: ReadonlyMap<string, number>
): NeedTotals {
	const categories = categoryByIndex.size;
	const cells = index.count * categories;
	const totals: NeedTotals = {
		needs: new Float64Array(cells),
		signals: new Uint32Array(cells),
		newest: new Float64Array(cells).fill(Number.NaN),
		unplaced: []
	};
	const sorted = byId(needs);
	// The categories first, and the points of the needs that count, placed all at once.
	const category = scratch.int32('category', sorted.length).fill(-1);
	let withPoint = 0;
	for (let i = 0; i < sorted.length; i++) {
		const known = categoryByIndex.get(sorted[i].category);
		if (known === undefined) continue;
		category[i] = known;
		if (sorted[i].location) withPoint++;
	}
	const lonLat = scratch.float64('lonLat', withPoint * 2);
	for (let i = 0, k = 0; i < sorted.length; i++) {
		const location = sorted[i].location;
		if (category[i] === -1 || !location) continue;
		lonLat[k++] = location[0];
		lonLat[k++] = location[1];
	}
	const placed = index.locateAll(lonLat);

	// Per cell, side by side so that a need touches one place in memory: the summed count, the
	// number of signals and the newest day (−∞ for none yet).
	const byCell = scratch.float64('byCell', cells * 3);
	for (let cell = 0; cell < cells; cell++) byCell[cell * 3 + 2] = -Infinity;
	const dayOf = cachedDayNumber();
	for (let i = 0, k = 0; i < sorted.length; i++) {
		if (category[i] === -1) continue;
		const need = sorted[i];
		const area = need.location ? placed[k++] : (areaByCode.get(need.areaCode ?? '') ?? -1);
		if (area < 0) {
			totals.unplaced.push(need.id);
			continue;
		}
		const at = (area * categories + category[i]) * 3;
		byCell[at] += need.count;
		byCell[at + 1]++;
		// A date that is not a date (NaN) is never the newest.
		const day = dayOf(need.date);
		if (day > byCell[at + 2]) byCell[at + 2] = day;
	}
	for (let cell = 0; cell < cells; cell++) {
		totals.needs[cell] = byCell[cell * 3];
		totals.signals[cell] = byCell[cell * 3 + 1];
		if (byCell[cell * 3 + 2] > -Infinity) totals.newest[cell] = byCell[cell * 3 + 2];
	}
	return totals;
}
