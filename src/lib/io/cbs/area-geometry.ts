import {
	classifyPoint,
	reprojectGeometryFromRd,
	type CoordinateSystem
} from '../../domain/geo/rd-new';
import type { AreaGeometry } from '../../domain/records';
import { cbsProblem, valueText, type CbsProblem, type ProblemLocation } from './problems';

// A boundary as CBS or PDOK deliver it, made fit to store: only Polygon and MultiPolygon, every
// ring closed and at least 4 points long, WGS84. Self-touching rings (the Baarle-Nassau enclaves,
// WK019701 Aalten) are valid GeoJSON for Nabuur's purposes and are kept exactly as they are.

type Position = [number, number];

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null;
}

/** A ring's points in the source system, or a problem code when a position is unusable. */
function readRing(
	ring: unknown,
	system: CoordinateSystem
): Position[] | { code: 'invalid-coordinates' | 'coordinates-out-of-range'; value: string } {
	if (!Array.isArray(ring)) return { code: 'invalid-coordinates', value: valueText(ring) };
	const points: Position[] = [];
	for (const position of ring) {
		const [x, y] = Array.isArray(position) ? position : [];
		if (typeof x !== 'number' || typeof y !== 'number' || !isFinite(x) || !isFinite(y)) {
			return { code: 'invalid-coordinates', value: valueText(position) };
		}
		if (classifyPoint(x, y) !== system) {
			return { code: 'coordinates-out-of-range', value: `${x}, ${y}` };
		}
		points.push([x, y]);
	}
	return points;
}

/**
 * Reads a GeoJSON Polygon or MultiPolygon whose coordinates are in `system` into WGS84 area
 * geometry (degrees): closes an unclosed ring (warning), drops a ring of fewer than 4 points (and
 * the whole polygon when that is its outer ring), and returns null, with the problem reported at
 * `where`, when the geometry is missing, of another type, has unusable coordinates or nothing is left.
 */
export function readAreaGeometry(
	geometry: unknown,
	system: CoordinateSystem,
	where: ProblemLocation,
	problems: CbsProblem[]
): AreaGeometry | null {
	if (geometry === null || geometry === undefined) {
		problems.push(cbsProblem('missing-geometry', where));
		return null;
	}
	const type = isObject(geometry) ? geometry.type : undefined;
	if (!isObject(geometry) || (type !== 'Polygon' && type !== 'MultiPolygon')) {
		problems.push(cbsProblem('unsupported-geometry', { ...where, value: valueText(type) }));
		return null;
	}
	const polygons = type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	if (!Array.isArray(polygons)) {
		const value = valueText(geometry.coordinates);
		problems.push(cbsProblem('invalid-coordinates', { ...where, value }));
		return null;
	}
	const kept: Position[][][] = [];
	for (const [p, polygon] of polygons.entries()) {
		const rings: Position[][] = [];
		for (const [r, ring] of (Array.isArray(polygon) ? polygon : [polygon]).entries()) {
			const at = { ...where, polygon: p + 1, ring: r + 1 };
			const points = readRing(ring, system);
			if (!Array.isArray(points)) {
				problems.push(cbsProblem(points.code, { ...at, value: points.value }));
				return null;
			}
			const [first, last] = [points[0], points[points.length - 1]];
			if (first && last && (first[0] !== last[0] || first[1] !== last[1])) {
				points.push([first[0], first[1]]);
				problems.push(cbsProblem('ring-closed', at));
			}
			if (points.length < 4) {
				problems.push(cbsProblem('ring-too-short', { ...at, value: `${points.length}` }));
				// Without its outer ring a polygon's holes mean nothing: drop the polygon.
				if (r === 0) break;
				continue;
			}
			rings.push(points);
		}
		if (rings.length > 0) kept.push(rings);
	}
	if (kept.length === 0) {
		problems.push(cbsProblem('empty-geometry', where));
		return null;
	}
	const clean =
		type === 'Polygon'
			? { type: 'Polygon' as const, coordinates: kept[0]! }
			: { type: 'MultiPolygon' as const, coordinates: kept };
	return system === 'rd-new' ? reprojectGeometryFromRd(clean) : clean;
}
