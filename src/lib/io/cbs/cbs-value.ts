import { valueText } from './problems';

// CBS marks a figure it may not or cannot publish in several ways: JSON null, an empty cell, `.`
// (StatLine), `-`, `x`, `?`, or a large negative code (−99995 secret, −99997 unknown,
// −99999999 in older files). All of them mean "unknown" and must never become 0.

/** Values at or below this are CBS codes for secret or unknown figures, not figures (unitless). */
export const cbsSentinelLimit = -99_990;

const missingMarkers = new Set(['', '.', '-', 'x', '?']);

/** What one cell of CBS data holds: a figure, a missing figure, or text that is not a number. */
export type CbsValue =
	{ kind: 'number'; value: number } | { kind: 'missing' } | { kind: 'invalid'; text: string };

const missing: CbsValue = { kind: 'missing' };

/** A number written with `.` or `,` as decimal separator, or with thousands groups, else null. */
function parseDecimal(text: string): number | null {
	// One separator, or none: it is the decimal separator (`12,5` and `12.5` are both 12.5).
	if (/^[+-]?(\d+[.,]?\d*|[.,]\d+)$/.test(text)) return Number(text.replace(',', '.'));
	// Thousands groups are only recognised when they cannot be read as decimals: several groups,
	// or groups followed by the other separator (`1.234.567`, `1.234,5`, `1,234.5`).
	if (/^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) {
		return Number(text.replaceAll('.', '').replace(',', '.'));
	}
	if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) return Number(text.replaceAll(',', ''));
	return null;
}

function figure(value: number): CbsValue {
	return value <= cbsSentinelLimit ? missing : { kind: 'number', value };
}

/**
 * Reads one CBS cell: a finite number (unit as in the source column), `missing` for every CBS
 * marker of a suppressed or unknown figure, or `invalid` with the text for anything else.
 */
export function readCbsValue(raw: unknown): CbsValue {
	if (raw === null || raw === undefined) return missing;
	if (typeof raw === 'number') {
		return Number.isFinite(raw) ? figure(raw) : { kind: 'invalid', text: String(raw) };
	}
	if (typeof raw !== 'string') return { kind: 'invalid', text: valueText(raw) };
	const text = raw.trim();
	if (missingMarkers.has(text.toLowerCase())) return missing;
	const value = parseDecimal(text);
	return value === null ? { kind: 'invalid', text: valueText(text) } : figure(value);
}

/**
 * The figure in one CBS cell (unit as in the source column), or null when it is suppressed,
 * unknown or not a number; `onInvalid` hears about the last case, so the caller can report it.
 */
export function parseCbsValue(raw: unknown, onInvalid?: (text: string) => void): number | null {
	const value = readCbsValue(raw);
	if (value.kind === 'invalid') onInvalid?.(value.text);
	return value.kind === 'number' ? value.value : null;
}
