import { describe, expect, it } from 'vitest';
import { readMethodology } from '../../../test-support/methodology';
import { demoVocabulary, generateDemoWijk } from '../demo/demo-wijk';
import { createRandom } from '../demo/random';
import type { AreaGeometry, LonLat } from '../records';
import { gapCell } from './cell';
import type { ScoringArea, ScoringInput, ScoringNeed, ScoringOffer } from './input';
import { scoringParams } from './params';
import { rankChanges } from './rank';
import { confidenceReason, type GapScores } from './result';
import { scoreGaps } from './score';

const methodology = readMethodology();
const params = scoringParams(methodology);
const referenceDate = '2026-11-23';
const categories = params.categories.map((c) => c.id);

function counter(prefix: string) {
	let n = 0;
	return () => `${prefix}-${String(++n).padStart(6, '0')}`;
}

/** The fictional demo wijk as scoring input. */
function demoInput(): ScoringInput {
	const wijk = generateDemoWijk({
		vocabulary: demoVocabulary(methodology),
		newId: counter('00000000-0000-4000-8000'),
		now: `${referenceDate}T10:00:00.000Z`
	});
	return { areas: wijk.areas, offers: wijk.offers, needs: wijk.needs, referenceDate };
}

/** A random point inside the bounding box of the demo areas. */
function randomPoint(input: ScoringInput, random: () => number): LonLat {
	const points = input.areas.flatMap((area) => ringsOf(area.geometry).flat());
	const lons = points.map((p) => p[0]);
	const lats = points.map((p) => p[1]);
	const [w, e, s, n] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
	return [w + (e - w) * random(), s + (n - s) * random()];
}

function ringsOf(geometry: AreaGeometry): LonLat[][] {
	return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
	const random = createRandom(seed);
	const copy = [...items];
	for (let i = copy.length - 1; i > 0; i--) {
		const j = Math.floor(random.next() * (i + 1));
		[copy[i], copy[j]] = [copy[j], copy[i]];
	}
	return copy;
}

const arrays = (scores: GapScores) => ({
	index: [...scores.index],
	contributions: [...scores.contributions],
	supply: [...scores.supply],
	confidence: [...scores.confidence],
	reasons: [...scores.reasons]
});

describe('scoreGaps on the demo wijk', () => {
	const input = demoInput();
	const scores = scoreGaps(input, params);

	it('scores every buurt in every category', () => {
		expect(scores.areaCodes).toHaveLength(6);
		expect(scores.categoryIds).toEqual(categories);
		expect([...scores.index].every((value) => value > 0 && value < 180)).toBe(true);
	});

	it('has contributions that add up to the index minus 100', () => {
		for (let a = 0; a < scores.areaCodes.length; a++) {
			for (let c = 0; c < categories.length; c++) {
				const cell = gapCell(scores, a, c);
				const sum = cell.contributions.reduce((total, part) => total + (part.points ?? 0), 0);
				expect(sum).toBeCloseTo((cell.index ?? Number.NaN) - 100, 9);
			}
		}
	});

	it('gives the same output for the same input, in any order', () => {
		expect(arrays(scoreGaps(input, params))).toEqual(arrays(scores));
		const reordered: ScoringInput = {
			...input,
			areas: shuffled(input.areas, 1),
			offers: shuffled(input.offers, 2),
			needs: shuffled(input.needs, 3)
		};
		expect(arrays(scoreGaps(reordered, params))).toEqual(arrays(scores));
	});

	it('never raises a gap when an offer is added', () => {
		const random = createRandom(11);
		const newId = counter('ffffffff-0000-4000-8000');
		for (let trial = 0; trial < 40; trial++) {
			const offer: ScoringOffer = {
				id: newId(),
				kind: methodology.taxonomy.offerKinds[trial % methodology.taxonomy.offerKinds.length].id,
				categories: [
					categories[trial % categories.length],
					categories[(trial * 3) % categories.length]
				],
				location: trial % 5 === 0 ? null : randomPoint(input, () => random.next()),
				areaCode: scores.areaCodes[trial % scores.areaCodes.length],
				reachMeters: trial % 2 ? 400 + trial * 50 : null,
				capacity: trial % 3 ? trial : null,
				status: 'actief',
				lastVerified: trial % 4 ? '2026-01-01' : null
			};
			const after = scoreGaps({ ...input, offers: [...input.offers, offer] }, params);
			for (let cell = 0; cell < scores.index.length; cell++) {
				expect(after.index[cell]).toBeLessThanOrEqual(scores.index[cell] + 1e-9);
				expect(after.supply[cell]).toBeGreaterThanOrEqual(scores.supply[cell] - 1e-9);
			}
		}
	});

	it("never lowers an area's gap when a need is added there", () => {
		const random = createRandom(12);
		const newId = counter('eeeeeeee-0000-4000-8000');
		for (let trial = 0; trial < 40; trial++) {
			const a = trial % scores.areaCodes.length;
			const c = (trial * 7) % categories.length;
			const need: ScoringNeed = {
				id: newId(),
				category: categories[c],
				areaCode: scores.areaCodes[a],
				location: null,
				count: 1 + Math.floor(random.next() * 20),
				date: '2026-10-01'
			};
			const after = scoreGaps({ ...input, needs: [...input.needs, need] }, params);
			const cell = a * categories.length + c;
			expect(after.index[cell]).toBeGreaterThanOrEqual(scores.index[cell] - 1e-9);
		}
	});

	it('shares an offer that reaches several buurten without counting it twice', () => {
		const offer: ScoringOffer = {
			id: 'zzzz-shared',
			kind: methodology.taxonomy.offerKinds[0].id,
			categories: [categories[0]],
			location: randomPoint(input, () => 0.5),
			areaCode: null,
			reachMeters: 50_000,
			capacity: 60,
			status: 'actief',
			lastVerified: '2026-10-01'
		};
		const after = scoreGaps({ ...input, offers: [...input.offers, offer] }, params);
		let added = 0;
		let reached = 0;
		for (let a = 0; a < scores.areaCodes.length; a++) {
			const cell = a * categories.length;
			added += after.supply[cell] - scores.supply[cell];
			if (after.offers[cell] > scores.offers[cell]) reached++;
		}
		expect(reached).toBe(6);
		expect(added).toBeCloseTo(60, 9);
	});

	it('moves buurten in rank when the weight of observed needs doubles', () => {
		const heavier = scoreGaps(input, { ...params, observedShare: 1 });
		const moves = categories.flatMap((_, c) => rankChanges(scores, heavier, c));
		expect(moves.length).toBeGreaterThan(0);
		for (const move of moves) expect(move.movedUp).toBe(move.before - move.after);
	});
});

