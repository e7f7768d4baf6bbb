import { describe, expect, it } from 'vitest';
import { formatDay } from './format';

describe('formatDay', () => {
	it('writes a calendar date in full, in Dutch and in English', () => {
		expect(formatDay('2026-11-23', 'nl')).toBe('23 november 2026');
		expect(formatDay('2026-11-23', 'en')).toMatch(/23 November 2026|November 23, 2026/);
	});
});
