// The fields of an offer and of a need that an imported file can fill, each from one column.
// `lon` + `lat` (two columns) and `location` (one column, `52.09, 5.12` or `POINT(5.12 52.09)`)
// are two ways to give the same point; a GeoJSON geometry is a third.

/** The offer fields a file can fill, in the order they claim columns. */
export const offerFields = [
	'name',
	'organisation',
	'kind',
	'categories',
	'targetGroups',
	'lon',
	'lat',
	'location',
	'areaCode',
	'reachMeters',
	'capacity',
	'status',
	'lastVerified',
	'description'
] as const;

/** The need fields a file can fill, in the order they claim columns. */
export const needFields = [
	'category',
	'targetGroup',
	'areaCode',
	'lon',
	'lat',
	'location',
	'count',
	'countUnit',
	'source',
	'date',
	'confidence',
	'note'
] as const;

/** A field of an offer that can come from a column. */
export type OfferField = (typeof offerFields)[number];

/** A field of a need that can come from a column. */
export type NeedField = (typeof needFields)[number];

/** What a file holds: offers (aanbod) or needs (hulpvragen, signalen). */
export type ImportTarget = 'offer' | 'need';

/** For each field, the 0-based index of the column it is read from, or null when none. */
export type ColumnMapping<F extends string> = Record<F, number | null>;

/** Which column each offer field is read from. */
export type OfferMapping = ColumnMapping<OfferField>;

/** Which column each need field is read from. */
export type NeedMapping = ColumnMapping<NeedField>;
