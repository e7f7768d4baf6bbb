import { describe, expect, it } from 'vitest';
import { parseAreaCode } from './area-code';

describe('parseAreaCode', () => {
	it('accepts CBS buurt, wijk and gemeente codes and upper-cases them', () => {
		expect(['bu03440101', ' WK034401 ', 'GM0344'].map(parseAreaCode)).toEqual([
			'BU03440101',
			'WK034401',
			'GM0344'
		]);
	});

	it('accepts a team-drawn area code', () => {
		expect(parseAreaCode('eigen-Speeltuin-2')).toBe('EIGEN-Speeltuin-2');
	});

	it('refuses a buurt name or a code of the wrong length', () => {
		expect(['Binnenstad', 'BU0344010', 'BU034401011'].map(parseAreaCode)).toEqual([
			null,
			null,
			null
		]);
	});
});
