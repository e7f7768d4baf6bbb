/**
 * The records sorted by id, so sums run in one fixed order and floating-point results do not
 * depend on the order the records came in (methodology/README.md, section 10).
 */
export function byId<T extends { id: string }>(records: readonly T[]): readonly T[] {
	return sortedBy(records, (record) => record.id);
}

/** The areas sorted by code, for the same reason as `byId`. */
export function byCode<T extends { code: string }>(areas: readonly T[]): readonly T[] {
	return sortedBy(areas, (area) => area.code);
}

function sortedBy<T>(records: readonly T[], key: (record: T) => string): readonly T[] {
	// Stored records usually come in order already; checking is far cheaper than sorting.
	let sorted = true;
	for (let i = 1; i < records.length && sorted; i++)
		sorted = key(records[i - 1]) <= key(records[i]);
	if (sorted) return records;
	return [...records].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
