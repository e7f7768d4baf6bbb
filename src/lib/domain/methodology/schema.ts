import { z } from 'zod';
import { localizedSchema } from '../localized';

// The shape of every file in `methodology/`. These schemas are the single source of truth:
// `npm run methodology:schema` writes them out as JSON Schema for editors, and a unit test
// fails when the written files fall behind.

/** A stable identifier: lower-case words joined by hyphens (`digitale-hulp`). */
export const idSchema = z
	.string()
	.regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens');

/** A semantic version (`1.2.0`). */
export const versionSchema = z.string().regex(/^\d+\.\d+\.\d+$/, 'a version looks like 1.0.0');

/** The kinds of evidence a step can show in its evidence panel. */
export const evidenceKinds = [
	'map',
	'cbs-figures',
	'offers',
	'needs',
	'gaps',
	'votes',
	'priorities',
	'actions',
	'proposals',
	'snapshots'
] as const;

/** How a decision is recorded. */
export const decisionKinds = [
	'text',
	'choice',
	'multi-choice',
	'yes-no',
	'date',
	'number'
] as const;

const optionSchema = z.strictObject({ id: idSchema, label: localizedSchema });

const decisionSchema = z.strictObject({
	id: idSchema,
	label: localizedSchema,
	kind: z.enum(decisionKinds),
	help: localizedSchema.optional(),
	options: z.array(optionSchema).optional()
});

const checklistItemSchema = z.strictObject({ id: idSchema, label: localizedSchema });

/** One step of the stappenplan. */
export const stepSchema = z.strictObject({
	id: idSchema,
	number: z.int().min(1),
	title: localizedSchema,
	purpose: localizedSchema,
	guidingQuestions: z.array(localizedSchema).min(1),
	checklist: z.array(checklistItemSchema).min(1),
	evidence: z.array(z.enum(evidenceKinds)),
	decisions: z.array(decisionSchema).min(1),
	tips: z.array(localizedSchema).optional()
});

/** `methodology/steps.json`: the stappenplan in order. */
export const stepsFileSchema = z.strictObject({
	$schema: z.string().optional(),
	steps: z.array(stepSchema).min(1)
});

const termSchema = z.strictObject({
	id: idSchema,
	label: localizedSchema,
	description: localizedSchema
});

