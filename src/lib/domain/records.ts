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

/** Whether an offer runs: only `actief` offers count in the scores. */
export type OfferStatus = (typeof offerStatuses)[number];

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

/** A recorded decision: text, a number, yes/no, a date as text, or the ids of chosen options. */
export const decisionValueSchema = z.union([
	z.string().max(4000),
	z.number(),
	z.boolean(),
	z.array(z.string())
]);

/** Progress states of a step: not touched, being worked on, finished by the team. */
export const stepStatuses = ['open', 'bezig', 'klaar'] as const;

/**
 * A team's work on one step of the stappenplan (table `stepRecords`, one record per analysis and
 * step). `status` is `open` until something is filled in, `bezig` while the team works on it and
 * `klaar` once the team marks it done.
 */
export const stepRecordSchema = recordMetaSchema.extend({
	analysisId: z.uuid(),
	/** Step id from `methodology/steps.json`. */
	stepId: idSchema,
	status: z.enum(stepStatuses),
	/** Ticked checklist items by checklist item id. */
	checklist: z.record(z.string(), z.boolean()),
	/** Decision values by decision id; lists for multi-choice decisions. */
	decisions: z.record(z.string(), decisionValueSchema),
	/** Free notes of the team. */
	notes: z.string().max(20_000)
});

/** The participant token of a tally the facilitator entered from paper dots. */
export const paperParticipant = 'papier';

/**
 * Dots one anonymous participant put on one gap (table `votes`). Dots from paper, entered by the
 * facilitator, carry the participant token `papier` and hold the whole tally of that gap.
 */
export const voteSchema = recordMetaSchema.extend({
	analysisId: z.uuid(),
	/** The voting round, so a later vote does not mix with an earlier one. */
	round: z.int().min(1),
	/** An anonymous participant token (`deelnemer-2`), never a name; `papier` for paper tallies. */
	participant: z.string().min(1).max(40),
	/** The gap voted on: area code and category id. */
	areaCode: z.string(),
	category: idSchema,
	dots: z.int().min(1).max(1000)
});

/** How a voting round collects its dots. */
export const votingModes = ['apparaat', 'papier'] as const;

/**
 * One round of dot voting in step 6 (table `votingRounds`): which gaps are on the ballot, how
 * many participants vote and with how many dots each. Results stay hidden until every
 * participant has voted, or the facilitator closes the round.
 */
export const votingRoundSchema = recordMetaSchema.extend({
	analysisId: z.uuid(),
	/** Round number, 1 for the first round of the analysis. */
	round: z.int().min(1),
	/** `apparaat`: participants vote in turn on this device; `papier`: the facilitator enters tallies. */
	mode: z.enum(votingModes),
	/** Number of participants voting on this device (ignored for paper). */
	participants: z.int().min(1).max(60),
	/** Dots each participant may spend. */
	dotsPerParticipant: z.int().min(1).max(20),
	/** The gaps on the ballot, as `areaCode:category` keys, in ballot order. */
	candidates: z.array(z.string()).min(1).max(40),
	/** `open` while voting; `gesloten` once results are shown. */
	status: z.enum(['open', 'gesloten'])
});

/** One sharp intended result of a priority: what, how much, by when. */
export const intendedResultSchema = z.strictObject({
	/** What should be reached, in plain words ("ouderen die wekelijks bezoek krijgen"). */
	what: z.string().max(400),
	/** How much: the number to reach; null when not yet set. */
	amount: z.number().min(0).max(1_000_000).nullable(),
	/** By when, as a date (YYYY-MM-DD); null when not yet set. */
	by: z.iso.date().nullable()
});

/** Answers to a success question of the Online Nabuurschap approach. */
export const successAnswers = ['ja', 'deels', 'nee', 'weet-niet'] as const;

/**
 * A priority (table `priorities`): a gap the team put on its short list in step 6, worked out
 * in step 7 with a goal, sharp intended results, the chosen means and the success questions.
 */
export const prioritySchema = recordMetaSchema.extend({
	analysisId: z.uuid(),
	/** The gap: area code and category id. */
	areaCode: z.string(),
	category: idSchema,
	/** Place on the short list, 1 = most important. */
	rank: z.int().min(1),
	/** Dots the gap received in the vote that put it on the list (0 when chosen without a vote). */
	dots: z.int().min(0),
	/** The goal, in one or two sentences. */
	goal: z.string().max(2000),
	/** Sharp intended results. */
	results: z.array(intendedResultSchema).max(10),
	/** Chosen means by id from `methodology/means.json` (their `type` says which kind). */
	meansIds: z.array(idSchema),
	/** Why these means, or what the means looks like here. */
	meansNote: z.string().max(4000),
	/** Answers to the success questions by question id from `methodology/means.json`. */
	successAnswers: z.record(
		idSchema,
		z.strictObject({ answer: z.enum(successAnswers), note: z.string().max(2000) })
	)
});