describe('scoreGaps on hand-made areas', () => {
	/** A square of about 1 × 1 km with its south-west corner `col` and `row` squares from Utrecht. */
	function square(col: number, row: number): AreaGeometry {
		const [w, s] = [5.1 + col * 0.0147, 52.09 + row * 0.009];
		const [e, n] = [w + 0.0147, s + 0.009];
		return {
			type: 'Polygon',
			coordinates: [
				[
					[w, s],
					[e, s],
					[e, n],
					[w, n],
					[w, s]
				]
			]
		};
	}
	const figures = (pct65: number | null, inwoners: number | null = 1000) => ({
		inwoners,
		'inwoners-65-plus-pct': pct65,
		// Spread over the set, so these indicators are usable too.
		'eenpersoonshuishoudens-pct': 20 + (pct65 ?? 25),
		'afstand-supermarkt-km': 2 - (pct65 ?? 25) / 40,
		'wmo-clienten-per-1000': 40 + (pct65 ?? 25)
	});
	const areas: ScoringArea[] = [
		{ code: 'BU00000001', geometry: square(0, 0), indicators: figures(10), year: 2026 },
		{ code: 'BU00000002', geometry: square(1, 0), indicators: figures(20), year: 2026 },
		{ code: 'BU00000003', geometry: square(2, 0), indicators: figures(30), year: 2026 },
		{ code: 'BU00000004', geometry: square(3, 0), indicators: figures(null), year: 2026 },
		{ code: 'BU00000005', geometry: square(4, 0), indicators: figures(40, null), year: 2026 }
	];
	const need = (id: string, areaCode: string | null, location: LonLat | null): ScoringNeed => ({
		id,
		category: 'boodschappen',
		areaCode,
		location,
		count: 2,
		date: '2026-09-01'
	});

	it('reads a suppressed figure as missing, never as zero', () => {
		const scores = scoreGaps({ areas, offers: [], needs: [], referenceDate }, params);
		const withZero = scoreGaps(
			{
				areas: areas.map((area, a) => (a === 3 ? { ...area, indicators: figures(0) } : area)),
				offers: [],
				needs: [],
				referenceDate
			},
			params
		);
		const c = categories.indexOf('boodschappen');
		const suppressed = gapCell(scores, 3, c);
		expect(
			suppressed.contributions.find((p) => p.name === 'inwoners-65-plus-pct')?.points
		).toBeNull();
		expect(scores.index[3 * categories.length + c]).not.toBe(
			withZero.index[3 * categories.length + c]
		);
		expect(gapCell(scores, 0, c).contributions[1]).toEqual({
			name: 'inwoners-65-plus-pct',
			points: expect.any(Number)
		});
	});

	it('leaves out an area with unknown inhabitants and gives it no score', () => {
		const scores = scoreGaps({ areas, offers: [], needs: [], referenceDate }, params);
		expect(scores.excluded.get(4)).toBe('no-inhabitants');
		expect(gapCell(scores, 4, 0).index).toBeNull();
	});

	it('places a need by its point, and reports one outside every area', () => {
		const scores = scoreGaps(
			{
				areas,
				offers: [],
				needs: [
					need('n1', 'BU00000003', [5.1 + 0.005, 52.09 + 0.004]),
					need('n2', null, [6.5, 53.2]),
					need('n3', 'BU00000002', null),
					need('n4', 'BU99999999', null)
				],
				referenceDate
			},
			params
		);
		const c = categories.indexOf('boodschappen');
		expect(scores.needs[0 * categories.length + c]).toBe(2);
		expect(scores.needs[1 * categories.length + c]).toBe(2);
		expect(scores.needs[2 * categories.length + c]).toBe(0);
		expect(scores.unplaced.needs).toEqual(['n2', 'n4']);
	});

	it('counts only active offers, within reach, halving every 750 metres beyond the area', () => {
		const offer = (id: string, status: ScoringOffer['status'], location: LonLat): ScoringOffer => ({
			id,
			kind: methodology.taxonomy.offerKinds[0].id,
			categories: ['boodschappen'],
			location,
			areaCode: null,
			reachMeters: 1100,
			capacity: 30,
			status,
			lastVerified: '2026-06-01'
		});
		// In the middle of the first square: 0 m from it, ~500 m from the second, ~1.5 km from the third.
		const middle: LonLat = [5.1 + 0.00735, 52.09 + 0.0045];
		const scores = scoreGaps(
			{
				areas,
				offers: [offer('o1', 'actief', middle), offer('o2', 'gestopt', middle)],
				needs: [],
				referenceDate
			},
			params
		);
		const c = categories.indexOf('boodschappen');
		const first = scores.supply[c];
		const second = scores.supply[categories.length + c];
		expect(scores.supply[2 * categories.length + c]).toBe(0);
		expect(first + second).toBeCloseTo(30, 9);
		// Equal inhabitants, so the shares follow the distance factor 0.5^(~502 m / 750 m).
		expect(second / first).toBeCloseTo(
			0.5 ** ((0.00735 * 111_320 * Math.cos((52.0945 * Math.PI) / 180)) / 750),
			1
		);
		expect(scores.offers[c]).toBe(1);
	});

	it('refuses a comparison set with one area code twice, whatever the year', () => {
		const twice = [...areas, { ...areas[0], year: 2025 }];
		expect(() => scoreGaps({ areas: twice, offers: [], needs: [], referenceDate }, params)).toThrow(
			/BU00000001/
		);
	});

	it("lets an offer with a wijk code serve every buurt of that wijk, and falls back to an offer's code when its point reaches nothing", () => {
		const base: ScoringOffer = {
			id: 'o1',
			kind: 'constructor',
			categories: ['boodschappen'],
			location: null,
			areaCode: 'WK000000',
			reachMeters: null,
			capacity: 40,
			status: 'actief',
			lastVerified: '2026-06-01'
		};
		const far: ScoringOffer = {
			...base,
			id: 'o2',
			location: [7.5, 53.4],
			areaCode: 'BU00000002',
			capacity: 10
		};
		const scores = scoreGaps({ areas, offers: [base, far], needs: [], referenceDate }, params);
		const c = categories.indexOf('boodschappen');
		const supply = [0, 1, 2, 3, 4].map((a) => scores.supply[a * categories.length + c]);
		// Four buurten with equal inhabitants share 40; the one without inhabitants takes nothing.
		expect(supply[0]).toBeCloseTo(10, 9);
		expect(supply[1]).toBeCloseTo(20, 9);
		expect(supply[4]).toBe(0);
		expect(scores.unplaced.offers).toEqual([]);
	});

	it('lowers confidence for few signals and for stale figures, each by one level', () => {
		const old = areas.map((area) => ({ ...area, year: 2022 }));
		const scores = scoreGaps({ areas: old, offers: [], needs: [], referenceDate }, params);
		const cell = gapCell(scores, 0, 0);
		expect(cell.reasons).toEqual(['fewSignals', 'staleFigures']);
		expect(cell.confidence).toBe('laag');
		expect(scores.reasons[0] & confidenceReason.missingFigures).toBe(0);
	});
});
