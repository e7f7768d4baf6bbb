// Distances use a local equirectangular projection around the query point:
// x = Δlon · cos(lat) · R, y = Δlat · R. Over the few kilometres an offer reaches this is within
// about 0.1 % of the geodesic distance in the Netherlands, and needs no trigonometry per vertex.

/** Mean Earth radius in metres (IUGG R1), as used by turf. */
export const EARTH_RADIUS_METERS = 6_371_008.8;

/** Length of one degree of latitude (and of longitude at the equator) in metres. */
export const METERS_PER_DEGREE = (EARTH_RADIUS_METERS * Math.PI) / 180;

/** Metres per degree of longitude at `lat` (degrees) in the local projection distances use. */
export function metersPerDegreeLon(lat: number): number {
	return Math.cos((lat * Math.PI) / 180) * METERS_PER_DEGREE;
}
