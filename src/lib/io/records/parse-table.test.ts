import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv } from './parse-table';
import type { ParseResult, Table } from './table';

function table(result: ParseResult): Table {
	if (!result.ok) throw new Error(`expected a table, got ${JSON.stringify(result.problems)}`);
	return result.table;
}

describe('detectDelimiter', () => {
	it('picks the mark that separates the header', () => {
		expect(detectDelimiter('a;b;c\n1,5;2,5;3')).toBe(';');
		expect(detectDelimiter('a\tb\n1\t2')).toBe('\t');
		expect(detectDelimiter('a,b\n1;2')).toBe(',');
	});

	it('ignores marks inside quotes and skips leading blank lines', () => {
		expect(detectDelimiter('\n\n"a;b",c,d\n')).toBe(',');
	});

	it('falls back to a comma for a single column', () => {
		expect(detectDelimiter('naam\nBuurtkamer')).toBe(',');
	});
});

describe('parseCsv', () => {
	it('reads a semicolon file with a BOM and Windows line endings', () => {
		const t = table(parseCsv('\ufeffnaam;aantal\r\nKoffie;2,5\r\n'));
		expect(t.columns).toEqual(['naam', 'aantal']);
		expect(t.rows).toEqual([['Koffie', '2,5']]);
	});

	it('reads tab-separated text', () => {
		expect(table(parseCsv('a\tb\n1\t2')).rows).toEqual([['1', '2']]);
	});

	it('keeps a quoted newline inside its cell and numbers rows as a spreadsheet does', () => {
		const t = table(parseCsv('naam,notitie\nA,"twee\nregels"\nB,x'));
		expect(t.rows).toEqual([
			['A', 'twee\nregels'],
			['B', 'x']
		]);
		expect(t.rowNumbers).toEqual([2, 3]);
	});

	it('skips blank lines but keeps the numbers of the rows after them', () => {
		const t = table(parseCsv('naam\n\nA\n   \nB\n\n\n'));
		expect(t.rows).toEqual([['A'], ['B']]);
		expect(t.rowNumbers).toEqual([3, 5]);
	});

	it('trims header names', () => {
		expect(table(parseCsv(' naam , aantal \nA,1')).columns).toEqual(['naam', 'aantal']);
	});

	it('drops empty cells past the last named column', () => {
		const t = table(parseCsv('naam;aantal;;\nA;1;;\nB;2'));
		expect(t.columns).toEqual(['naam', 'aantal']);
		expect(t.rows).toEqual([
			['A', '1'],
			['B', '2']
		]);
	});

	it('reports a row with too many or too few cells, with its number, and reads the rest', () => {
		const t = table(parseCsv('a,b\n1,2\n1,2,3\n1\n4,5'));
		expect(t.rows).toEqual([
			['1', '2'],
			['4', '5']
		]);
		expect(t.problems).toEqual([
			{ code: 'row-length-mismatch', row: 3, expected: 2, found: 3 },
			{ code: 'row-length-mismatch', row: 4, expected: 2, found: 1 }
		]);
	});

	it('refuses an empty file', () => {
		expect(parseCsv('')).toEqual({ ok: false, problems: [{ code: 'empty-file' }] });
		expect(parseCsv('\ufeff \n\n')).toEqual({ ok: false, problems: [{ code: 'empty-file' }] });
	});

	it('refuses a file whose first row is data, not a header', () => {
		expect(parseCsv('12;3,5;7\n1;2;3')).toEqual({
			ok: false,
			problems: [{ code: 'no-header', row: 1 }]
		});
	});

	it('refuses a header without rows', () => {
		expect(parseCsv('naam;aantal\n')).toEqual({ ok: false, problems: [{ code: 'no-rows' }] });
	});

	it('refuses duplicate column names, whatever their case', () => {
		const result = parseCsv('naam,Naam\nA,B');
		expect(result).toEqual({
			ok: false,
			problems: [
				{
					code: 'duplicate-column-name',
					row: 1,
					column: 'Naam',
					columnNumber: 2,
					value: 'Naam'
				}
			]
		});
	});

	it('refuses a blank column name between named ones', () => {
		expect(parseCsv('naam,,aantal\nA,x,1')).toEqual({
			ok: false,
			problems: [{ code: 'blank-column-name', row: 1, columnNumber: 2 }]
		});
	});

	it('refuses values under a blank column name past the last named one', () => {
		expect(parseCsv('naam,\nA,x')).toEqual({
			ok: false,
			problems: [{ code: 'blank-column-name', columnNumber: 2 }]
		});
	});

	it('refuses a quote that is never closed, naming the row it opens in', () => {
		expect(parseCsv('naam,notitie\nA,ok\nB,"open\nC,x')).toEqual({
			ok: false,
			problems: [{ code: 'unclosed-quote', row: 3 }]
		});
	});

	it('keeps cells that look like formulas as text', () => {
		const t = table(parseCsv('naam\n"=SUM(A1:A3)"\n+31 club\n@buurt'));
		expect(t.rows).toEqual([['=SUM(A1:A3)'], ['+31 club'], ['@buurt']]);
	});
});
