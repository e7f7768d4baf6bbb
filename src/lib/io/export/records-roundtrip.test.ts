import { describe, expect, it } from 'vitest';
import { demoWijk, testMethodology } from '../../../test-support/demo-scores';
import type { Need, Offer } from '../../domain/records';
import { suggestMapping } from '../records/column-mapping';
import { needDraftSchema, offerDraftSchema } from '../records/drafts';
import { parseCsv, parseGeoJsonRecords } from '../records/parse-table';
import type { Table } from '../records/table';
import { validateNeeds, validateOffers } from '../records/validate-rows';
import { needsCsv, offersCsv } from './records-csv';
import { needsGeoJson, offersGeoJson } from './records-geojson';

// What is exported must import back identically through the record importer: every field of
// every offer and need, except what storage gives a record (id, revision, time, analysis) and the
// offer's `source`, which an import sets to where the records came from.
const wijk = demoWijk();
const source = 'import: terug';

function table(result: ReturnType<typeof parseCsv>): Table {
	if (!result.ok) throw new Error(JSON.stringify(result.problems));
	return result.table;
}

// The draft schemas drop the fields storage adds.
const offerDraft = (o: Offer) => ({ ...offerDraftSchema.parse(o), source });
const needDraft = (n: Need) => needDraftSchema.parse(n);

function importOffers(t: Table) {
	const result = validateOffers(t, suggestMapping(t.columns, 'offer'), testMethodology, {
		recordSource: source
	});
	expect(result.problems).toEqual([]);
	return result.valid.map((v) => v.draft);
}

function importNeeds(t: Table) {
	const result = validateNeeds(t, suggestMapping(t.columns, 'need'), testMethodology);
	expect(result.problems).toEqual([]);
	return result.valid.map((v) => v.draft);
}

describe('exported offers and needs import back identically', () => {
	it('reads every demo offer back from the CSV export', () => {
		expect(importOffers(table(parseCsv(offersCsv(wijk.offers))))).toEqual(
			wijk.offers.map(offerDraft)
		);
	});

	it('reads every demo need back from the CSV export', () => {
		expect(importNeeds(table(parseCsv(needsCsv(wijk.needs))))).toEqual(wijk.needs.map(needDraft));
	});

	it('reads every demo offer back from the GeoJSON export', () => {
		const json = JSON.parse(JSON.stringify(offersGeoJson(wijk.offers)));
		expect(importOffers(table(parseGeoJsonRecords(json)))).toEqual(wijk.offers.map(offerDraft));
	});

	it('reads every demo need back from the GeoJSON export', () => {
		const json = JSON.parse(JSON.stringify(needsGeoJson(wijk.needs)));
		expect(importNeeds(table(parseGeoJsonRecords(json)))).toEqual(wijk.needs.map(needDraft));
	});

	it('reads back offers without a place, with quotes, commas and line breaks in their texts', () => {
		const offers: Offer[] = [
			{
				...wijk.offers[0]!,
				name: 'Koffie "bij Truus", elke dinsdag',
				description: 'Eerste regel\nTweede regel; met puntkomma',
				location: null,
				areaCode: wijk.areas[0]!.code,
				capacity: 12.5,
				reachMeters: null,
				lastVerified: null
			}
		];
		expect(importOffers(table(parseCsv(offersCsv(offers))))).toEqual(offers.map(offerDraft));
		const geo = JSON.parse(JSON.stringify(offersGeoJson(offers)));
		expect(importOffers(table(parseGeoJsonRecords(geo)))).toEqual(offers.map(offerDraft));
	});
});

describe('the CSV export against formula injection', () => {
	it('escapes a name that a spreadsheet would run as a formula', () => {
		const offer = { ...wijk.offers[0]!, name: '=HYPERLINK("http://example.org","klik")' };
		const text = offersCsv([offer]);
		expect(text).toContain(`"'=HYPERLINK(""http://example.org"",""klik"")"`);
		expect(text).not.toMatch(/(^|,)"?=HYPERLINK/m);
	});

	it('escapes + - and @ at the start of a note', () => {
		for (const start of ['+', '-', '@']) {
			const need = { ...wijk.needs[0]!, note: `${start}1 buren` };
			expect(needsCsv([need])).toContain(`'${start}1 buren`);
		}
	});
});
