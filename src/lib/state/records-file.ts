import { parseCsv, parseGeoJsonRecords } from '$lib/io/records/parse-table';
import type { ParseResult } from '$lib/io/records/table';

// Offers and needs arrive as CSV from a spreadsheet or as GeoJSON from a map tool; the file's
// name or its first character says which.

/**
 * Reads a file's text as a table: GeoJSON when the name ends in `.geojson`/`.json` or the text
 * starts with `{`, else CSV; `badJson` when it should be JSON but does not parse.
 */
export function parseRecordsFile(name: string, text: string): ParseResult | { badJson: true } {
	const trimmed = text.trimStart();
	const looksJson = /\.(geo)?json$/i.test(name) || trimmed.startsWith('{');
	if (!looksJson) return parseCsv(text);
	try {
		return parseGeoJsonRecords(JSON.parse(text));
	} catch {
		return { badJson: true };
	}
}
