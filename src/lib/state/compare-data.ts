import {
	areaSchema,
	needSchema,
	offerSchema,
	type Analysis,
	type Area,
	type Need,
	type Offer
} from '$lib/domain/records';
import { defaultSmallCountThreshold } from '$lib/domain/privacy/small-counts';
import type { AnalysesRepository } from '$lib/storage/analyses-repository';
import type { NabuurDatabase } from '$lib/storage/db';
import { RecordsRepository } from '$lib/storage/records-repository';

/** Everything of one analysis that comparing and screening requests read. */
export interface AnalysisData {
	analysis: Analysis;
	/** Every area of the analysis, all levels and years. */
	areas: Area[];
	offers: Offer[];
	needs: Need[];
}

/** Reads an analysis with its areas, offers and needs, each validated. */
export async function loadAnalysisData(
	analyses: AnalysesRepository,
	db: NabuurDatabase,
	id: string
): Promise<AnalysisData> {
	const analysis = await analyses.get(id);
	const [areas, offers, needs] = await Promise.all([
		new RecordsRepository(db, 'areas', areaSchema).listFor(id),
		new RecordsRepository(db, 'offers', offerSchema).listFor(id),
		new RecordsRepository(db, 'needs', needSchema).listFor(id)
	]);
	return { analysis, areas, offers, needs };
}

/** The smallest count an analysis shows in shared views: its own setting, or the default (5). */
export function thresholdOf(analysis: Analysis | null): number {
	return analysis?.smallCountThreshold ?? defaultSmallCountThreshold;
}
