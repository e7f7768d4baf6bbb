import type { Area, AreaGeometry, LonLat } from '../records';

// A team's own area, drawn point by point on the map when its wijk does not follow CBS
// boundaries. The outline must be a simple polygon: at least three distinct corners and no edge
// crossing another, or "inside" would be ambiguous for assigning offers and needs.

/** Why a drawn outline cannot become an area. */
export type DrawnAreaProblem = 'too-few-points' | 'self-crossing' | 'no-surface';

/** Twice the signed planar area of a ring of `[lon, lat]` (shoelace), in degrees². */
function doubleArea(points: readonly LonLat[]): number {
	let sum = 0;
	for (let i = 0; i < points.length; i++) {
		const [x1, y1] = points[i]!;
		const [x2, y2] = points[(i + 1) % points.length]!;
		sum += x1 * y2 - x2 * y1;
	}
	return sum;
}

function orientation(a: LonLat, b: LonLat, c: LonLat): number {
	const value = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
	return value > 0 ? 1 : value < 0 ? -1 : 0;
}

function onSegment(a: LonLat, b: LonLat, p: LonLat): boolean {
	return (
		Math.min(a[0], b[0]) <= p[0] &&
		p[0] <= Math.max(a[0], b[0]) &&
		Math.min(a[1], b[1]) <= p[1] &&
		p[1] <= Math.max(a[1], b[1])
	);
}

/** Whether segments a–b and c–d share any point. */
export function segmentsTouch(a: LonLat, b: LonLat, c: LonLat, d: LonLat): boolean {
	const o1 = orientation(a, b, c);
	const o2 = orientation(a, b, d);
	const o3 = orientation(c, d, a);
	const o4 = orientation(c, d, b);
	if (o1 !== o2 && o3 !== o4) return true;
	if (o1 === 0 && onSegment(a, b, c)) return true;
	if (o2 === 0 && onSegment(a, b, d)) return true;
	if (o3 === 0 && onSegment(c, d, a)) return true;
	return o4 === 0 && onSegment(c, d, b);
}

/** The corners without repeats of the previous corner (a double click adds one twice). */
export function distinctCorners(points: readonly LonLat[]): LonLat[] {
	const corners: LonLat[] = [];
	for (const point of points) {
		const last = corners.at(-1);
		if (!last || last[0] !== point[0] || last[1] !== point[1]) corners.push(point);
	}
	const first = corners[0];
	const last = corners.at(-1);
	if (corners.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) {
		corners.pop();
	}
	return corners;
}

/** What is wrong with a drawn outline, or null when it makes a valid area. */
export function drawnAreaProblem(points: readonly LonLat[]): DrawnAreaProblem | null {
	const corners = distinctCorners(points);
	if (corners.length < 3) return 'too-few-points';
	const n = corners.length;
	for (let i = 0; i < n; i++) {
		for (let j = i + 1; j < n; j++) {
			// Neighbouring edges share a corner by design; every other pair must stay apart.
			if (j === i + 1 || (i === 0 && j === n - 1)) continue;
			const a = corners[i]!;
			const b = corners[(i + 1) % n]!;
			const c = corners[j]!;
			const d = corners[(j + 1) % n]!;
			if (segmentsTouch(a, b, c, d)) return 'self-crossing';
		}
	}
	if (doubleArea(corners) === 0) return 'no-surface';
	return null;
}

/**
 * The drawn outline as a GeoJSON Polygon: closed, counter-clockwise as RFC 7946 asks.
 *
 * @throws RangeError when the outline has a problem (check `drawnAreaProblem` first)
 */
export function drawnAreaGeometry(points: readonly LonLat[]): AreaGeometry {
	const problem = drawnAreaProblem(points);
	if (problem) throw new RangeError(`cannot make an area: ${problem}`);
	const corners = distinctCorners(points);
	const ring = doubleArea(corners) < 0 ? [...corners].reverse() : corners;
	return { type: 'Polygon', coordinates: [[...ring, ring[0]!]] };
}

/** A code for a drawn area: `EIGEN-` and eight random letters and digits. */
export function drawnAreaCode(random: () => number = Math.random): string {
	const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
	let suffix = '';
	for (let i = 0; i < 8; i++) suffix += alphabet[Math.floor(random() * alphabet.length)];
	return `EIGEN-${suffix}`;
}

/** What makes a drawn outline into a stored area. */
export interface DrawnAreaDraft {
	id: string;
	analysisId: string;
	name: string;
	points: readonly LonLat[];
	/** Where the area came from, in the user's language ("Zelf getekend"). */
	source: string;
	/** The change time, ISO 8601; now by default. */
	now?: string;
}

/**
 * A team-drawn area as it is stored: level `eigen`, an `EIGEN-` code, no CBS figures.
 *
 * @throws RangeError when the outline has a problem (check `drawnAreaProblem` first)
 */
export function drawnArea(draft: DrawnAreaDraft): Area {
	const now = draft.now ?? new Date().toISOString();
	return {
		id: draft.id,
		rev: 1,
		updatedAt: now,
		analysisId: draft.analysisId,
		code: drawnAreaCode(),
		name: draft.name,
		level: 'eigen',
		year: Number(now.slice(0, 4)),
		geometry: drawnAreaGeometry(draft.points),
		indicators: {},
		source: draft.source
	};
}
