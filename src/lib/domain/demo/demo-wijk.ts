import type { Methodology } from '../methodology/load';
import type { Analysis, Area, LonLat, Need, Offer } from '../records';
import { buurtProfiles, needNotes, offerNames, organisations } from './content';
import { jitteredGrid, pointInQuad, type Quad } from './grid';
import { demoIndicators } from './indicators';
import { createRandom, type Random } from './random';

/** The ids from `methodology/` the demo draws its records from. */
export interface DemoVocabulary {
	methodologyId: string;
	methodologyVersion: string;
	categories: readonly string[];
	targetGroups: readonly string[];
	offerKinds: readonly string[];
	needSources: readonly string[];
}

/** The ids the demo generator draws from, taken from a methodology. */
export function demoVocabulary(m: Methodology): DemoVocabulary {
	return {
		methodologyId: m.manifest.id,
		methodologyVersion: m.manifest.version,
		categories: m.taxonomy.categories.map((c) => c.id),
		targetGroups: m.taxonomy.targetGroups.map((t) => t.id),
		offerKinds: m.taxonomy.offerKinds.map((k) => k.id),
		needSources: m.taxonomy.needSources.map((s) => s.id)
	};
}

/** What the demo generator needs from outside: ids, the clock, and the vocabulary. */
export interface DemoOptions {
	vocabulary: DemoVocabulary;
	/** Makes a fresh record id; storage passes random UUIDs, tests pass a counter. */
	newId: () => string;
	/** "Now" as an ISO timestamp; dates in the demo are relative to it. */
	now: string;
	/** Seed of the generator; the same seed and `now` give the same wijk. */
	seed?: number;
}

/** A complete demo analysis with its buurten, offers and needs. */
export interface DemoWijk {
	analysis: Analysis;
	areas: Area[];
	offers: Offer[];
	needs: Need[];
}

/** Number of offers and need signals in the demo wijk. */
export const demoSize = { offers: 40, needs: 60 } as const;

/** The fictional gemeente code; GM9999 is not used by CBS, so it never clashes with real data. */
export const demoGemeenteCode = 'GM9999';

// Categories that weigh more in each buurt's need signals, by buurt index, to give the demo gaps.
const buurtFocus: string[][] = [
	['gezelschap', 'boodschappen', 'ontmoeting'],
	['ontmoeting', 'mantelzorgondersteuning', 'klussen'],
	['administratie-en-geld', 'taal', 'digitale-hulp'],
	['mantelzorgondersteuning', 'vervoer'],
	['gezelschap', 'digitale-hulp', 'maaltijden'],
	['vervoer', 'boodschappen', 'gezelschap']
];

/**
 * Generates "Voorbeeldwijk", a fictional wijk of six buurten with CBS-like figures, 40 offers and
 * 60 need signals. Deterministic: the same options give the same wijk (up to the ids `newId`
 * hands out), so every newcomer sees the same example.
 */
export function generateDemoWijk(options: DemoOptions): DemoWijk {
	const { vocabulary: vocab, newId, now } = options;
	const random = createRandom(options.seed ?? 20161001);
	const meta = () => ({ id: newId(), rev: 1, updatedAt: now });
	const analysis: Analysis = {
		...meta(),
		name: 'Voorbeeldwijk',
		description:
			'Fictieve wijk om Nabuur te verkennen: de buurten, cijfers, aanbod en vragen zijn verzonnen. ' +
			'/ A fictional wijk to explore Nabuur: its buurten, figures, offers and needs are made up.',
		isDemo: true,
		methodologyId: vocab.methodologyId,
		methodologyVersion: vocab.methodologyVersion,
		createdAt: now
	};

	// About 700 m × 700 m per buurt, in a 3 × 2 layout.
	const quads = jitteredGrid(random, [5.296, 52.205], [0.0102, 0.0063], 3, 2, 0.2);
	const areas: Area[] = buurtProfiles.map((profile, i) => ({
		...meta(),
		analysisId: analysis.id,
		code: `BU${demoGemeenteCode.slice(2)}01${String(i).padStart(2, '0')}`,
		name: profile.name,
		level: 'buurt',
		year: Number(now.slice(0, 4)),
		geometry: { type: 'Polygon', coordinates: [[...quads[i]!, quads[i]![0]]] },
		indicators: demoIndicators(profile, quadAreaKm2(quads[i]!), random),
		source: 'Voorbeeldgegevens (fictief)'
	}));

	const offers = Array.from({ length: demoSize.offers }, (_, i) =>
		demoOffer(i, { random, vocab, areas, quads, now, analysisId: analysis.id, meta })
	);
	const needs = Array.from({ length: demoSize.needs }, () =>
		demoNeed({ random, vocab, areas, quads, now, analysisId: analysis.id, meta })
	);
	return { analysis, areas, offers, needs };
}

