import type { FlatAreas } from './flatten';

/** Edges per chunk: small enough to skip most of a ring, large enough that boxes stay few. */
export const EDGES_PER_CHUNK = 8;

/**
 * The edges of every ring cut into runs of up to `EDGES_PER_CHUNK` consecutive edges, each with
 * its bounding box, so a distance search can skip the parts of a boundary that are far away.
 */
export interface EdgeChunks {
	/** Ring r has chunks ringChunkStart[r] up to ringChunkStart[r + 1] (exclusive); length rings + 1. */
	readonly ringChunkStart: Uint32Array;
	/** The first vertex of each chunk (index into vertices, not numbers); length chunks + 1 per ring end. */
	readonly chunkVertex: Uint32Array;
	/** Bounding box of each chunk as [minLon, minLat, maxLon, maxLat, …] in degrees. */
	readonly chunkBox: Float64Array;
}

/** Cuts every ring of `flat` into chunks of consecutive edges with their boxes (degrees). */
export function buildEdgeChunks(flat: FlatAreas): EdgeChunks {
	const { coords, ringStart } = flat;
	const rings = ringStart.length - 1;
	const ringChunkStart = new Uint32Array(rings + 1);
	let chunks = 0;
	for (let r = 0; r < rings; r++) {
		ringChunkStart[r] = chunks;
		chunks += Math.ceil((ringStart[r + 1] - ringStart[r] - 1) / EDGES_PER_CHUNK);
	}
	ringChunkStart[rings] = chunks;
	const chunkVertex = new Uint32Array(chunks);
	const chunkBox = new Float64Array(chunks * 4);
	for (let r = 0; r < rings; r++) {
		const lastVertex = ringStart[r + 1] - 1;
		for (let c = ringChunkStart[r], v = ringStart[r]; c < ringChunkStart[r + 1]; c++) {
			chunkVertex[c] = v;
			const end = Math.min(v + EDGES_PER_CHUNK, lastVertex);
			let minX = Infinity;
			let minY = Infinity;
			let maxX = -Infinity;
			let maxY = -Infinity;
			for (let i = v; i <= end; i++) {
				const x = coords[i * 2];
				const y = coords[i * 2 + 1];
				if (x < minX) minX = x;
				if (x > maxX) maxX = x;
				if (y < minY) minY = y;
				if (y > maxY) maxY = y;
			}
			chunkBox[c * 4] = minX;
			chunkBox[c * 4 + 1] = minY;
			chunkBox[c * 4 + 2] = maxX;
			chunkBox[c * 4 + 3] = maxY;
			v = end;
		}
	}
	return { ringChunkStart, chunkVertex, chunkBox };
}
