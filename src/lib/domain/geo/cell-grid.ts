// A uniform grid over the areas' bounding boxes, with the list of areas whose box meets each cell.
// It answers "which areas could hold this point" with one division and one array slice. Flatbush
// answers the same for any box, but a point query walks the tree and costs about 1 µs, more than
// the polygon tests it saves; for assigning many points a precomputed table pays off.

/** A lookup table from grid cells to the areas whose bounding box meets the cell. */
export interface CellGrid {
	/** Western edge of the grid in degrees. */
	readonly west: number;
	/** Southern edge of the grid in degrees. */
	readonly south: number;
	/** Eastern edge of the grid in degrees. */
	readonly east: number;
	/** Northern edge of the grid in degrees. */
	readonly north: number;
	/** Number of columns, west to east. */
	readonly cols: number;
	/** Number of rows, south to north. */
	readonly rows: number;
	/** Columns per degree of longitude. */
	readonly colsPerDegree: number;
	/** Rows per degree of latitude. */
	readonly rowsPerDegree: number;
	/** Cell c lists areas items[start[c]] up to items[start[c + 1]] (exclusive); cells run row by row from the south-west. */
	readonly start: Uint32Array;
	/** Area indices, within each cell in the order given to buildCellGrid. */
	readonly items: Int32Array;
}

/** The cell (row-major index) holding a point in degrees, or -1 outside the grid or for NaN. */
export function cellAt(grid: CellGrid, lon: number, lat: number): number {
	if (!(lon >= grid.west && lon <= grid.east && lat >= grid.south && lat <= grid.north)) return -1;
	return rowAt(grid, lat) * grid.cols + colAt(grid, lon);
}

// The same monotone formulas place boxes and points, so a point inside an area's box always lands
// in a cell that lists the area, rounding included.
function colAt(grid: Omit<CellGrid, 'start' | 'items'>, lon: number): number {
	return Math.min(grid.cols - 1, Math.floor((lon - grid.west) * grid.colsPerDegree));
}

function rowAt(grid: Omit<CellGrid, 'start' | 'items'>, lat: number): number {
	return Math.min(grid.rows - 1, Math.floor((lat - grid.south) * grid.rowsPerDegree));
}

/**
 * The column holding a longitude (degrees), clamped to the grid: with `rowOf`, the cells from
 * the column and row of a box's south-west corner to those of its north-east corner list every
 * area whose box meets that box (and more).
 */
export function columnOf(grid: CellGrid, lon: number): number {
	return Math.max(0, colAt(grid, lon));
}

/** The row holding a latitude (degrees), clamped to the grid; see `columnOf`. */
export function rowOf(grid: CellGrid, lat: number): number {
	return Math.max(0, rowAt(grid, lat));
}

/**
 * Builds a grid over the boxes of the given areas (`box` holds [minLon, minLat, maxLon, maxLat]
 * per area in degrees), with about `cellsPerArea` cells per area; each cell lists the areas in
 * the order of `order`, so callers can rank candidates once at build time.
 * @param stride 4 for boxes; 2 for points given as [lon, lat] pairs
 */
export function buildCellGrid(
	box: Float64Array,
	order: ArrayLike<number>,
	cellsPerArea = 8,
	stride: 2 | 4 = 4
): CellGrid {
	let west = Infinity;
	let south = Infinity;
	let east = -Infinity;
	let north = -Infinity;
	for (let k = 0; k < order.length; k++) {
		const b = order[k] * stride;
		west = Math.min(west, box[b]);
		south = Math.min(south, box[b + 1]);
		east = Math.max(east, box[b + stride - 2]);
		north = Math.max(north, box[b + stride - 1]);
	}
	if (order.length === 0) [west, south, east, north] = [0, 0, 0, 0];
	// Cells roughly square in degrees; a zero-width or zero-height extent gets one column or row.
	const width = Math.max(east - west, 1e-9);
	const height = Math.max(north - south, 1e-9);
	const cells = Math.min(Math.max(Math.round(order.length * cellsPerArea), 1), 1 << 22);
	const cols = Math.max(1, Math.min(cells, Math.round(Math.sqrt((cells * width) / height))));
	const rows = Math.max(1, Math.min(cells, Math.round(cells / cols)));
	const shape = { west, south, east, north, cols, rows };
	const grid = { ...shape, colsPerDegree: cols / width, rowsPerDegree: rows / height };

	// Two passes over the boxes: count per cell, then fill (compressed sparse rows).
	const start = new Uint32Array(cols * rows + 1);
	const cellCount = cols * rows;
	if (stride === 2) {
		// A point lies in one cell: find it once (rowAt and colAt written out, so that no number
		// is boxed on its way back from a call).
		const cellOf = new Int32Array(order.length);
		const { colsPerDegree, rowsPerDegree } = grid;
		for (let k = 0; k < order.length; k++) {
			const b = order[k] * 2;
			const row = Math.min(rows - 1, Math.floor((box[b + 1] - south) * rowsPerDegree));
			const col = Math.min(cols - 1, Math.floor((box[b] - west) * colsPerDegree));
			cellOf[k] = row * cols + col;
			start[cellOf[k] + 1]++;
		}
		for (let c = 0; c < cellCount; c++) start[c + 1] += start[c];
		const items = new Int32Array(start[cellCount]);
		const next = start.slice(0, cellCount);
		for (let k = 0; k < order.length; k++) items[next[cellOf[k]]++] = order[k];
		return { ...grid, start, items };
	}
	const visit = (fill: (cell: number, area: number) => void) => {
		for (let k = 0; k < order.length; k++) {
			const area = order[k];
			const b = area * 4;
			const c0 = colAt(grid, box[b]);
			const c1 = colAt(grid, box[b + 2]);
			for (let r = rowAt(grid, box[b + 1]), r1 = rowAt(grid, box[b + 3]); r <= r1; r++) {
				for (let c = c0; c <= c1; c++) fill(r * cols + c, area);
			}
		}
	};
	visit((cell) => start[cell + 1]++);
	for (let c = 0; c < cellCount; c++) start[c + 1] += start[c];
	const items = new Int32Array(start[cellCount]);
	const next = start.slice(0, cellCount);
	visit((cell, area) => (items[next[cell]++] = area));
	return { ...grid, start, items };
}