interface Context {
	random: Random;
	vocab: DemoVocabulary;
	areas: Area[];
	quads: Quad[];
	now: string;
	analysisId: string;
	meta: () => { id: string; rev: number; updatedAt: string };
}

function demoOffer(i: number, ctx: Context): Offer {
	const { random, vocab } = ctx;
	const buurt = random.int(0, ctx.areas.length - 1);
	const buurtName = ctx.areas[buurt]!.name;
	const category = vocab.categories[i % vocab.categories.length]!;
	const extra = random.next() < 0.25 ? random.pick(vocab.categories) : category;
	const kind = random.pick(vocab.offerKinds);
	const onlineOnly = kind === 'digitaal-platform' || random.next() < 0.08;
	const roll = random.next();
	const status =
		roll < 0.8 ? 'actief' : roll < 0.88 ? 'gepland' : roll < 0.95 ? 'gepauzeerd' : 'gestopt';
	const template = random.pick(offerNames[category] ?? [`Burenhulp ${category}`]);
	return {
		...ctx.meta(),
		analysisId: ctx.analysisId,
		name: template.replace('{buurt}', buurtName),
		organisation: random.pick(organisations).replace('{buurt}', buurtName),
		kind,
		categories: [...new Set([category, extra])],
		targetGroups: random.sample(vocab.targetGroups, random.int(1, 2)),
		location: onlineOnly ? null : randomPointIn(ctx.quads[buurt]!, random),
		areaCode: ctx.areas[buurt]!.code,
		reachMeters: random.next() < 0.2 ? random.pick([500, 1000, 2000]) : null,
		capacity: random.next() < 0.15 ? null : random.int(1, 12) * 5,
		status,
		lastVerified: random.next() < 0.1 ? null : monthsBefore(ctx.now, random.int(0, 30)),
		description: '',
		source: 'Voorbeeldgegevens (fictief)'
	};
}

function demoNeed(ctx: Context): Need {
	const { random, vocab } = ctx;
	const buurt = random.int(0, ctx.areas.length - 1);
	const focus = (buurtFocus[buurt] ?? []).filter((c) => vocab.categories.includes(c));
	const category =
		focus.length > 0 && random.next() < 0.55 ? random.pick(focus) : random.pick(vocab.categories);
	return {
		...ctx.meta(),
		analysisId: ctx.analysisId,
		category,
		targetGroup: random.pick(vocab.targetGroups),
		areaCode: ctx.areas[buurt]!.code,
		location: random.next() < 0.5 ? randomPointIn(ctx.quads[buurt]!, random) : null,
		count: random.int(2, 35),
		countUnit: random.next() < 0.8 ? 'personen' : 'huishoudens',
		source: random.pick(vocab.needSources),
		date: monthsBefore(ctx.now, random.int(0, 18)),
		confidence: random.pick(['laag', 'middel', 'hoog'] as const),
		note: random.pick(needNotes[category] ?? [''])
	};
}

function randomPointIn(quad: Quad, random: Random): LonLat {
	return pointInQuad(quad, random.between(0.1, 0.9), random.between(0.1, 0.9));
}

/** The date `months` months before an ISO timestamp, as YYYY-MM-DD (day clamped to 28). */
export function monthsBefore(iso: string, months: number): string {
	const date = new Date(iso);
	const total = date.getUTCFullYear() * 12 + date.getUTCMonth() - months;
	const year = Math.floor(total / 12);
	const month = (total % 12) + 1;
	const day = Math.min(date.getUTCDate(), 28);
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Area of a quad in km², on a local flat projection (good to well under 1 % at buurt size). */
export function quadAreaKm2(quad: Quad): number {
	const latRad = (quad[0][1] * Math.PI) / 180;
	const kmX = 111.32 * Math.cos(latRad);
	const kmY = 110.57;
	let twice = 0;
	for (let i = 0; i < quad.length; i++) {
		const [x1, y1] = quad[i]!;
		const [x2, y2] = quad[(i + 1) % quad.length]!;
		twice += x1 * kmX * (y2 * kmY) - x2 * kmX * (y1 * kmY);
	}
	return Math.abs(twice) / 2;
}
