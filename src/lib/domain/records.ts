import { z } from 'zod';
import { idSchema, versionSchema } from './methodology/schema';

// The records Nabuur stores. Every record carries `rev` (raised on every change) and `updatedAt`
// so that copies of an analysis made on two devices can later be compared and merged. These
// schemas validate records where they enter: from files and when read back from IndexedDB.

/** Fields every stored record has. */
export const recordMetaSchema = z.object({
	/** A random UUID, unique across devices. */
	id: z.uuid(),
	/** Revision, starting at 1 and raised by every change. */
	rev: z.int().min(1),
	/** When the record last changed, as an ISO 8601 timestamp in UTC. */
	updatedAt: z.iso.datetime()
});

/** A point as `[longitude, latitude]` in WGS84 degrees. */
export const lonLatSchema = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

const ringSchema = z.array(lonLatSchema).min(4);

/** A GeoJSON Polygon or MultiPolygon in WGS84. */
export const areaGeometrySchema = z.discriminatedUnion('type', [
	z.object({ type: z.literal('Polygon'), coordinates: z.array(ringSchema).min(1) }),
	z.object({
		type: z.literal('MultiPolygon'),
		coordinates: z.array(z.array(ringSchema).min(1)).min(1)
	})
]);

/**
 * Weights a team changed for its own analysis (methodology/README.md, "Sensitivity"); the shape of
 * `ParamsOverrides` in `scoring/params.ts`. Absent values fall back to `methodology/scoring.json`.
 */
export const scoringOverridesSchema = z.strictObject({
	/** Share of demand from observed needs (0–1). */
	observedShare: z.number().min(0).max(1).optional(),
	/** Indicator weights by category id, then indicator id; 0 switches an indicator off. */
	weights: z.record(idSchema, z.record(idSchema, z.number().min(0).max(100))).optional()
});

/** An analysis (wijkanalyse): one wijk, one round of the stappenplan. */
export const analysisSchema = recordMetaSchema.extend({
	name: z.string().trim().min(1).max(120),
	description: z.string().max(2000),
	/** True for the generated, fictional demo wijk. */
	isDemo: z.boolean(),
	/** Id and version of the methodology this analysis was made with. */
	methodologyId: idSchema,
	methodologyVersion: versionSchema,
	createdAt: z.iso.datetime(),
	/** Weights the team changed for this analysis; absent when it uses the methodology's own. */
	scoringOverrides: scoringOverridesSchema.optional(),
	/** Smallest count shown in shared views and exports; absent = `defaultSmallCountThreshold` (5). */
	smallCountThreshold: z.int().min(1).max(100).optional()
});

/** Levels of the CBS area hierarchy, plus areas the team drew itself. */
export const areaLevels = ['buurt', 'wijk', 'gemeente', 'eigen'] as const;

/** A buurt, wijk, gemeente or team-drawn area with its figures. */
export const areaSchema = recordMetaSchema.extend({
	analysisId: z.uuid(),
	/**
	 * CBS code (`BU03440101`, `WK034401`, `GM0344`; Amsterdam uses letters after the gemeente
	 * number, `WK0363AA`, `BU0363AA01`), or `EIGEN-…` for a team-drawn area.
	 */
	code: z.string().regex(/^(BU\d{4}[0-9A-Z]{4}|WK\d{4}[0-9A-Z]{2}|GM\d{4}|EIGEN-[A-Za-z0-9-]+)$/),
	name: z.string().trim().min(1),
	level: z.enum(areaLevels),
	/** The CBS boundary year; codes change between years, so code and year together identify. */
	year: z.int().min(1990).max(2100),
	geometry: areaGeometrySchema,
	/** Indicator values by indicator id from `methodology/indicators.json`; null = suppressed/unknown. */
	indicators: z.record(z.string(), z.number().nullable()),
	/** Where the boundary and figures came from, shown beside every value. */
	source: z.string().min(1)
});

/** Lifecycle states of an offer; only active offers count as supply. */
export const offerStatuses = ['actief', 'gepland', 'gepauzeerd', 'gestopt'] as const;

/** An offer (aanbod): informal help, an initiative, a meeting place, a platform… */
export const offerSchema = recordMetaSchema.extend({
	analysisId: z.uuid(),
	name: z.string().trim().min(1).max(200),
	organisation: z.string().max(200),
	/** Offer kind id from `methodology/taxonomy.json`. */
	kind: idSchema,
	categories: z.array(idSchema).min(1),
	targetGroups: z.array(idSchema),
	/** Where it is, if it has one place. */
	location: lonLatSchema.nullable(),
	/** The area code it belongs to or serves, when known. */
	areaCode: z.string().nullable(),
	/** How far it reaches, in metres; null = the default for its kind. */
	reachMeters: z.number().positive().nullable(),
	/** How many people it can help, in people per month; null = unknown. */
	capacity: z.number().min(0).max(1_000_000).nullable(),
	status: z.enum(offerStatuses),
	/** When someone last checked it still runs, as a date (YYYY-MM-DD). */
	lastVerified: z.iso.date().nullable(),
	description: z.string().max(4000),
	/** Where this record came from (e.g. "wijkschouw", "import: aanbod.csv"). */
	source: z.string().max(200)
});

/** How sure the team is of a need signal. */
export const confidenceLevels = ['laag', 'middel', 'hoog'] as const;

