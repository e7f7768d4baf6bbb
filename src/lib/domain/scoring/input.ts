import type { Area, Need, Offer } from '../records';

// What the engine scores. The fields are those of the stored records, so the app passes its
// records as they are; the CLI builds the same shapes from files.

/** An area of the comparison set: its code, boundary, CBS figures and the figures' year. */
export type ScoringArea = Pick<Area, 'code' | 'geometry' | 'indicators' | 'year'>;

/** An offer as the engine reads it. */
export type ScoringOffer = Pick<
	Offer,
	| 'id'
	| 'kind'
	| 'categories'
	| 'location'
	| 'areaCode'
	| 'reachMeters'
	| 'capacity'
	| 'status'
	| 'lastVerified'
>;

/** A need signal as the engine reads it. */
export type ScoringNeed = Pick<
	Need,
	'id' | 'category' | 'areaCode' | 'location' | 'count' | 'date'
>;

/** The data to score, and the date every age is measured against. */
export interface ScoringInput {
	/** The comparison set: the analysis' buurten, or everything loaded for a gemeente. */
	areas: readonly ScoringArea[];
	offers: readonly ScoringOffer[];
	needs: readonly ScoringNeed[];
	/** The analysis' reference date (`YYYY-MM-DD`), never the computer's clock. */
	referenceDate: string;
}

/** The indicator that holds an area's inhabitants. */
export const populationIndicator = 'inwoners';
