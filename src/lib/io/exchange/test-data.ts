import { demoWijk } from '../../../test-support/demo-scores';
import { emptyRecordSets, type AnalysisData } from './format';

/** The demo wijk as an analysis held in memory, with fixed ids and dates (for tests). */
export function demoData(): AnalysisData {
	const wijk = demoWijk();
	const records = emptyRecordSets();
	records.areas = wijk.areas;
	records.offers = wijk.offers;
	records.needs = wijk.needs;
	return { analysis: wijk.analysis, records };
}

/** A copy of an analysis with one offer changed as a device would change it: next revision, later time. */
export function withOfferChange(
	data: AnalysisData,
	index: number,
	name: string,
	updatedAt: string
): AnalysisData {
	const copy = structuredClone(data);
	const offer = copy.records.offers[index]!;
	copy.records.offers[index] = { ...offer, name, rev: offer.rev + 1, updatedAt };
	return copy;
}
