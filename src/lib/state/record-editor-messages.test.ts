import { describe, expect, it } from 'vitest';
import { problemText, warningText } from './record-editor-messages';

describe('record editor messages', () => {
	it('name the field and the limit in each problem', () => {
		expect(problemText({ field: 'name', code: 'too-long', limit: 200 })).toBe(
			'Naam: te lang, hoogstens 200 tekens.'
		);
		expect(problemText({ field: 'count', code: 'not-above', limit: 0 })).toBe(
			'Aantal (schatting): moet meer dan 0 zijn.'
		);
	});

	it('quote a resident’s name found in a need, and the text behind a warning', () => {
		expect(
			problemText({ field: 'note', code: 'named-resident', value: 'mevrouw Jansen' })
		).toContain('‘mevrouw Jansen’');
		expect(warningText({ field: 'description', kind: 'email', value: 'a@b.nl' })).toBe(
			'Beschrijving: Mogelijk een e-mailadres — ‘a@b.nl’'
		);
	});
});