/** A need signal (vraag/behoefte): aggregate, never a named resident. */
export const needSchema = recordMetaSchema.extend({
	analysisId: z.uuid(),
	/** Help category id from `methodology/taxonomy.json`. */
	category: idSchema,
	/** Target group id from `methodology/taxonomy.json`. */
	targetGroup: idSchema,
	areaCode: z.string().nullable(),
	location: lonLatSchema.nullable(),
	/** Estimated number of people or households with this need. */
	count: z.number().positive().max(1_000_000),
	countUnit: z.enum(['personen', 'huishoudens']),
	/** Need source id from `methodology/taxonomy.json`. */
	source: idSchema,
	/** When the signal was gathered, as a date (YYYY-MM-DD). */
	date: z.iso.date(),
	confidence: z.enum(confidenceLevels),
	/** A short description of the need; checked for personal data before saving. */
	note: z.string().max(2000)
});

/** Progress states of a step. */
export const stepStatuses = ['open', 'bezig', 'klaar'] as const;

/** A team's work on one step of the stappenplan. */
export const stepRecordSchema = recordMetaSchema.extend({
	analysisId: z.uuid(),
	stepId: idSchema,
	status: z.enum(stepStatuses),
	checklist: z.record(z.string(), z.boolean()),
	/** Decision values by decision id; lists for multi-choice decisions. */
	decisions: z.record(
		z.string(),
		z.union([z.string(), z.number(), z.boolean(), z.array(z.string())])
	),
	notes: z.string()
});

/** Dots one anonymous participant put on one gap. */
export const voteSchema = recordMetaSchema.extend({
	analysisId: z.uuid(),
	/** The voting round, so a later vote does not mix with an earlier one. */
	round: z.int().min(1),
	/** An anonymous participant token, never a name. */
	participant: z.string().min(1),
	/** The gap voted on: area code and category id. */
	areaCode: z.string(),
	category: idSchema,
	dots: z.int().min(1)
});

/** RACI roles a party can have in an action. */
export const raciRoles = ['responsible', 'accountable', 'consulted', 'informed'] as const;

/** An activity in the action plan. */
export const actionSchema = recordMetaSchema.extend({
	analysisId: z.uuid(),
	title: z.string().trim().min(1).max(200),
	description: z.string().max(4000),
	/** Gaps it addresses, as `areaCode:category` keys. */
	gapKeys: z.array(z.string()),
	roles: z.array(
		z.object({ party: idSchema, role: z.enum(raciRoles), owner: z.string().max(200) })
	),
	start: z.iso.date().nullable(),
	end: z.iso.date().nullable(),
	status: z.enum(['gepland', 'bezig', 'klaar', 'gestopt'])
});

/** Decisions on a subsidy request. */
export const proposalDecisions = ['open', 'toegekend', 'afgewezen'] as const;

/** Answers to a success question of `methodology/means.json`. */
export const successAnswers = ['ja', 'deels', 'nee'] as const;

/** One decision on a subsidy request with its reason, as logged; the log is never rewritten. */
export const decisionEntrySchema = z.object({
	/** When the decision was taken, as an ISO 8601 timestamp in UTC. */
	at: z.iso.datetime(),
	decision: z.enum(proposalDecisions),
	reason: z.string().trim().min(1).max(4000)
});

/** One reviewer's scores of a subsidy request; the reviewer is named by role or initials. */
export const proposalReviewSchema = z.object({
	reviewer: z.string().trim().min(1).max(60),
	/** Scores by criterion id (1–5). */
	scores: z.record(z.string(), z.int().min(1).max(5))
});

/** A subsidy request and its assessment. */
export const proposalSchema = recordMetaSchema.extend({
	analysisId: z.uuid(),
	applicant: z.string().trim().min(1).max(200),
	title: z.string().trim().min(1).max(200),
	/** The means asked for: a means id from `methodology/means.json`. */
	meansType: z.string(),
	categories: z.array(idSchema),
	targetGroups: z.array(idSchema),
	areaCodes: z.array(z.string()),
	/** Requested budget in euros. */
	budget: z.number().min(0).nullable(),
	periodStart: z.iso.date().nullable(),
	periodEnd: z.iso.date().nullable(),
	/** Reviewer scores by criterion id (1–5). */
	scores: z.record(z.string(), z.int().min(1).max(5)),
	decision: z.enum(proposalDecisions),
	decisionReason: z.string().max(4000),
	/** What the request is for, in the applicant's words; checked for personal data. */
	description: z.string().max(4000).optional(),
	/** Scores of each reviewer; `scores` above holds the panel's agreed scores, if any. */
	reviews: z.array(proposalReviewSchema).optional(),
	/** Answers to the success questions by question id. */
	successAnswers: z.record(idSchema, z.enum(successAnswers)).optional(),
	/** Every decision taken on the request, oldest first. */
	decisionLog: z.array(decisionEntrySchema).optional()
});

export type RecordMeta = z.infer<typeof recordMetaSchema>;
export type LonLat = z.infer<typeof lonLatSchema>;
export type AreaGeometry = z.infer<typeof areaGeometrySchema>;
export type ScoringOverrides = z.infer<typeof scoringOverridesSchema>;
export type Analysis = z.infer<typeof analysisSchema>;
export type Area = z.infer<typeof areaSchema>;
export type Offer = z.infer<typeof offerSchema>;
export type Need = z.infer<typeof needSchema>;
export type StepRecord = z.infer<typeof stepRecordSchema>;
export type Vote = z.infer<typeof voteSchema>;
export type Action = z.infer<typeof actionSchema>;
export type Proposal = z.infer<typeof proposalSchema>;
export type DecisionEntry = z.infer<typeof decisionEntrySchema>;
export type ProposalReview = z.infer<typeof proposalReviewSchema>;