const categorySchema = termSchema.extend({
	/** A colour for maps and charts, as `#rrggbb`; readable against white. */
	color: z.string().regex(/^#[0-9a-f]{6}$/, 'colours are written as #rrggbb in lower case'),
	/** Heavy care questions belong with the professional wijkteam, not with neighbours. */
	escalation: localizedSchema.optional()
});

const offerKindSchema = termSchema.extend({
	/** How far such an offer usually reaches when its own reach is unknown, in metres. */
	defaultReachMeters: z.number().positive()
});

/** `methodology/taxonomy.json`: help categories, target groups, offer kinds, need sources and parties. */
export const taxonomyFileSchema = z.strictObject({
	$schema: z.string().optional(),
	categories: z.array(categorySchema).min(1),
	targetGroups: z.array(termSchema).min(1),
	offerKinds: z.array(offerKindSchema).min(1),
	needSources: z.array(termSchema).min(1),
	parties: z.array(termSchema).min(1)
});

/** The kinds of means the catalogue holds, from lightest to heaviest. */
export const meansTypes = [
	'strengthen-existing',
	'offline-activity',
	'existing-platform',
	'community-platform',
	'marketplace',
	'care-coordination'
] as const;

const meansSchema = z.strictObject({
	id: idSchema,
	type: z.enum(meansTypes),
	name: localizedSchema,
	description: localizedSchema,
	/** Category ids this means suits; empty means "any category". */
	categories: z.array(idSchema),
	/** Target group ids this means suits; empty means "any target group". */
	targetGroups: z.array(idSchema),
	needsToSucceed: z.array(localizedSchema).min(1),
	pitfalls: z.array(localizedSchema).min(1),
	/** Whether this means is a new digital tool, which the success questions must justify. */
	isNewDigitalTool: z.boolean()
});

/** `methodology/means.json`: the catalogue of means a gap can be matched with. */
export const meansFileSchema = z.strictObject({
	$schema: z.string().optional(),
	successQuestions: z.array(z.strictObject({ id: idSchema, question: localizedSchema })).min(1),
	means: z.array(meansSchema).min(1)
});

/** Units an indicator can have. */
export const indicatorUnits = [
	'count',
	'percent',
	'km',
	'per-1000',
	'per-km2',
	'eur-1000',
	'class'
] as const;

const indicatorSchema = z.strictObject({
	id: idSchema,
	label: localizedSchema,
	unit: z.enum(indicatorUnits),
	/**
	 * CBS column names this indicator is read from, normalised: lower case, no `_`, no StatLine
	 * numeric suffix (`AantalInwoners_5` and `aantal_inwoners` both become `aantalinwoners`).
	 */
	cbsNames: z
		.array(z.string().regex(/^[a-z0-9]+$/, 'normalised names are a-z and 0-9 only'))
		.min(1),
	description: localizedSchema
});

/** `methodology/indicators.json`: the CBS figures Nabuur reads, with their names in CBS files. */
export const indicatorsFileSchema = z.strictObject({
	$schema: z.string().optional(),
	indicators: z.array(indicatorSchema).min(1)
});

const indicatorWeightSchema = z.strictObject({
	indicator: idSchema,
	/** Relative weight within the category; weights of a category need not sum to 1. */
	weight: z.number().positive(),
	/** +1 when a higher value means more need, -1 when it means less. */
	direction: z.union([z.literal(1), z.literal(-1)])
});

const bandSchema = z.strictObject({
	id: idSchema,
	label: localizedSchema,
	/** The band holds relative index values at or above this bound (100 = average). */
	minIndex: z.number()
});

/** `methodology/scoring.json`: the gap-scoring model's configuration and its explanation. */
export const scoringFileSchema = z.strictObject({
	$schema: z.string().optional(),
	explanation: z.array(z.strictObject({ title: localizedSchema, text: localizedSchema })).min(1),
	demand: z.strictObject({
		/** Share of demand from observed needs; the rest comes from CBS indicators (0–1). */
		observedShare: z.number().min(0).max(1),
		categories: z.array(
			z.strictObject({ category: idSchema, indicators: z.array(indicatorWeightSchema).min(1) })
		)
	}),
	supply: z.strictObject({
		/** Distance at which an offer's weight has halved, beyond its own area, in metres. */
		distanceHalfLifeMeters: z.number().positive(),
		/** Months after the last verification before an offer starts to count for less. */
		verificationGraceMonths: z.number().min(0),
		/** Months over which an unverified offer's weight halves after the grace period. */
		verificationHalfLifeMonths: z.number().positive(),
		/** Capacity assumed for an offer whose capacity is unknown, in people per month. */
		defaultCapacity: z.number().positive()
	}),
	confidence: z.strictObject({
		/** Fewer observed need signals than this in an area × category lowers confidence. */
		minSignals: z.int().min(0),
		/** Need signals and offer checks older than this many months lower confidence. */
		staleAfterMonths: z.number().positive()
	}),
	/** Bands from the highest bound down; the last band's bound is the floor. */
	bands: z.array(bandSchema).min(2)
});

/** `methodology/methodology.json`: what this methodology is, its version, and what changed. */
export const manifestSchema = z.strictObject({
	$schema: z.string().optional(),
	id: idSchema,
	version: versionSchema,
	title: localizedSchema,
	summary: localizedSchema,
	source: localizedSchema,
	changes: z
		.array(z.strictObject({ version: versionSchema, date: z.iso.date(), text: localizedSchema }))
		.min(1)
});

/** Every methodology file by its name in `methodology/`, with the schema that validates it. */
export const methodologyFiles = {
	'methodology.json': manifestSchema,
	'steps.json': stepsFileSchema,
	'taxonomy.json': taxonomyFileSchema,
	'means.json': meansFileSchema,
	'indicators.json': indicatorsFileSchema,
	'scoring.json': scoringFileSchema
} as const;

/** The name of a methodology file. */
export type MethodologyFileName = keyof typeof methodologyFiles;

export type Step = z.infer<typeof stepSchema>;
export type Taxonomy = z.infer<typeof taxonomyFileSchema>;
export type MeansCatalogue = z.infer<typeof meansFileSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type ScoringModel = z.infer<typeof scoringFileSchema>;
export type Manifest = z.infer<typeof manifestSchema>;
