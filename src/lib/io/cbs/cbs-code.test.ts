import { describe, expect, it } from 'vitest';
import { parseCbsCode } from './cbs-code';

describe('parseCbsCode', () => {
	it('reads the level from the prefix', () => {
		expect(parseCbsCode('BU03440111')).toEqual({ code: 'BU03440111', level: 'buurt' });
		expect(parseCbsCode('WK034401')).toEqual({ code: 'WK034401', level: 'wijk' });
		expect(parseCbsCode('GM0344')).toEqual({ code: 'GM0344', level: 'gemeente' });
	});

	it('trims the spaces StatLine pads codes with', () => {
		expect(parseCbsCode('GM0344    ')).toEqual({ code: 'GM0344', level: 'gemeente' });
		expect(parseCbsCode('  WK034401  ')).toEqual({ code: 'WK034401', level: 'wijk' });
	});

	it('drops the year in front of a jrstatcode and upper-cases the prefix', () => {
		expect(parseCbsCode('2024GM0344')).toEqual({ code: 'GM0344', level: 'gemeente' });
		expect(parseCbsCode('bu03440111')).toEqual({ code: 'BU03440111', level: 'buurt' });
	});

	it('rejects codes that do not match the area code pattern', () => {
		for (const raw of [
			'',
			'GM344',
			'WK0344011',
			'BU0344011',
			'PV26',
			'EIGEN-1',
			'GM 0344',
			344,
			null
		]) {
			expect(parseCbsCode(raw)).toBeNull();
		}
	});
});
