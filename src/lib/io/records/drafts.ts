import {
	needSchema,
	offerSchema,
	type Need,
	type Offer,
	type RecordMeta
} from '../../domain/records';

// What an import produces: records without the fields storage adds when it saves them (id,
// revision, timestamp) and without the analysis they will belong to.

/** An offer read from a file, ready to be saved into an analysis. */
export type OfferDraft = Omit<Offer, keyof RecordMeta | 'analysisId'>;

/** A need signal read from a file, ready to be saved into an analysis. */
export type NeedDraft = Omit<Need, keyof RecordMeta | 'analysisId'>;

const storageFields = { id: true, rev: true, updatedAt: true, analysisId: true } as const;

/** The offer schema without the fields storage adds; every valid draft passes it. */
export const offerDraftSchema = offerSchema.omit(storageFields);

/** The need schema without the fields storage adds; every valid draft passes it. */
export const needDraftSchema = needSchema.omit(storageFields);
