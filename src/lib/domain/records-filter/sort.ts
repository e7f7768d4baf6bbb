// Sorting the list's tables: text in Dutch alphabetical order with numbers read as numbers
// (`Buurt 2` before `Buurt 10`), empty values last in both directions, and the record id as the
// final tie-break, so the order never depends on how the records were loaded.

/** Up or down, as `aria-sort` names it. */
export type SortDirection = 'ascending' | 'descending';

/** A value to sort by; null and '' mean "empty" and always sort last. */
export type SortValue = string | number | null;

const collator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });

function isEmpty(value: SortValue): value is null | '' {
	return value === null || value === '';
}

/** Compares two values in ascending order; empty values sort after everything else. */
export function compareValues(a: SortValue, b: SortValue): number {
	if (isEmpty(a) || isEmpty(b)) return Number(isEmpty(a)) - Number(isEmpty(b));
	if (typeof a === 'number' && typeof b === 'number') return a - b;
	return collator.compare(String(a), String(b));
}

/**
 * A sorted copy of the records by the value `key` gives each one; ties fall back to the id.
 * Empty values stay last when sorting descending too, so they never crowd the top of the list.
 */
export function sortRecords<R extends { id: string }>(
	records: readonly R[],
	key: (record: R) => SortValue,
	direction: SortDirection
): R[] {
	const sign = direction === 'ascending' ? 1 : -1;
	const keyed = records.map((record) => ({ record, value: key(record) }));
	keyed.sort((x, y) => {
		const emptyOrder = Number(isEmpty(x.value)) - Number(isEmpty(y.value));
		if (emptyOrder !== 0) return emptyOrder;
		const order = compareValues(x.value, y.value) * sign;
		return order !== 0 ? order : x.record.id < y.record.id ? -1 : x.record.id > y.record.id ? 1 : 0;
	});
	return keyed.map((k) => k.record);
}
