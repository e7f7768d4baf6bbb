import type { LonLat } from '../../domain/records';
import { checkLonLat, isInNetherlands, type CoordinateProblemCode } from './coordinates';
import { parseDecimal } from './parse-number';

/** A point read from cells, or why it could not be. */
export type LocationResult =
	| { ok: true; value: LonLat }
	| { ok: false; code: CoordinateProblemCode | 'not-a-number' | 'invalid-coordinates' };

/** Reads a longitude and a latitude (WGS84 degrees) from two cells and checks they lie in the Netherlands. */
export function parseLonLat(lonText: string, latText: string): LocationResult {
	const lon = parseDecimal(lonText, { fractionExpected: true });
	const lat = parseDecimal(latText, { fractionExpected: true });
	if (!lon.ok || !lat.ok) return { ok: false, code: 'not-a-number' };
	const code = checkLonLat(lon.value, lat.value);
	return code ? { ok: false, code } : { ok: true, value: [lon.value, lat.value] };
}

const wkt = /^POINT\s*\(\s*(\S+)\s+(\S+)\s*\)$/i;

/**
 * Reads a point from one cell: WKT `POINT(lon lat)`, or two numbers separated by `,`, `;` or a
 * space in either order (`52.09, 5.12` as map apps copy it, or `5.12, 52.09`). Within the
 * Netherlands latitude (50.6–53.8) and longitude (3.0–7.6) cannot be confused, so the order is
 * decided by the values; WKT is always longitude first and is reported when swapped.
 */
export function parseLocationText(text: string): LocationResult {
	const trimmed = text.trim();
	const point = wkt.exec(trimmed);
	if (point) return parseLonLat(point[1]!, point[2]!);
	const parts = splitPair(trimmed);
	if (!parts) return { ok: false, code: 'invalid-coordinates' };
	const a = parseDecimal(parts[0], { fractionExpected: true });
	const b = parseDecimal(parts[1], { fractionExpected: true });
	if (!a.ok || !b.ok) return { ok: false, code: 'not-a-number' };
	if (isInNetherlands(b.value, a.value)) return { ok: true, value: [b.value, a.value] };
	const code = checkLonLat(a.value, b.value);
	return code ? { ok: false, code } : { ok: true, value: [a.value, b.value] };
}

/** Splits `a;b`, `a, b`, `a b` or `a,1 b,2` (decimal commas, a space between) into two parts. */
function splitPair(text: string): [string, string] | null {
	for (const separator of [/\s*;\s*/, /\s*,\s*/, /\s+/]) {
		const parts = text.split(separator).filter((p) => p !== '');
		if (parts.length === 2) return [parts[0]!, parts[1]!];
	}
	return null;
}
