import { describe, expect, it } from 'vitest';
import { readMethodology } from '../../../test-support/methodology';
import { needSchema, offerSchema } from '../../domain/records';
import { suggestMapping } from './column-mapping';
import { parseCsv, parseGeoJsonRecords } from './parse-table';
import type { ParseResult, Table } from './table';
import { validateNeeds, validateOffers, type ValidateOptions } from './validate-rows';

const methodology = readMethodology();
const meta = {
	id: '00000000-0000-4000-8000-000000000001',
	rev: 1,
	updatedAt: '2025-01-01T00:00:00.000Z',
	analysisId: '00000000-0000-4000-8000-000000000002'
};

function table(result: ParseResult): Table {
	if (!result.ok) throw new Error(JSON.stringify(result.problems));
	return result.table;
}

function offers(csv: string, options?: ValidateOptions) {
	const t = table(parseCsv(csv));
	return validateOffers(t, suggestMapping(t.columns, 'offer'), methodology, options);
}

function needs(csv: string, options?: ValidateOptions) {
	const t = table(parseCsv(csv));
	return validateNeeds(t, suggestMapping(t.columns, 'need'), methodology, options);
}

const offerHeader = 'naam;soort;categorie';
const needHeader = 'categorie;doelgroep;datum';

describe('validateOffers', () => {
	it('fills fields without a column with their defaults', () => {
		const result = offers(`${offerHeader}\nKoffie;Ontmoetingsplek;Ontmoeting`);
		expect(result.problems).toEqual([]);
		expect(result.valid).toEqual([
			{
				row: 2,
				draft: {
					name: 'Koffie',
					organisation: '',
					kind: 'ontmoetingsplek',
					categories: ['ontmoeting'],
					targetGroups: [],
					location: null,
					areaCode: null,
					reachMeters: null,
					capacity: null,
					status: 'actief',
					lastVerified: null,
					description: '',
					source: 'import'
				}
			}
		]);
	});

	it('does not default an empty status when the status column is there', () => {
		const result = offers(`${offerHeader};status\nKoffie;Ontmoetingsplek;Ontmoeting;`);
		expect(result.valid).toEqual([]);
		expect(result.problems).toEqual([
			{ code: 'missing-value', row: 2, field: 'status', column: 'status' }
		]);
	});

	it('reads several categories separated by ; , or | and drops repeats', () => {
		const result = offers(`${offerHeader}\nA;Ontmoetingsplek;"taal, Taal | Language; vervoer"`);
		expect(result.valid[0]?.draft.categories).toEqual(['taal', 'vervoer']);
	});

	it('names each unknown category in a list on its own', () => {
		const result = offers(`${offerHeader}\nA;Ontmoetingsplek;"taal, paardrijden, zingen"`);
		expect(result.problems.map((p) => p.value)).toEqual(['paardrijden', 'zingen']);
	});

	it('reports every bad value in a row, not only the first', () => {
		const csv = `${offerHeader};capaciteit;bereik\n;Raket;Ontmoeting;veel;-5`;
		expect(offers(csv).problems.map((p) => [p.code, p.field])).toEqual([
			['missing-value', 'name'],
			['unknown-offer-kind', 'kind'],
			['out-of-range', 'reachMeters'],
			['not-a-number', 'capacity']
		]);
	});

	it('cuts a long bad value to 80 characters', () => {
		const long = 'x'.repeat(300);
		const [problem] = offers(`${offerHeader}\nA;${long};taal`).problems;
		expect(problem?.value).toHaveLength(80);
		expect(problem?.value?.endsWith('…')).toBe(true);
	});

	it('refuses a name longer than the record allows', () => {
		const result = offers(`${offerHeader}\n${'n'.repeat(201)};Ontmoetingsplek;taal`);
		expect(result.problems).toEqual([expect.objectContaining({ code: 'too-long', max: 200 })]);
	});

	it('warns about personal data in free text without blocking the row', () => {
		const csv = `${offerHeader};omschrijving\nA;Ontmoetingsplek;taal;Vraag naar mevrouw Jansen, 06-12345678`;
		const result = offers(csv);
		expect(result.valid).toHaveLength(1);
		expect(result.warnings.map((w) => [w.row, w.field, w.kind, w.value])).toEqual([
			[2, 'description', 'person-name', 'mevrouw Jansen'],
			[2, 'description', 'phone', '06-12345678']
		]);
	});

	it('reports a missing required column once for the file instead of once per row', () => {
		const result = offers('naam;categorie\nA;taal\nB;taal');
		expect(result).toEqual({
			valid: [],
			problems: [{ code: 'missing-column', field: 'kind' }],
			warnings: []
		});
	});

	it('reports a mapping that points past the last column', () => {
		const t = table(parseCsv(`${offerHeader}\nA;Ontmoetingsplek;taal`));
		const mapping = { ...suggestMapping(t.columns, 'offer'), description: 7 };
		expect(validateOffers(t, mapping, methodology).problems).toEqual([
			{ code: 'unknown-column', field: 'description', columnNumber: 8 }
		]);
	});

	it('reads a point from longitude and latitude columns and reports half a point', () => {
		const csv = `${offerHeader};lon;lat\nA;Ontmoetingsplek;taal;5,12;52,09\nB;Ontmoetingsplek;taal;5,12;`;
		const result = offers(csv);
		expect(result.valid.map((v) => v.draft.location)).toEqual([[5.12, 52.09]]);
		expect(result.problems).toEqual([
			{ code: 'incomplete-location', row: 3, field: 'lat', column: 'lat' }
		]);
	});

	it('prefers longitude and latitude columns over the GeoJSON geometry', () => {
		const t = table(
			parseGeoJsonRecords({
				type: 'Feature',
				geometry: { type: 'Point', coordinates: [5.1, 52.1] },
				properties: { naam: 'A', soort: 'ontmoetingsplek', categorie: 'taal', lon: 6, lat: 53 }
			})
		);
		const result = validateOffers(t, suggestMapping(t.columns, 'offer'), methodology);
		expect(result.valid[0]?.draft.location).toEqual([6, 53]);
	});

	it('does not accept a GeoJSON row whose point was unusable, even if its values are fine', () => {
		const t = table(
			parseGeoJsonRecords({
				type: 'Feature',
				geometry: { type: 'Point', coordinates: [155000, 463000] },
				properties: { naam: 'A', soort: 'ontmoetingsplek', categorie: 'taal' }
			})
		);
		const result = validateOffers(t, suggestMapping(t.columns, 'offer'), methodology);
		expect(result.valid).toEqual([]);
		expect(result.problems.map((p) => p.code)).toEqual(['coordinates-look-like-rd']);
	});

	it('lists problems from reading and from values together, ordered by row', () => {
		const csv = `${offerHeader}\nA;Ontmoetingsplek;zingen\nB;x;y;z\nC;Ontmoetingsplek;taal`;
		expect(offers(csv).problems.map((p) => [p.row, p.code])).toEqual([
			[2, 'unknown-category'],
			[3, 'row-length-mismatch']
		]);
	});

	it('stores the record source it is given', () => {
		const result = offers(`${offerHeader}\nA;Ontmoetingsplek;taal`, {
			recordSource: 'import: a.csv'
		});
		expect(result.valid[0]?.draft.source).toBe('import: a.csv');
	});

	it('makes drafts that pass the offer schema once storage adds its fields', () => {
		const csv =
			'naam;organisatie;soort;categorie;doelgroep;locatie;buurt;bereik;capaciteit;status;gecontroleerd op;omschrijving\n' +
			'A;B;Professional service;Meals|Transport;Young families;52.09, 5.12;bu99990001;800;12,5;planned;1-2-2025;tekst';
		const [row] = offers(csv).valid;
		expect(offerSchema.safeParse({ ...row?.draft, ...meta }).error).toBeUndefined();
	});
});

