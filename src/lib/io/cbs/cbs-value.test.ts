import { describe, expect, it } from 'vitest';
import { parseCbsValue, readCbsValue } from './cbs-value';

describe('parseCbsValue', () => {
	it('reads every CBS marker of a suppressed or unknown figure as missing, never as 0', () => {
		for (const raw of [null, undefined, '', '   ', '.', '     .', '-', 'x', 'X', '?']) {
			expect(parseCbsValue(raw)).toBeNull();
		}
	});

	it('reads the CBS sentinels −99995, −99997 and −99999999 as missing, as numbers or text', () => {
		for (const raw of [-99995, -99997, -99999999, '-99997', -99990]) {
			expect(parseCbsValue(raw)).toBeNull();
		}
		expect(parseCbsValue(-99989)).toBe(-99989);
	});

	it('keeps real zeros and negative figures', () => {
		expect(parseCbsValue(0)).toBe(0);
		expect(parseCbsValue('0')).toBe(0);
		expect(parseCbsValue('-2,5')).toBe(-2.5);
	});

	it('reads a decimal point or a decimal comma', () => {
		expect(parseCbsValue('12.5')).toBe(12.5);
		expect(parseCbsValue('12,5')).toBe(12.5);
		expect(parseCbsValue(' 0,9 ')).toBe(0.9);
		expect(parseCbsValue(',5')).toBe(0.5);
		expect(parseCbsValue(38.5)).toBe(38.5);
	});

	it('reads thousands groups only where they cannot be decimals', () => {
		expect(parseCbsValue('1.234.567')).toBe(1234567);
		expect(parseCbsValue('1.234,5')).toBe(1234.5);
		expect(parseCbsValue('1,234.5')).toBe(1234.5);
		expect(parseCbsValue('1.234')).toBe(1.234);
	});

	it('reads anything else as null and tells the caller, so it can be reported', () => {
		const invalid: string[] = [];
		const report = (text: string) => invalid.push(text);
		for (const raw of ['n.v.t.', '12%', '1.2.3,4,5', true, { a: 1 }, Number.NaN]) {
			expect(parseCbsValue(raw, report)).toBeNull();
		}
		expect(invalid).toEqual(['n.v.t.', '12%', '1.2.3,4,5', 'true', '{"a":1}', 'NaN']);
	});

	it('does not call the reporter for missing values', () => {
		const invalid: string[] = [];
		parseCbsValue('.', (text) => invalid.push(text));
		parseCbsValue(-99997, (text) => invalid.push(text));
		expect(invalid).toEqual([]);
	});
});

describe('readCbsValue', () => {
	it('tells a figure, a missing figure and unreadable text apart', () => {
		expect(readCbsValue('4,3')).toEqual({ kind: 'number', value: 4.3 });
		expect(readCbsValue('.')).toEqual({ kind: 'missing' });
		expect(readCbsValue(' geheim ')).toEqual({ kind: 'invalid', text: 'geheim' });
	});

	it('cuts long unreadable text to 80 characters', () => {
		const read = readCbsValue('a'.repeat(500));
		expect(read.kind === 'invalid' && read.text.length).toBe(80);
	});
});
