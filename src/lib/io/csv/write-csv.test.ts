import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../records/parse-table';
import { escapeFormula, unescapeFormula, writeCsv } from './write-csv';

describe('writeCsv', () => {
	it('escapes text cells that a spreadsheet would run as a formula', () => {
		for (const dangerous of ['=1+1', '+31 6 1234', '-2+3', '@SUM(A1)', '=HYPERLINK("http://x")']) {
			expect(escapeFormula(dangerous)).toBe(`'${dangerous}`);
		}
		expect(escapeFormula('Kerkbuurt')).toBe('Kerkbuurt');
	});

	it('writes negative numbers as numbers, and NaN and null as empty cells', () => {
		const text = writeCsv(['a', 'b', 'c', 'd'], [[-1.5, Number.NaN, null, 'x,"y"']]);
		expect(text).toBe('a,b,c,d\r\n-1.5,,,"x,""y"""');
	});

	it('reads back as the same table, apart from the escaping apostrophe', () => {
		const rows = [
			['Buurt, oost', 12, 'regel 1\nregel 2'],
			['=cmd', 0, '']
		];
		const parsed = Papa.parse<string[]>(writeCsv(['naam', 'aantal', 'notitie'], rows)).data;
		expect(parsed).toEqual([
			['naam', 'aantal', 'notitie'],
			['Buurt, oost', '12', 'regel 1\nregel 2'],
			["'=cmd", '0', '']
		]);
	});
});

describe('unescapeFormula', () => {
	it('takes back exactly the apostrophe escapeFormula added', () => {
		for (const text of ['=SUM(A1)', '+31 6', '-5', '@buurt', 'Gewoon', "'quote", '']) {
			expect(unescapeFormula(escapeFormula(text))).toBe(text);
		}
	});

	it('leaves an apostrophe that guards nothing', () => {
		expect(unescapeFormula("'t Hofje")).toBe("'t Hofje");
	});
});

describe('a CSV written and read back', () => {
	it('gives back names that start like a formula exactly', () => {
		const text = writeCsv(['naam', 'organisatie'], [['=HYPERLINK("x")', '@Buurthuis']]);
		const parsed = parseCsv(text);
		if (!parsed.ok) throw new Error('unreadable');
		expect(parsed.table.rows[0]).toEqual(['=HYPERLINK("x")', '@Buurthuis']);
	});
});
