import { describe, expect, it } from 'vitest';
import { demoWijk, testMethodology } from '../../../test-support/demo-scores';
import { offersHsds, hsdsStatus, type HsdsDataset } from './hsds';
import { stableUuid } from './stable-uuid';

const wijk = demoWijk();
const context = {
	taxonomy: testMethodology.taxonomy,
	methodology: { id: testMethodology.manifest.id, version: testMethodology.manifest.version },
	language: 'nl' as const,
	noOrganisation: 'Zonder organisatie'
};
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Reads the offers' own fields back from the HSDS tables, as another tool would. */
function readBack(data: HsdsDataset) {
	const terms = new Map(data.taxonomy_term.map((t) => [t.id, t]));
	const taxonomies = new Map(data.taxonomy.map((t) => [t.id, t.name]));
	const orgs = new Map(data.organization.map((o) => [o.id, o.name]));
	return data.service.map((s) => {
		const codes = (taxonomy: string) =>
			data.attribute
				.filter((a) => a.link_id === s.id)
				.map((a) => terms.get(a.taxonomy_term_id)!)
				.filter((t) => taxonomies.get(t.taxonomy_id) === taxonomy)
				.map((t) => t.code);
		const at = data.service_at_location.find((x) => x.service_id === s.id);
		const location = data.location.find((l) => l.id === at?.location_id);
		return {
			id: s.id,
			name: s.name,
			description: s.description,
			organisation: orgs.get(s.organization_id),
			status: s.status,
			lastVerified: s.assured_date,
			categories: codes('nabuur-hulpcategorie'),
			targetGroups: codes('nabuur-doelgroep'),
			kind: codes('nabuur-soort-aanbod')[0],
			location: location ? [location.longitude, location.latitude] : null,
			capacity: data.service_capacity.find((c) => c.service_id === s.id)?.maximum ?? null,
			areaCode: data.service_area.find((a) => a.service_id === s.id)?.name ?? null
		};
	});
}

describe('offers as HSDS 3.0', () => {
	const data = offersHsds(wijk.offers, context);

	it('has one service per offer and every id a UUID', () => {
		expect(data.service).toHaveLength(wijk.offers.length);
		const ids = Object.values(data)
			.filter(Array.isArray)
			.flatMap((rows: Array<{ id: string }>) => rows.map((r) => r.id));
		expect(ids.every((id) => uuid.test(id))).toBe(true);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('links every reference to a row that exists', () => {
		const has = (rows: Array<{ id: string }>) => new Set(rows.map((r) => r.id));
		const [orgs, services, locations, terms, taxonomies] = [
			has(data.organization),
			has(data.service),
			has(data.location),
			has(data.taxonomy_term),
			has(data.taxonomy)
		];
		expect(data.service.every((s) => orgs.has(s.organization_id))).toBe(true);
		expect(
			data.service_at_location.every(
				(x) => services.has(x.service_id) && locations.has(x.location_id)
			)
		).toBe(true);
		expect(
			data.attribute.every((a) => services.has(a.link_id) && terms.has(a.taxonomy_term_id))
		).toBe(true);
		expect(data.taxonomy_term.every((t) => taxonomies.has(t.taxonomy_id))).toBe(true);
	});

	it('carries the methodology categories as a taxonomy with their Dutch labels', () => {
		const categories = data.taxonomy.find((t) => t.name === 'nabuur-hulpcategorie')!;
		const terms = data.taxonomy_term.filter((t) => t.taxonomy_id === categories.id);
		expect(terms.map((t) => t.code)).toEqual(testMethodology.taxonomy.categories.map((c) => c.id));
		expect(terms[0]!.name).toBe(testMethodology.taxonomy.categories[0]!.label.nl);
	});

	it('keeps every field of every offer that HSDS can carry', () => {
		const expected = wijk.offers.map((o) => ({
			id: o.id,
			name: o.name,
			description: o.description,
			organisation: o.organisation || 'Zonder organisatie',
			status: hsdsStatus[o.status],
			lastVerified: o.lastVerified,
			categories: o.categories,
			targetGroups: o.targetGroups,
			kind: o.kind,
			location: o.location,
			capacity: o.capacity,
			areaCode: o.areaCode
		}));
		expect(readBack(JSON.parse(JSON.stringify(data)))).toEqual(expected);
	});

	it('gives an organisation the same id in every export', () => {
		const again = offersHsds(wijk.offers.slice(3), context);
		const name = wijk.offers[5]!.organisation || 'Zonder organisatie';
		const id = stableUuid(`organization/${name}`);
		expect(data.organization.some((o) => o.id === id)).toBe(true);
		expect(again.organization.some((o) => o.id === id)).toBe(true);
	});
});
