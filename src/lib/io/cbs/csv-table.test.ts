import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsvTable } from './csv-table';

describe('detectDelimiter', () => {
	it('picks the delimiter the header uses, ignoring quoted text', () => {
		expect(detectDelimiter('a,b,c\n1;2;3')).toBe(',');
		expect(detectDelimiter('a;b;c\n1,5;2,5;3')).toBe(';');
		expect(detectDelimiter('"x, y, z";b;c\n')).toBe(';');
		expect(detectDelimiter('a\tb\tc')).toBe('\t');
		expect(detectDelimiter('code')).toBe(',');
	});
});

describe('parseCsvTable', () => {
	it('drops a byte-order mark, trims header names and numbers rows as a spreadsheet does', () => {
		const table = parseCsvTable('\uFEFF code ;naam\r\nGM0344;Utrecht\r\n\r\nGM0355;Zeist\r\n');
		expect(table.columns).toEqual(['code', 'naam']);
		expect(table.records).toEqual([
			{ values: { code: 'GM0344', naam: 'Utrecht' }, where: { row: 2 } },
			{ values: { code: 'GM0355', naam: 'Zeist' }, where: { row: 4 } }
		]);
		expect(table.problems).toEqual([]);
	});

	it('takes the delimiter from an Excel sep= line and does not count that line as a row', () => {
		const table = parseCsvTable('sep=;\r\ncode;aantal_inwoners\r\nGM0344;1,5\r\n');
		expect(table.columns).toEqual(['code', 'aantal_inwoners']);
		expect(table.records).toEqual([
			{ values: { code: 'GM0344', aantal_inwoners: '1,5' }, where: { row: 2 } }
		]);
	});

	it('reads quoted fields with delimiters, quotes and line breaks in them', () => {
		const table = parseCsvTable('code,naam\nGM0344,"Utrecht, ""stad""\nen ommeland"\n');
		expect(table.records[0]?.values).toEqual({
			code: 'GM0344',
			naam: 'Utrecht, "stad"\nen ommeland'
		});
	});

	it('reports rows of the wrong length and leaves missing cells absent', () => {
		const table = parseCsvTable('a,b,c\n1,2\n1,2,3,4\n');
		expect(table.records[0]?.values).toEqual({ a: '1', b: '2' });
		expect(table.problems).toEqual([
			{ code: 'csv-field-count', severity: 'warning', row: 2, value: '2' },
			{ code: 'csv-field-count', severity: 'warning', row: 3, value: '4' }
		]);
	});

	it('ignores a second column of the same name, and says so', () => {
		const table = parseCsvTable('code,x,code\nGM0344,1,GM9999\n');
		expect(table.columns).toEqual(['code', 'x']);
		expect(table.records[0]?.values).toEqual({ code: 'GM0344', x: '1' });
		expect(table.problems).toEqual([
			{ code: 'duplicate-column', severity: 'warning', row: 1, column: 'code' }
		]);
	});

	it('reports a quote that is never closed', () => {
		const table = parseCsvTable('code,naam\nGM0344,"Utrecht\n');
		expect(table.problems.map((p) => [p.code, p.value])).toContainEqual([
			'csv-syntax',
			'MissingQuotes'
		]);
	});

	it('keeps a column called __proto__ as an ordinary cell', () => {
		const table = parseCsvTable('code,__proto__\nGM0344,x\n');
		expect(Object.hasOwn(table.records[0]!.values, '__proto__')).toBe(true);
	});

	it('gives an empty table for empty text', () => {
		expect(parseCsvTable('')).toEqual({ columns: [], records: [], problems: [] });
	});
});
