import { describe, expect, it } from 'vitest';
import { findAddresses } from './address';

const found = (text: string) => findAddresses(text).map((f) => text.slice(f.start, f.end));

describe('findAddresses', () => {
	it.each([
		'3511 AB 12',
		'3511AB 12a',
		'3511 AB, 12',
		'Kerkstraat 12',
		'Kerkstraat 12, 3511 AB',
		'Kerkstraat 12 3511AB',
		'Lange Nieuwstraat 4-bis',
		'Jan van Galenstraat 101 hs',
		'Dorpsstraat 3-2',
		'Oudegracht 231',
		'Amsterdamsestraatweg 12 A',
		'Burgemeester Reigerstraat 8'
	])('recognises %s', (address) => {
		expect(found(`Adres: ${address}.`)).toEqual([address]);
	});

	it('does not flag a postcode on its own, which names an area', () => {
		expect(found('Signalen uit 3511 AB en 3512CD.')).toEqual([]);
	});

	it('does not flag a postcode followed by a city', () => {
		expect(found('3511 AB Utrecht')).toEqual([]);
	});

	it('does not flag a street without a number', () => {
		expect(found('De buurtkamer aan de Kerkstraat is open.')).toEqual([]);
	});

	it('reads a number followed by a counted word as a count', () => {
		expect(found('In de Kerkstraat 12 huishoudens en aan het Plein 3 keer per week.')).toEqual([]);
		expect(found('Aan de Dorpsweg 40 woningen zonder lift.')).toEqual([]);
	});

	it('reads a four-digit number from 1900 to 2099 after a street as a year', () => {
		expect(found('Renovatie Stationsweg 2024 afgerond.')).toEqual([]);
	});

	it('does not flag a town followed by a year', () => {
		expect(found('Rotterdam 2023 en Tilburg 2024.')).toEqual([]);
	});

	it('leaves a preposition at the start of a sentence out of the street name', () => {
		expect(found('Bij de Kerkstraat 12 staat een bankje.')).toEqual(['Kerkstraat 12']);
	});

	it('does not flag a street followed by a distance or a percentage', () => {
		expect(found('Kerkstraat 1,5 km verder; Kerkstraat 12% minder')).toEqual([]);
	});

	it('does not treat the postcode codes SA, SD and SS as postcodes', () => {
		expect(found('3511 SS 12')).toEqual([]);
	});
});
