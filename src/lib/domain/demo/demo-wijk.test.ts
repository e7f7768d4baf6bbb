import { describe, expect, it } from 'vitest';
import { readMethodology } from '../../../test-support/methodology';
import { analysisSchema, areaSchema, needSchema, offerSchema, type LonLat } from '../records';
import { demoVocabulary, generateDemoWijk, monthsBefore, quadAreaKm2 } from './demo-wijk';

const methodology = readMethodology();
const vocabulary = demoVocabulary(methodology);
const now = '2026-11-23T10:00:00.000Z';

/** Ids 00000000-0000-4000-8000-000000000001, …: valid UUIDs, predictable in tests. */
function counter() {
	let n = 0;
	return () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
}

function inRing(point: LonLat, ring: LonLat[]): boolean {
	let inside = false;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const [xi, yi] = ring[i]!;
		const [xj, yj] = ring[j]!;
		if (
			yi > point[1] !== yj > point[1] &&
			point[0] < ((xj - xi) * (point[1] - yi)) / (yj - yi) + xi
		) {
			inside = !inside;
		}
	}
	return inside;
}

describe('generateDemoWijk', () => {
	const wijk = generateDemoWijk({ vocabulary, newId: counter(), now });

	it('is the same wijk every time for the same date', () => {
		expect(generateDemoWijk({ vocabulary, newId: counter(), now })).toEqual(wijk);
	});

	it('differs for another seed', () => {
		const other = generateDemoWijk({ vocabulary, newId: counter(), now, seed: 7 });
		expect(other.offers.map((o) => o.name)).not.toEqual(wijk.offers.map((o) => o.name));
	});

	it('has six buurten, 40 offers and 60 needs, all valid records', () => {
		expect(wijk.areas).toHaveLength(6);
		expect(wijk.offers).toHaveLength(40);
		expect(wijk.needs).toHaveLength(60);
		analysisSchema.parse(wijk.analysis);
		wijk.areas.forEach((a) => areaSchema.parse(a));
		wijk.offers.forEach((o) => offerSchema.parse(o));
		wijk.needs.forEach((n) => needSchema.parse(n));
	});

	it('is labelled as fictional and uses a gemeente code CBS does not use', () => {
		expect(wijk.analysis.isDemo).toBe(true);
		expect(wijk.analysis.description).toMatch(/Fictieve wijk/);
		expect(wijk.areas.every((a) => a.code.startsWith('BU9999'))).toBe(true);
		expect(wijk.analysis.methodologyVersion).toBe(methodology.manifest.version);
	});

	it('gives every buurt a value or an explicit "suppressed" for every indicator of the methodology', () => {
		for (const area of wijk.areas) {
			for (const indicator of methodology.indicators) {
				expect(area.indicators, `${area.name} ${indicator.id}`).toHaveProperty([indicator.id]);
			}
		}
		// One small buurt has its income figures suppressed, as CBS does, and they stay missing.
		const suppressed = wijk.areas.filter(
			(a) => a.indicators['gemiddeld-inkomen-per-inwoner'] === null
		);
		expect(suppressed.map((a) => a.name)).toEqual(['Oude Haven']);
	});

	it('tiles the wijk: the buurten together cover its rectangle exactly', () => {
		const total = wijk.areas.reduce((sum, a) => {
			const ring = a.geometry.type === 'Polygon' ? a.geometry.coordinates[0]! : [];
			return sum + quadAreaKm2(ring.slice(0, 4) as Parameters<typeof quadAreaKm2>[0]);
		}, 0);
		const rectangle = quadAreaKm2([
			[5.296, 52.205],
			[5.296 + 3 * 0.0102, 52.205],
			[5.296 + 3 * 0.0102, 52.205 + 2 * 0.0063],
			[5.296, 52.205 + 2 * 0.0063]
		]);
		expect(total).toBeCloseTo(rectangle, 3);
	});

	it('puts every located offer and need inside the buurt it names', () => {
		const byCode = new Map(wijk.areas.map((a) => [a.code, a]));
		for (const record of [...wijk.offers, ...wijk.needs]) {
			if (!record.location) continue;
			const area = byCode.get(record.areaCode!)!;
			const ring = area.geometry.type === 'Polygon' ? area.geometry.coordinates[0]! : [];
			expect(inRing(record.location, ring), `${record.id} in ${area.name}`).toBe(true);
		}
	});

	it('spreads offers and needs over every category and buurt, with some not on the map', () => {
		expect(new Set(wijk.offers.flatMap((o) => o.categories))).toEqual(
			new Set(vocabulary.categories)
		);
		expect(new Set(wijk.needs.map((n) => n.areaCode)).size).toBe(6);
		expect(new Set(wijk.needs.map((n) => n.targetGroup)).size).toBeGreaterThanOrEqual(5);
		expect(wijk.offers.some((o) => o.location === null)).toBe(true);
		expect(wijk.needs.some((n) => n.location === null)).toBe(true);
		expect(new Set(wijk.offers.map((o) => o.status)).size).toBeGreaterThan(1);
	});

	it('never puts a personal name in a need', () => {
		for (const need of wijk.needs) expect(need.note).not.toMatch(/\b(meneer|mevrouw|dhr\.|mw\.)/i);
	});
});

describe('monthsBefore', () => {
	it('counts back across a year boundary', () => {
		expect(monthsBefore('2026-02-15T00:00:00Z', 3)).toBe('2025-11-15');
	});

	it('clamps the day so every month has it', () => {
		expect(monthsBefore('2026-03-31T00:00:00Z', 1)).toBe('2026-02-28');
	});
});
