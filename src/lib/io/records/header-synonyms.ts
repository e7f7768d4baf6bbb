import type { NeedField, OfferField } from './import-fields';

// Column headers teams use for each importable field, in Dutch and English, most telling first.
// They are compared after `normaliseHeader`, so case, spaces, `_`, `-`, accents and a trailing
// remark in brackets (`Lengtegraad (WGS84)`) do not matter. `x`/`y` are taken as longitude and
// latitude; when a file really holds RD New metres, validation says so for every row.

const name = [
	'naam',
	'name',
	'titel',
	'title',
	'naam aanbod',
	'aanbod',
	'activiteit',
	'initiatief'
];
const organisation = [
	'organisatie',
	'organisation',
	'organization',
	'aanbieder',
	'provider',
	'organisatienaam',
	'naam organisatie',
	'org'
];
const kind = ['soort', 'soort aanbod', 'kind', 'type', 'type aanbod', 'aanbodsoort', 'vorm'];
const categories = [
	'categorieen',
	'categorie',
	'categories',
	'category',
	'hulpcategorieen',
	'hulpcategorie',
	'help categories',
	'help category',
	'thema',
	'themas'
];
const targetGroups = [
	'doelgroepen',
	'doelgroep',
	'target groups',
	'target group',
	'voor wie',
	'audience'
];
const lon = ['lon', 'lng', 'long', 'longitude', 'lengtegraad', 'x'];
const lat = ['lat', 'latitude', 'breedtegraad', 'y'];
const location = [
	'locatie',
	'location',
	'coordinaten',
	'coordinates',
	'lat lon',
	'lon lat',
	'latlng',
	'punt',
	'point',
	'geometrie',
	'geometry',
	'wkt'
];
const areaCode = [
	'buurtcode',
	'buurt code',
	'area code',
	'areacode',
	'gebiedscode',
	'wijkcode',
	'cbs code',
	'code',
	'buurt',
	'area',
	'gebied'
];
const reachMeters = [
	'bereik m',
	'bereik meters',
	'bereik in meters',
	'bereik',
	'reach m',
	'reach meters',
	'reach',
	'straal',
	'radius'
];
const capacity = ['capaciteit', 'capacity', 'plaatsen', 'aantal plaatsen', 'places'];
const status = ['status', 'stand'];
const lastVerified = [
	'laatst gecontroleerd',
	'gecontroleerd op',
	'gecontroleerd',
	'controledatum',
	'laatst gecheckt',
	'last verified',
	'verified'
];
const description = [
	'omschrijving',
	'beschrijving',
	'description',
	'toelichting',
	'opmerkingen',
	'opmerking',
	'notes'
];

/** Header synonyms for each field of an offer (aanbod). */
export const offerHeaderSynonyms: Record<OfferField, readonly string[]> = {
	name,
	organisation,
	kind,
	categories,
	targetGroups,
	lon,
	lat,
	location,
	areaCode,
	reachMeters,
	capacity,
	status,
	lastVerified,
	description
};

/** Header synonyms for each field of a need signal (hulpvraag, signaal). */
export const needHeaderSynonyms: Record<NeedField, readonly string[]> = {
	category: [...categories, 'behoefte', 'hulpvraag'],
	targetGroup: [...targetGroups, 'groep', 'group'],
	areaCode,
	lon,
	lat,
	location,
	count: ['aantal', 'count', 'aantal personen', 'aantal huishoudens', 'number', 'omvang', 'n'],
	countUnit: ['eenheid', 'count unit', 'unit', 'aantal eenheid', 'telling', 'per'],
	source: ['bron', 'source', 'soort bron', 'signaalbron', 'herkomst'],
	date: ['datum', 'date', 'peildatum', 'datum signaal', 'gemeld op', 'gemeld'],
	confidence: ['zekerheid', 'betrouwbaarheid', 'confidence', 'certainty'],
	note: ['notitie', 'toelichting', 'opmerking', 'opmerkingen', 'note', 'notes', ...description]
};
