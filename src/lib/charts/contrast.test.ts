import { describe, expect, it } from 'vitest';
import { contrastRatio, darkText, lightText, parseColor, readableTextOn } from './contrast';

describe('contrast', () => {
	it('reads hexadecimal and rgb() notations alike', () => {
		expect(parseColor('#0b4f8A')).toEqual([11, 79, 138]);
		expect(parseColor('rgb(11, 79, 138)')).toEqual([11, 79, 138]);
	});

	it('refuses a notation it cannot read, naming it', () => {
		expect(() => parseColor('hsl(0, 0%, 0%)')).toThrow(/hsl\(0, 0%, 0%\)/);
	});

	it('gives 21:1 for black on white and 1:1 for a colour on itself', () => {
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrastRatio('#0b4f8a', '#0b4f8a')).toBe(1);
	});

	it('chooses white text on dark backgrounds and dark text on light ones', () => {
		expect(readableTextOn('#67001f')).toBe(lightText);
		expect(readableTextOn('#f7f7f7')).toBe(darkText);
	});
});
