/**
 * The records sorted by id, so sums run in one fixed order and floating-point results do not
 * depend on the order the records came in (methodology/README.md, section 10).
 */
export function byId<T extends { id: string }>(records: readonly T[]): readonly T[] {
	// Stored records usually come in id order already; checking is far cheaper than sorting.
	let sorted = true;
	for (let i = 1; i < records.length && sorted; i++) sorted = records[i - 1].id <= records[i].id;
	if (sorted) return records;
	return [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
