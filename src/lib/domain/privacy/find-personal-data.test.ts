import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPersonalData } from './find-personal-data';

// Golden fixtures: each line of `fixtures/in/<name>.txt` is one free-text field; the findings
// are written to `fixtures/out/<name>.json`. Run with UPDATE_GOLDEN=1 to regenerate, then read
// the diff before committing it.
const fixtures = path.join(import.meta.dirname, 'fixtures');
const update = process.env.UPDATE_GOLDEN === '1';

function readLines(name: string): string[] {
	return readFileSync(path.join(fixtures, 'in', `${name}.txt`), 'utf8')
		.split('\n')
		.filter((line) => line.trim() !== '');
}

function golden(name: string) {
	return readLines(name).map((text, i) => ({
		line: i + 1,
		text,
		findings: findPersonalData(text).map((f) => ({ ...f, match: text.slice(f.start, f.end) }))
	}));
}

describe('findPersonalData on the golden fixtures', () => {
	for (const name of ['clean', 'personal']) {
		it(`finds exactly what fixtures/out/${name}.json records`, () => {
			const actual = golden(name);
			const file = path.join(fixtures, 'out', `${name}.json`);
			if (update) writeFileSync(file, `${JSON.stringify(actual, null, '\t')}\n`);
			expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
		});
	}

	it('finds nothing in any line of ordinary text', () => {
		for (const text of readLines('clean'))
			expect([text, findPersonalData(text)]).toEqual([text, []]);
	});

	it('finds something in every line that holds personal data', () => {
		for (const text of readLines('personal')) {
			expect(findPersonalData(text).length, text).toBeGreaterThan(0);
		}
	});
});

describe('findPersonalData', () => {
	it('returns nothing for empty text', () => {
		expect(findPersonalData('')).toEqual([]);
	});

	it('returns findings sorted by where they start', () => {
		const text = 'Mail a@example.nl, bel 06-12345678, mevrouw Jansen.';
		expect(findPersonalData(text).map((f) => f.kind)).toEqual(['email', 'phone', 'person-name']);
	});

	it('reports the digits of an IBAN as an IBAN, not also as a phone number', () => {
		const text = 'Rekening NL91 ABNA 0417 1643 00.';
		expect(findPersonalData(text)).toEqual([{ kind: 'iban', start: 9, end: 31 }]);
	});

	it('gives offsets that cut out exactly the matched text', () => {
		const text = 'Bel (030) 123 45 67 of mail wijk@example.nl';
		const cut = findPersonalData(text).map((f) => text.slice(f.start, f.end));
		expect(cut).toEqual(['(030) 123 45 67', 'wijk@example.nl']);
	});

	it('counts offsets in UTF-16 units, so text after an emoji still lines up', () => {
		const text = '👋 bel 0612345678';
		const [finding] = findPersonalData(text);
		expect(text.slice(finding!.start, finding!.end)).toBe('0612345678');
	});

	it('handles a long text without personal data quickly', () => {
		const text = 'De buurt telt 1.250 inwoners en 15 huishoudens zonder internet. '.repeat(2000);
		const started = performance.now();
		expect(findPersonalData(text)).toEqual([]);
		expect(performance.now() - started).toBeLessThan(2000);
	});
});
