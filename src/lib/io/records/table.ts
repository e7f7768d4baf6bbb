import type { LonLat } from '../../domain/records';
import type { ImportProblem } from './problems';

/** A file read into rows of text cells, before any value is interpreted. */
export interface Table {
	/** Where it came from: in GeoJSON a "row" is a feature, numbered from 1. */
	origin: 'csv' | 'geojson';
	/** Column names, trimmed, unique. */
	columns: string[];
	/** One array of cells per readable row, each as long as `columns`. */
	rows: string[][];
	/** For each row: its number as a spreadsheet shows it (header = 1), or its feature number. */
	rowNumbers: number[];
	/** For GeoJSON: each row's point from its geometry, null when it has none. */
	locations?: Array<LonLat | null>;
	/** Problems with single rows found while reading; those rows cannot be imported as they are. */
	problems: ImportProblem[];
}

/** A readable table, or the problems that make the whole file unreadable. */
export type ParseResult = { ok: true; table: Table } | { ok: false; problems: ImportProblem[] };
