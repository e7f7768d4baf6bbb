import { describe, expect, it } from 'vitest';
import { personalDataKinds } from '$lib/domain/privacy/finding';
import { cbsProblemSeverity, type CbsProblemCode } from '$lib/io/cbs/problems';
import { needFields, offerFields } from '$lib/io/records/import-fields';
import { fileProblemCodes, rowProblemCodes } from '$lib/io/records/problems';
import {
	cbsProblemFacts,
	cbsProblemPlace,
	cbsProblemText,
	fieldLabel,
	importProblemText,
	personalDataText,
	type Locale
} from './import-messages';

const locales: Locale[] = ['nl', 'en'];

// The code lists come from the readers themselves, so a code added there without a text here
// makes these tests fail (and the type check, through the complete tables).
const cbsCodes = Object.keys(cbsProblemSeverity) as CbsProblemCode[]; // keys of a const object
const recordCodes = [...fileProblemCodes, ...rowProblemCodes];

function expectSentence(text: string, code: string): void {
	expect(text.trim().length, code).toBeGreaterThan(3);
	expect(text, code).not.toContain('import_');
}

describe('import problem texts', () => {
	it('give every CBS problem code a sentence in Dutch and in English', () => {
		for (const code of cbsCodes) {
			for (const locale of locales) expectSentence(cbsProblemText(code, locale), code);
			expect(cbsProblemText(code, 'nl')).not.toBe(cbsProblemText(code, 'en'));
		}
	});

	it('give every offers/needs problem code a sentence in Dutch and in English', () => {
		expect(recordCodes.length).toBe(36);
		for (const code of recordCodes) {
			for (const locale of locales) expectSentence(importProblemText(code, locale), code);
			expect(importProblemText(code, 'nl')).not.toBe(importProblemText(code, 'en'));
		}
	});

	it('name every kind of personal data and every import field in both languages', () => {
		for (const kind of personalDataKinds) {
			for (const locale of locales) expectSentence(personalDataText(kind, locale), kind);
		}
		for (const field of [...offerFields, ...needFields]) {
			for (const locale of locales) expect(fieldLabel(field, locale), field).not.toBe(field);
		}
	});

	it('refuse a code without a text instead of showing nothing', () => {
		// A code the types do not know, as a reader could return after a careless change.
		expect(() => importProblemText('no-such-code' as never)).toThrow(/no-such-code/);
		expect(() => cbsProblemText('no-such-code' as never)).toThrow(/no-such-code/);
	});

	it('shows an option name as it is when it is not a field', () => {
		expect(fieldLabel('defaultNeedSource')).toBe('defaultNeedSource');
	});
});

describe('cbsProblemPlace and cbsProblemFacts', () => {
	it('say where a problem is, by feature or by row', () => {
		const problem = { code: 'invalid-code', severity: 'error' } as const;
		expect(cbsProblemPlace({ ...problem, feature: 3 }, 'nl')).toBe('object 3');
		expect(cbsProblemPlace({ ...problem, row: 5 }, 'en')).toBe('row 5');
		expect(cbsProblemPlace(problem, 'nl')).toBe('');
	});

	it('list the area, column and value of a problem', () => {
		expect(
			cbsProblemFacts({
				code: 'invalid-value',
				severity: 'warning',
				areaCode: 'BU03440111',
				year: 2024,
				column: 'aantal_inwoners',
				value: 'n.v.t.'
			})
		).toBe('BU03440111 (2024) · aantal_inwoners · ‘n.v.t.’');
		expect(
			cbsProblemFacts({ code: 'ambiguous-column', severity: 'info', columns: ['a', 'b'] })
		).toBe('a, b');
		expect(cbsProblemFacts({ code: 'empty-file', severity: 'error' })).toBe('');
	});
});
