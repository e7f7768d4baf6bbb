import { describe, expect, it } from 'vitest';
import { citesCbs, earlierYearContributors, todayIso } from './gap-notes';

describe('gap notes', () => {
	it('names the income and Wmo figures that count in a score', () => {
		expect(
			earlierYearContributors([
				{ name: 'afstand-huisarts-km', points: 4 },
				{ name: 'wmo-clienten-per-1000', points: 1.2 },
				{ name: 'laag-inkomen-huishoudens-pct', points: null },
				{ name: 'personen-in-armoede-pct', points: 0 },
				{ name: 'observed', points: 3 }
			])
		).toEqual(['wmo-clienten-per-1000']);
	});

	it('recognises a source that names CBS, and no other', () => {
		expect(citesCbs('CBS Wijk- en buurtkaart 2024')).toBe(true);
		expect(citesCbs('import: cbs-kerncijfers.csv')).toBe(true);
		expect(citesCbs('Voorbeeldgegevens (fictief)')).toBe(false);
		expect(citesCbs('ABCDS-telling')).toBe(false);
	});

	it('writes today as a local calendar date', () => {
		expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
	});
});