describe('validateNeeds', () => {
	it('fills count, unit, source and confidence with defaults when their columns are absent', () => {
		const [row] = needs(`${needHeader}\nTaal;Statushouders;2024-04-18`).valid;
		expect(row?.draft).toEqual({
			category: 'taal',
			targetGroup: 'statushouders',
			areaCode: null,
			location: null,
			count: 1,
			countUnit: 'personen',
			source: 'signaal-professional',
			date: '2024-04-18',
			confidence: 'middel',
			note: ''
		});
	});

	it('uses the default need source the team chose, by id or label', () => {
		const [row] = needs(`${needHeader}\nTaal;Statushouders;2024-04-18`, {
			defaultNeedSource: 'Survey'
		}).valid;
		expect(row?.draft.source).toBe('enquete');
	});

	it('refuses an unknown default need source when the file has no source column', () => {
		expect(
			needs(`${needHeader}\nTaal;Statushouders;2024-04-18`, { defaultNeedSource: 'x' }).problems
		).toEqual([{ code: 'invalid-option', field: 'defaultNeedSource', value: 'x' }]);
	});

	it('does not replace a bad count with the default', () => {
		const result = needs(`${needHeader};aantal\nTaal;Statushouders;2024-04-18;0`);
		expect(result.valid).toEqual([]);
		expect(result.problems).toEqual([
			{ code: 'out-of-range', row: 2, field: 'count', column: 'aantal', value: '0', min: 0 }
		]);
	});

	it('reads counts with a decimal comma', () => {
		const [row] = needs(`${needHeader};aantal\nTaal;Statushouders;2024-04-18;"2,5"`).valid;
		expect(row?.draft.count).toBe(2.5);
	});

	it('refuses an impossible date instead of rolling it over', () => {
		expect(needs(`${needHeader}\nTaal;Statushouders;31-02-2024`).problems).toEqual([
			{ code: 'invalid-date', row: 2, field: 'date', column: 'datum', value: '31-02-2024' }
		]);
	});

	it('refuses a note that names a resident, and only warns about other personal data', () => {
		const csv = `${needHeader};notitie\nTaal;Statushouders;2024-04-18;dhr. Bakker belt 0612345678`;
		const result = needs(csv);
		expect(result.valid).toEqual([]);
		expect(result.problems).toEqual([
			{
				code: 'named-resident',
				row: 2,
				field: 'note',
				column: 'notitie',
				value: 'dhr. Bakker'
			}
		]);
		expect(result.warnings.map((w) => w.kind)).toEqual(['phone']);
	});

	it('refuses a buurt name where a buurt code belongs', () => {
		const result = needs(`${needHeader};buurt\nTaal;Statushouders;2024-04-18;Binnenstad`);
		expect(result.problems.map((p) => p.code)).toEqual(['invalid-area-code']);
	});

	it('makes drafts that pass the need schema once storage adds its fields', () => {
		const csv =
			'category;target group;area;location;count;unit;source;date;confidence;note\n' +
			'Meals;Young families;BU99990001;POINT(5.12 52.09);3;households;Conversation;03/02/2025;high;tekst';
		const [row] = needs(csv).valid;
		expect(needSchema.safeParse({ ...row?.draft, ...meta }).error).toBeUndefined();
	});
});
