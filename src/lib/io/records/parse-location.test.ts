import { describe, expect, it } from 'vitest';
import { parseLocationText, parseLonLat } from './parse-location';

describe('parseLonLat', () => {
	it('reads two cells with decimal points or commas', () => {
		expect(parseLonLat('5,1214', '52,0907')).toEqual({ ok: true, value: [5.1214, 52.0907] });
	});

	it('reports swapped columns and RD New metres', () => {
		expect(parseLonLat('52.09', '5.12')).toEqual({ ok: false, code: 'coordinates-swapped' });
		expect(parseLonLat('136512', '455874')).toEqual({
			ok: false,
			code: 'coordinates-look-like-rd'
		});
	});
});

describe('parseLocationText', () => {
	it.each([
		['POINT(5.12 52.09)'],
		['point (5.12 52.09)'],
		['52.09, 5.12'],
		['5.12,52.09'],
		['52,09; 5,12'],
		['52,09 5,12'],
		['5.12 52.09']
	])('reads %s as longitude 5.12, latitude 52.09', (text) => {
		expect(parseLocationText(text)).toEqual({ ok: true, value: [5.12, 52.09] });
	});

	it('reports WKT written latitude first', () => {
		expect(parseLocationText('POINT(52.09 5.12)')).toEqual({
			ok: false,
			code: 'coordinates-swapped'
		});
	});

	it('reports text that is not two numbers', () => {
		expect(parseLocationText('Kerkplein')).toEqual({ ok: false, code: 'invalid-coordinates' });
		expect(parseLocationText('52.09, oost')).toEqual({ ok: false, code: 'not-a-number' });
	});

	it('reports a point abroad', () => {
		expect(parseLocationText('48.85, 2.35')).toEqual({
			ok: false,
			code: 'coordinates-outside-netherlands'
		});
	});
});
