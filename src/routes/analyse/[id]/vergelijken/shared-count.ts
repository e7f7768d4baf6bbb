// Counts as this shared view may show them (src/lib/domain/privacy/small-counts.ts).
import { shareCount } from '$lib/domain/privacy/small-counts';
import { m } from '$lib/paraglide/messages.js';
import { formatNumber } from '$lib/ui/format';

/** A count of people or households as text, or "fewer than N" when it is below the threshold. */
export function countText(count: number, threshold: number, language: string): string {
	const shared = shareCount(count, threshold);
	return shared.kind === 'shown'
		? formatNumber(shared.value, language, 0)
		: m.vergelijken_suppressed({ threshold: String(shared.below) });
}
