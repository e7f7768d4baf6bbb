import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Every user-facing text exists in Dutch and English. Messages are split per part of the app
// (project.inlang/settings.json lists the files); a key defined twice would silently shadow.
const settings = JSON.parse(readFileSync('project.inlang/settings.json', 'utf8')) as {
	locales: string[];
	'plugin.inlang.messageFormat': { pathPattern: string[] };
};
const patterns = settings['plugin.inlang.messageFormat'].pathPattern;

function keysOf(pattern: string, locale: string): Map<string, string> {
	const file = JSON.parse(readFileSync(pattern.replace('{locale}', locale), 'utf8')) as Record<
		string,
		unknown
	>;
	const entries = Object.entries(file).filter(([key]) => key !== '$schema');
	return new Map(entries.map(([key, value]) => [key, typeof value === 'string' ? value : '']));
}

describe('message files', () => {
	it.each(patterns)('%s has the same keys, all non-empty, in every language', (pattern) => {
		const [base, ...others] = settings.locales.map((locale) => keysOf(pattern, locale));
		for (const other of others) expect([...other.keys()].sort()).toEqual([...base!.keys()].sort());
		for (const messages of [base!, ...others]) {
			for (const [key, value] of messages) expect(value.trim(), key).not.toBe('');
		}
	});

	it('defines no key in two files', () => {
		const seen = new Map<string, string>();
		for (const pattern of patterns) {
			for (const key of keysOf(pattern, settings.locales[0]!).keys()) {
				expect(seen.get(key), `${key} in ${pattern}`).toBeUndefined();
				seen.set(key, pattern);
			}
		}
	});
});
