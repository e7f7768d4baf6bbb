/**
 * The records sorted by id, so sums run in one fixed order and floating-point results do not
 * depend on the order the records came in (methodology/README.md, section 10).
 */
export function byId<T extends { id: string }>(records: readonly T[]): T[] {
	return [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
