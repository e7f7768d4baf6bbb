import type { LonLat } from '../lib/domain/records';

/** A closed rectangular ring from its bounds in degrees, counter-clockwise from the south-west. */
export function box(west: number, south: number, east: number, north: number): LonLat[] {
	return [
		[west, south],
		[east, south],
		[east, north],
		[west, north],
		[west, south]
	];
}
