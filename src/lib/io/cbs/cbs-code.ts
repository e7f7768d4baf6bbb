import { areaSchema } from '../../domain/records';

// CBS area codes: `GM` + 4 digits (gemeente), `WK` + 6 (wijk), `BU` + 8 (buurt). StatLine pads
// them with spaces (`'GM0344    '`), and some files prefix the year (`jrstatcode` = `2024GM0344`).

/** The CBS levels an imported area can have, from the most specific. */
export const cbsLevels = ['buurt', 'wijk', 'gemeente'] as const;

/** A level of the CBS area hierarchy. */
export type CbsLevel = (typeof cbsLevels)[number];

const levelByPrefix: Record<string, CbsLevel> = { BU: 'buurt', WK: 'wijk', GM: 'gemeente' };

/** A valid CBS area code with the level its prefix stands for. */
export interface CbsCode {
	code: string;
	level: CbsLevel;
}

/**
 * Reads a CBS area code: trims it, drops a leading 4-digit year (`2024GM0344`), upper-cases it and
 * checks it against the area code pattern of `areaSchema`; null when it is not a CBS code.
 */
export function parseCbsCode(raw: unknown): CbsCode | null {
	if (typeof raw !== 'string') return null;
	const code = raw
		.trim()
		.replace(/^\d{4}(?=[A-Za-z])/, '')
		.toUpperCase();
	const level = levelByPrefix[code.slice(0, 2)];
	if (!level || !areaSchema.shape.code.safeParse(code).success) return null;
	return { code, level };
}