/** RACI roles a party can have in an action. */
export const raciRoles = ['responsible', 'accountable', 'consulted', 'informed'] as const;

/** Statuses of an activity. */
export const actionStatuses = ['gepland', 'bezig', 'klaar', 'gestopt'] as const;

/**
 * An activity in the action plan of step 8 (table `actions`). `gapKeys` holds the gaps of its
 * priorities; `roles` the RACI role of each party (party ids from `methodology/taxonomy.json`).
 */
export const actionSchema = recordMetaSchema.extend({
	analysisId: z.uuid(),
	title: z.string().trim().min(1).max(200),
	description: z.string().max(4000),
	/** Ids of the priorities (table `priorities`) it works on; empty for records before version 3. */
	priorityIds: z.array(z.uuid()).default([]),
	/** Gaps it addresses, as `areaCode:category` keys. */
	gapKeys: z.array(z.string()),
	/** Who owns the activity: a role or organisation, never a resident's name. */
	owner: z.string().max(200).default(''),
	/** One entry per party with a role; `owner` is who acts for that party. */
	roles: z.array(
		z.object({ party: idSchema, role: z.enum(raciRoles), owner: z.string().max(200) })
	),
	start: z.iso.date().nullable(),
	end: z.iso.date().nullable(),
	status: z.enum(actionStatuses)
});

/**
 * A snapshot of an analysis (table `snapshots`), taken in step 10 to compare with a later round:
 * the offers, the need signals summed per area × category, the gap scores and the decisions of
 * every step as they were. Never changed after it is taken.
 */
export const snapshotSchema = recordMetaSchema.extend({
	analysisId: z.uuid(),
	/** When it was taken, as an ISO 8601 timestamp in UTC. */
	takenAt: z.iso.datetime(),
	/** A short name the team gives it ("Ronde 1, voorjaar"). */
	label: z.string().trim().min(1).max(120),
	/** The reference date the gap scores were computed for (YYYY-MM-DD); null without scores. */
	referenceDate: z.iso.date().nullable(),
	offers: z.array(
		z.strictObject({
			id: z.string(),
			name: z.string(),
			kind: idSchema,
			categories: z.array(idSchema),
			areaCode: z.string().nullable(),
			status: z.enum(offerStatuses)
		})
	),
	/** Need signals summed per area × category; `count` in people or households. */
	needs: z.array(
		z.strictObject({
			areaCode: z.string().nullable(),
			category: idSchema,
			signals: z.int().min(0),
			count: z.number().min(0)
		})
	),
	/** Scored gaps: relative index (100 = average) and band id. */
	gaps: z.array(
		z.strictObject({
			areaCode: z.string(),
			category: idSchema,
			index: z.number(),
			band: z.string()
		})
	),
	/** Decisions by step id, then decision id. */
	decisions: z.record(z.string(), z.record(z.string(), decisionValueSchema)),
	/** The short list of priorities, by rank. */
	priorities: z.array(z.strictObject({ areaCode: z.string(), category: idSchema, rank: z.int() })),
	/** The activities of the plan with their status. */
	actions: z.array(z.strictObject({ title: z.string(), status: z.enum(actionStatuses) }))
});

/** Decisions on a subsidy request. */
export const proposalDecisions = ['open', 'toegekend', 'afgewezen'] as const;

/** Answers a reviewer gives to a success question of `methodology/means.json` for a request. */
export const proposalSuccessAnswers = ['ja', 'deels', 'nee'] as const;

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
	successAnswers: z.record(idSchema, z.enum(proposalSuccessAnswers)).optional(),
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
export type VotingRound = z.infer<typeof votingRoundSchema>;
export type IntendedResult = z.infer<typeof intendedResultSchema>;
export type Priority = z.infer<typeof prioritySchema>;
export type Snapshot = z.infer<typeof snapshotSchema>;
/** What a snapshot holds, without its record fields. */
export type SnapshotContent = Omit<Snapshot, keyof RecordMeta | 'analysisId' | 'label' | 'takenAt'>;
export type DecisionEntry = z.infer<typeof decisionEntrySchema>;
export type ProposalReview = z.infer<typeof proposalReviewSchema>;
