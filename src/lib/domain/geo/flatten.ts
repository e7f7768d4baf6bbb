import type { AreaGeometry, LonLat } from '../records';

// Every kernel in this folder reads polygons from a few flat typed arrays instead of nested
// GeoJSON arrays: one Float64Array of coordinates and offset tables into it. That keeps a country
// of boundaries in a handful of allocations, and the inner loops free of per-vertex objects.

/** The rings of many areas in flat typed arrays, coordinates in WGS84 degrees. */
export interface FlatAreas {
	/** Number of areas, including areas left without rings because every ring was degenerate. */
	readonly areaCount: number;
	/** Vertex coordinates interleaved as [lon0, lat0, lon1, lat1, …] in degrees; every ring is closed (its last vertex repeats its first). */
	readonly coords: Float64Array;
	/** Ring r holds vertices ringStart[r] up to ringStart[r + 1] (exclusive), counted in vertices, not numbers; length rings + 1. */
	readonly ringStart: Uint32Array;
	/** Area a holds rings areaRingStart[a] up to areaRingStart[a + 1] (exclusive); length areas + 1. */
	readonly areaRingStart: Uint32Array;
	/** Bounding box of every ring as [minLon, minLat, maxLon, maxLat, …] in degrees. */
	readonly ringBox: Float64Array;
	/** Bounding box of every area as [minLon, minLat, maxLon, maxLat, …] in degrees; NaN for an area without rings. */
	readonly areaBox: Float64Array;
}

/** The polygons of a geometry, each a list of rings (outer ring first). */
function polygonsOf(geometry: AreaGeometry): readonly (readonly (readonly LonLat[])[])[] {
	return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/**
 * The number of vertices a ring gets once closed, or 0 for a ring to skip: fewer than 4 vertices
 * after closing (no area to enclose) or a coordinate that is not a finite number.
 */
function closedLength(ring: readonly LonLat[]): number {
	if (ring.length === 0) return 0;
	for (let i = 0; i < ring.length; i++) {
		const position = ring[i];
		if (!Number.isFinite(position[0]) || !Number.isFinite(position[1])) return 0;
	}
	const first = ring[0];
	const last = ring[ring.length - 1];
	const length = first[0] === last[0] && first[1] === last[1] ? ring.length : ring.length + 1;
	return length < 4 ? 0 : length;
}

/** Copies Polygon and MultiPolygon geometries (degrees) into flat typed arrays, closing open rings and skipping degenerate ones. */
export function flattenAreas(geometries: readonly AreaGeometry[]): FlatAreas {
	// Indexed loops throughout: for…of and destructuring would make objects per vertex.
	let ringCount = 0;
	let vertexCount = 0;
	for (let area = 0; area < geometries.length; area++) {
		const polygons = polygonsOf(geometries[area]);
		for (let p = 0; p < polygons.length; p++) {
			for (let r = 0; r < polygons[p].length; r++) {
				const length = closedLength(polygons[p][r]);
				if (length > 0) {
					ringCount++;
					vertexCount += length;
				}
			}
		}
	}

	const coords = new Float64Array(vertexCount * 2);
	const ringStart = new Uint32Array(ringCount + 1);
	const areaRingStart = new Uint32Array(geometries.length + 1);
	const ringBox = new Float64Array(ringCount * 4);
	const areaBox = new Float64Array(geometries.length * 4).fill(Number.NaN);
	let ring = 0;
	let vertex = 0;

	for (let area = 0; area < geometries.length; area++) {
		areaRingStart[area] = ring;
		let aMinX = Infinity;
		let aMinY = Infinity;
		let aMaxX = -Infinity;
		let aMaxY = -Infinity;
		const polygons = polygonsOf(geometries[area]);
		for (let p = 0; p < polygons.length; p++) {
			for (let r = 0; r < polygons[p].length; r++) {
				const positions = polygons[p][r];
				const length = closedLength(positions);
				if (length === 0) continue;
				ringStart[ring] = vertex;
				let minX = Infinity;
				let minY = Infinity;
				let maxX = -Infinity;
				let maxY = -Infinity;
				for (let i = 0; i < length; i++) {
					// An open ring gets its first vertex again at the end.
					const position = positions[i < positions.length ? i : 0];
					const lon = position[0];
					const lat = position[1];
					coords[vertex * 2] = lon;
					coords[vertex * 2 + 1] = lat;
					vertex++;
					if (lon < minX) minX = lon;
					if (lon > maxX) maxX = lon;
					if (lat < minY) minY = lat;
					if (lat > maxY) maxY = lat;
				}
				ringBox[ring * 4] = minX;
				ringBox[ring * 4 + 1] = minY;
				ringBox[ring * 4 + 2] = maxX;
				ringBox[ring * 4 + 3] = maxY;
				aMinX = Math.min(aMinX, minX);
				aMinY = Math.min(aMinY, minY);
				aMaxX = Math.max(aMaxX, maxX);
				aMaxY = Math.max(aMaxY, maxY);
				ring++;
			}
		}
		if (ring > areaRingStart[area]) {
			areaBox[area * 4] = aMinX;
			areaBox[area * 4 + 1] = aMinY;
			areaBox[area * 4 + 2] = aMaxX;
			areaBox[area * 4 + 3] = aMaxY;
		}
	}
	ringStart[ringCount] = vertex;
	areaRingStart[geometries.length] = ring;

	return { areaCount: geometries.length, coords, ringStart, areaRingStart, ringBox, areaBox };
}
