import { describe, expect, it } from 'vitest';
import { findPersonNames } from './person-name';

const found = (text: string) => findPersonNames(text).map((f) => text.slice(f.start, f.end));

describe('findPersonNames', () => {
	it.each([
		'mevrouw Jansen',
		'Mevrouw Jansen',
		'meneer De Vries',
		'dhr. Bakker',
		'mw. Yilmaz',
		'familie El Amrani',
		'Mevr. van der Berg',
		'mw. J.P. de Boer',
		'de heer Van Dijk',
		'fam. Öztürk',
		'buurvrouw Smit-Kramer',
		'Mrs. Peters',
		'Mr Hoekstra'
	])('recognises %s', (name) => {
		expect(found(`Volgens ${name} is hulp nodig.`)).toEqual([name]);
	});

	it('does not flag a form of address without a surname', () => {
		expect(found('Mevrouw gaf aan dat meneer ziek is; de familie woont ver weg.')).toEqual([]);
	});

	it('does not flag words that merely start like a form of address', () => {
		expect(found('Familiedag met Mwanza en Dhruv, MS Vereniging.')).toEqual([]);
	});

	it('does not flag a capitalised name on its own', () => {
		expect(found('Jansen en De Vries helpen in de buurtkamer.')).toEqual([]);
	});
});
