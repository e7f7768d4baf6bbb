import type { Need, Offer } from '../records';

// A reference to one offer or need, the currency the list, the map and the editor pass around:
// small, serialisable, and the same for both kinds of record.

/** Which kind of record a reference points at. */
export type RecordKind = 'offer' | 'need';

/** One offer or need, by kind and id. */
export interface RecordRef {
	kind: RecordKind;
	id: string;
}

/** True when two references point at the same record; null never equals anything. */
export function sameRef(a: RecordRef | null, b: RecordRef | null): boolean {
	return a !== null && b !== null && a.kind === b.kind && a.id === b.id;
}

/** The offer or need a reference points at, with its kind, or undefined when it is gone. */
export function findRecord(
	ref: RecordRef,
	offers: readonly Offer[],
	needs: readonly Need[]
): { kind: 'offer'; record: Offer } | { kind: 'need'; record: Need } | undefined {
	if (ref.kind === 'offer') {
		const record = offers.find((o) => o.id === ref.id);
		return record && { kind: 'offer', record };
	}
	const record = needs.find((n) => n.id === ref.id);
	return record && { kind: 'need', record };
}
