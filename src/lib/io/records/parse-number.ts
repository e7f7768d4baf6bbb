// Numbers from Dutch and English spreadsheets: `2,5` and `2.5` are both two and a half, and a
// thousands separator may be the other mark (`1.234,5`, `1,234.5`) or a space (`1 250`). One
// mark followed by exactly three digits (`1.500`) is ambiguous: one and a half to an English
// reader, fifteen hundred to a Dutch one. For fields that normally hold fractions (coordinates)
// it is read as a decimal; elsewhere it is reported rather than guessed.

/** A number read from a cell, or why it could not be read. */
export type NumberResult =
	{ ok: true; value: number } | { ok: false; code: 'not-a-number' | 'ambiguous-number' };

/** How to read one number. */
export interface NumberOptions {
	/** True for fields where fractions are normal (degrees), so `5.123` is read as a decimal. */
	fractionExpected?: boolean;
}

const plainInteger = /^[+-]?\d+$/;
const shape = /^[+-]?\d+(?:[.,]\d+)*$/;
const notANumber = { ok: false, code: 'not-a-number' } as const;

/** Reads a number written with `,` or `.` as decimal mark, optionally with thousands separators. */
export function parseDecimal(text: string, options: NumberOptions = {}): NumberResult {
	let compact = text.trim();
	// Most cells are plain whole numbers; they need none of the work below.
	if (plainInteger.test(compact)) return { ok: true, value: Number(compact) };
	if (/\s/.test(compact)) compact = compact.replace(/\s/g, '');
	if (!shape.test(compact)) return notANumber;
	const lastDot = compact.lastIndexOf('.');
	const lastComma = compact.lastIndexOf(',');
	let plain: string;
	if (lastDot >= 0 && lastComma >= 0) {
		// The last mark is the decimal one; the other must group thousands before it.
		const [decimal, group, at] = lastDot > lastComma ? ['.', ',', lastDot] : [',', '.', lastComma];
		const whole = compact.slice(0, at);
		if (whole.includes(decimal) || !isGrouped(whole, group)) return notANumber;
		plain = `${whole.replaceAll(group, '')}.${compact.slice(at + 1)}`;
	} else {
		const mark = lastDot >= 0 ? '.' : ',';
		if (compact.indexOf(mark) !== compact.lastIndexOf(mark)) {
			// One kind of mark, several times: thousands separators (`1.234.567`).
			if (!isGrouped(compact, mark)) return notANumber;
			plain = compact.replaceAll(mark, '');
		} else if (!options.fractionExpected && /^[+-]?[1-9]\d{0,2}[.,]\d{3}$/.test(compact)) {
			return { ok: false, code: 'ambiguous-number' };
		} else {
			plain = compact.replace(',', '.');
		}
	}
	const value = Number(plain);
	return Number.isFinite(value) ? { ok: true, value } : notANumber;
}

/** True if digits are grouped in threes by `group`, with one to three digits before the first. */
function isGrouped(text: string, group: string): boolean {
	const [head, ...groups] = text.replace(/^[+-]/, '').split(group);
	return /^\d{1,3}$/.test(head ?? '') && groups.every((g) => /^\d{3}$/.test(g));
}
