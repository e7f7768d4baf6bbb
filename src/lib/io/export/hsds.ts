import type { Language } from '../../domain/localized';
import type { Taxonomy } from '../../domain/methodology/schema';
import type { Offer } from '../../domain/records';
import { stableUuid } from './stable-uuid';

// Offers as Open Referral HSDS 3.0 (Human Services Data Specification), the open standard for
// directories of services, so a gemeente or a sociale kaart can load Nabuur's offers:
//   offer          → service (name, description, status, assured_date = last verified)
//   organisation   → organization (one per distinct name; "Zonder organisatie" when empty)
//   location point → location (physical, latitude/longitude) + service_at_location
//   categories, target groups and kind → taxonomy_term in three taxonomies taken from
//     methodology/taxonomy.json, linked to the service by attribute rows
//   capacity       → service_capacity (people per month); area code → service_area
// Ids are the offer's own UUID for the service and stable UUIDs derived from names otherwise.

/** An HSDS organization. */
export interface HsdsOrganization {
	id: string;
	name: string;
	description: string;
}

/** An HSDS service. */
export interface HsdsService {
	id: string;
	organization_id: string;
	name: string;
	description: string;
	status: 'active' | 'inactive' | 'defunct' | 'temporarily closed';
	assured_date: string | null;
}

/** An HSDS location. */
export interface HsdsLocation {
	id: string;
	location_type: 'physical';
	name: string;
	latitude: number;
	longitude: number;
}

/** An HSDS service_at_location. */
export interface HsdsServiceAtLocation {
	id: string;
	service_id: string;
	location_id: string;
}

/** An HSDS taxonomy. */
export interface HsdsTaxonomy {
	id: string;
	name: string;
	description: string;
	version: string;
}

/** An HSDS taxonomy_term. */
export interface HsdsTaxonomyTerm {
	id: string;
	code: string;
	name: string;
	description: string;
	taxonomy_id: string;
	language: Language;
}

/** An HSDS attribute: links a service to a taxonomy term. */
export interface HsdsAttribute {
	id: string;
	link_id: string;
	link_type: 'service';
	link_entity: 'service';
	taxonomy_term_id: string;
}

/** An HSDS service_capacity, in people per month. */
export interface HsdsServiceCapacity {
	id: string;
	service_id: string;
	maximum: number;
	description: string;
}

/** An HSDS service_area: the CBS area an offer serves. */
export interface HsdsServiceArea {
	id: string;
	service_id: string;
	name: string;
	extent_type: 'code';
}

/** An HSDS 3.0 dataset as one JSON document: one array per HSDS table. */
export interface HsdsDataset {
	/** The HSDS version followed. */
	hsds_version: '3.0';
	organization: HsdsOrganization[];
	service: HsdsService[];
	location: HsdsLocation[];
	service_at_location: HsdsServiceAtLocation[];
	taxonomy: HsdsTaxonomy[];
	taxonomy_term: HsdsTaxonomyTerm[];
	attribute: HsdsAttribute[];
	service_capacity: HsdsServiceCapacity[];
	service_area: HsdsServiceArea[];
}

/** HSDS service status for each offer status. */
export const hsdsStatus: Record<Offer['status'], HsdsService['status']> = {
	actief: 'active',
	gepland: 'inactive',
	gepauzeerd: 'temporarily closed',
	gestopt: 'defunct'
};

/** What the HSDS export needs to know besides the offers. */
export interface HsdsContext {
	taxonomy: Pick<Taxonomy, 'categories' | 'targetGroups' | 'offerKinds'>;
	/** Methodology id and version, written as each taxonomy's version. */
	methodology: { id: string; version: string };
	language: Language;
	/** Name used for offers without an organisation. */
	noOrganisation: string;
}

const vocabularies = [
	['categories', 'nabuur-hulpcategorie', 'Nabuur hulpcategorieën'],
	['targetGroups', 'nabuur-doelgroep', 'Nabuur doelgroepen'],
	['offerKinds', 'nabuur-soort-aanbod', 'Nabuur soorten aanbod']
] as const;

/** The id of a taxonomy term: stable across exports. */
export function termId(taxonomyName: string, code: string): string {
	return stableUuid(`${taxonomyName}/${code}`);
}

/** Offers as an HSDS 3.0 dataset, with the methodology's vocabularies as taxonomies. */
export function offersHsds(offers: readonly Offer[], context: HsdsContext): HsdsDataset {
	const { language } = context;
	const dataset: HsdsDataset = {
		hsds_version: '3.0',
		organization: [],
		service: [],
		location: [],
		service_at_location: [],
		taxonomy: [],
		taxonomy_term: [],
		attribute: [],
		service_capacity: [],
		service_area: []
	};
	for (const [field, name, title] of vocabularies) {
		const taxonomyId = stableUuid(`taxonomy/${name}`);
		dataset.taxonomy.push({
			id: taxonomyId,
			name,
			description: title,
			version: `${context.methodology.id} ${context.methodology.version}`
		});
		for (const term of context.taxonomy[field]) {
			dataset.taxonomy_term.push({
				id: termId(name, term.id),
				code: term.id,
				name: term.label[language],
				description: term.description[language],
				taxonomy_id: taxonomyId,
				language
			});
		}
	}
	const organisations = new Map<string, HsdsOrganization>();
	for (const offer of offers) {
		const orgName = offer.organisation.trim() || context.noOrganisation;
		const orgId = stableUuid(`organization/${orgName}`);
		if (!organisations.has(orgId))
			organisations.set(orgId, { id: orgId, name: orgName, description: orgName });
		dataset.service.push({
			id: offer.id,
			organization_id: orgId,
			name: offer.name,
			description: offer.description,
			status: hsdsStatus[offer.status],
			assured_date: offer.lastVerified
		});
		if (offer.location) {
			const locationId = stableUuid(`location/${offer.id}`);
			const [longitude, latitude] = offer.location;
			dataset.location.push({
				id: locationId,
				location_type: 'physical',
				name: offer.name,
				latitude,
				longitude
			});
			dataset.service_at_location.push({
				id: stableUuid(`service_at_location/${offer.id}`),
				service_id: offer.id,
				location_id: locationId
			});
		}
		const links: Array<[string, string]> = [
			...offer.categories.map((c): [string, string] => ['nabuur-hulpcategorie', c]),
			...offer.targetGroups.map((t): [string, string] => ['nabuur-doelgroep', t]),
			['nabuur-soort-aanbod', offer.kind]
		];
		for (const [taxonomyName, code] of links) {
			dataset.attribute.push({
				id: stableUuid(`attribute/${offer.id}/${taxonomyName}/${code}`),
				link_id: offer.id,
				link_type: 'service',
				link_entity: 'service',
				taxonomy_term_id: termId(taxonomyName, code)
			});
		}
		if (offer.capacity !== null) {
			dataset.service_capacity.push({
				id: stableUuid(`service_capacity/${offer.id}`),
				service_id: offer.id,
				maximum: offer.capacity,
				description: 'personen per maand / people per month'
			});
		}
		if (offer.areaCode) {
			dataset.service_area.push({
				id: stableUuid(`service_area/${offer.id}`),
				service_id: offer.id,
				name: offer.areaCode,
				extent_type: 'code'
			});
		}
	}
	dataset.organization = [...organisations.values()];
	return dataset;
}
