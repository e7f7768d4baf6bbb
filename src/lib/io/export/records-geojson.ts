import type { LonLat, Need, Offer } from '../../domain/records';

// Offers and needs as a GeoJSON FeatureCollection (RFC 7946, WGS84 longitude/latitude): a Point
// per record with a place, `null` geometry for a record without one (so nothing is dropped and the
// count equals the records). Properties use the same Dutch names as the CSV export, so the record
// importer reads the file back; lists stay JSON arrays.

/** A GeoJSON Feature of one record. */
export interface RecordFeature {
	type: 'Feature';
	id: string;
	geometry: { type: 'Point'; coordinates: LonLat } | null;
	properties: Record<string, string | number | string[] | null>;
}

/** A GeoJSON FeatureCollection of records. */
export interface RecordCollection {
	type: 'FeatureCollection';
	features: RecordFeature[];
}

const point = (location: LonLat | null): RecordFeature['geometry'] =>
	location ? { type: 'Point', coordinates: location } : null;

/** Offers as a FeatureCollection, one feature per offer in the given order. */
export function offersGeoJson(offers: readonly Offer[]): RecordCollection {
	return {
		type: 'FeatureCollection',
		features: offers.map((o) => ({
			type: 'Feature',
			id: o.id,
			geometry: point(o.location),
			properties: {
				naam: o.name,
				organisatie: o.organisation,
				soort: o.kind,
				categorie: o.categories,
				doelgroep: o.targetGroups,
				buurtcode: o.areaCode,
				bereik: o.reachMeters,
				capaciteit: o.capacity,
				status: o.status,
				'laatst gecontroleerd': o.lastVerified,
				omschrijving: o.description
			}
		}))
	};
}

/** Needs as a FeatureCollection, one feature per need in the given order. */
export function needsGeoJson(needs: readonly Need[]): RecordCollection {
	return {
		type: 'FeatureCollection',
		features: needs.map((n) => ({
			type: 'Feature',
			id: n.id,
			geometry: point(n.location),
			properties: {
				categorie: n.category,
				doelgroep: n.targetGroup,
				buurtcode: n.areaCode,
				aantal: n.count,
				eenheid: n.countUnit,
				bron: n.source,
				datum: n.date,
				zekerheid: n.confidence,
				notitie: n.note
			}
		}))
	};
}
