// Fictional names and profiles for the demo wijk. Nothing here describes a real place or person.

/** A fictional buurt: its name and the character its figures are drawn around. */
export interface BuurtProfile {
	name: string;
	/** Inhabitants, before noise. */
	inwoners: number;
	/** Share of inhabitants aged 65 or over, in %. */
	pct65: number;
	/** Share of inhabitants aged 45 to 64, in %. */
	pct4564: number;
	/** Share of inhabitants born outside Europe, in %. */
	pctBornOutsideEurope: number;
	/** Share of single-person households, in %. */
	pctAlone: number;
	/** Share of households with children, in %. */
	pctKids: number;
	/** Mean income per inhabitant, in € 1,000. */
	income: number;
	/** Share of households in the national bottom 40 % of income, in %. */
	pctLowIncome: number;
	/** Distance to the nearest GP practice, in km. */
	gpKm: number;
	/** Distance to the nearest large supermarket, in km. */
	shopKm: number;
	/** True if CBS would have suppressed this buurt's income figures (too few households). */
	incomeSuppressed: boolean;
}

/** Six buurten with distinct characters, so gaps differ between them. */
export const buurtProfiles: BuurtProfile[] = [
	{
		name: 'Kerkbuurt',
		pct4564: 27,
		pctBornOutsideEurope: 6,
		inwoners: 2400,
		pct65: 31,
		pctAlone: 44,
		pctKids: 18,
		income: 29,
		pctLowIncome: 38,
		gpKm: 0.6,
		shopKm: 0.7,
		incomeSuppressed: false
	},
	{
		name: 'Molenkwartier',
		pct4564: 24,
		pctBornOutsideEurope: 11,
		inwoners: 3900,
		pct65: 12,
		pctAlone: 27,
		pctKids: 41,
		income: 33,
		pctLowIncome: 30,
		gpKm: 1.1,
		shopKm: 0.9,
		incomeSuppressed: false
	},
	{
		name: 'De Akkers',
		pct4564: 26,
		pctBornOutsideEurope: 19,
		inwoners: 3300,
		pct65: 16,
		pctAlone: 39,
		pctKids: 33,
		income: 21,
		pctLowIncome: 61,
		gpKm: 0.9,
		shopKm: 1.2,
		incomeSuppressed: false
	},
	{
		name: 'Parkzoom',
		pct4564: 29,
		pctBornOutsideEurope: 8,
		inwoners: 1700,
		pct65: 24,
		pctAlone: 22,
		pctKids: 36,
		income: 45,
		pctLowIncome: 17,
		gpKm: 1.4,
		shopKm: 1.6,
		incomeSuppressed: false
	},
	{
		name: 'Stationsbuurt',
		pct4564: 18,
		pctBornOutsideEurope: 24,
		inwoners: 2800,
		pct65: 9,
		pctAlone: 63,
		pctKids: 11,
		income: 26,
		pctLowIncome: 47,
		gpKm: 0.4,
		shopKm: 0.3,
		incomeSuppressed: false
	},
	{
		name: 'Oude Haven',
		pct4564: 30,
		pctBornOutsideEurope: 9,
		inwoners: 620,
		pct65: 38,
		pctAlone: 41,
		pctKids: 14,
		income: 27,
		pctLowIncome: 44,
		gpKm: 2.6,
		shopKm: 2.9,
		incomeSuppressed: true
	}
];

/** Offer names by help category; `{buurt}` is replaced by the buurt's name. */
export const offerNames: Record<string, string[]> = {
	boodschappen: [
		'Boodschappenmaatjes {buurt}',
		'Boodschappenservice De Schakel',
		'Samen naar de markt'
	],
	vervoer: ['Buurtbus Voorbeeldwijk', 'Vrijwillige chauffeurs {buurt}', 'Rijdende Rozen'],
	klussen: ['Klussendienst {buurt}', 'Repair Café De Werkplaats', 'Handige Buren'],
	gezelschap: ['Maatjesproject Samen', 'Bezoekdienst {buurt}', 'Telefooncirkel'],
	'administratie-en-geld': [
		'Formulierenbrigade',
		'Thuisadministratie {buurt}',
		'Geldzaken Spreekuur'
	],
	'digitale-hulp': ['Digicafé Bibliotheek', 'Digimaatjes {buurt}', 'Buurtapp {buurt}'],
	maaltijden: ['Buurtkeuken {buurt}', 'Samen Eten De Tafel', 'Kookclub Aanschuiven'],
	mantelzorgondersteuning: ['Mantelzorgcafé', 'Respijtzorg vrijwilligers', 'Steunpunt Mantelzorg'],
	taal: ['Taalcafé {buurt}', 'Taalmaatjes', 'Leesclub Nieuwe Nederlanders'],
	ontmoeting: ['Buurtkamer {buurt}', 'Koffieochtend De Hoek', 'Buurtmoestuin {buurt}']
};

/** Organisations that run offers in the demo wijk. */
export const organisations = [
	'Welzijn Voorbeeldstad',
	'Bewonersgroep {buurt}',
	'Stichting Buurtkracht',
	'Bibliotheek Voorbeeldstad',
	'Kerkgemeenschap De Ark',
	'Vrijwilligerscentrale',
	''
];

/** Short need descriptions by help category, written as aggregates with no names. */
export const needNotes: Record<string, string[]> = {
	boodschappen: [
		'Ouderen die slecht ter been zijn, kunnen niet zelf boodschappen doen.',
		'Na de sluiting van de supermarkt is de winkel ver weg.'
	],
	vervoer: [
		'Vervoer naar de huisarts en het ziekenhuis is lastig zonder auto.',
		'Geen bushalte meer in de buurt sinds de dienstregeling veranderde.'
	],
	klussen: [
		'Kleine klussen in huis blijven liggen; huurders weten niet wie te vragen.',
		'Tuinonderhoud lukt niet meer voor een deel van de ouderen.'
	],
	gezelschap: [
		'Bewoners zeggen dat ze dagen niemand spreken.',
		'Na verlies van een partner weinig contact met de buurt.'
	],
	'administratie-en-geld': [
		'Post en formulieren stapelen zich op.',
		'Vragen over toeslagen en betalingsachterstanden.'
	],
	'digitale-hulp': [
		'Moeite met DigiD en online afspraken maken.',
		'Geen hulp bij het gebruik van een smartphone.'
	],
	maaltijden: [
		'Behoefte aan een warme maaltijd samen, een paar keer per week.',
		'Alleenstaanden koken niet meer voor zichzelf.'
	],
	mantelzorgondersteuning: [
		'Mantelzorgers zijn overbelast en willen even vrij.',
		'Mantelzorgers weten niet waar ze terechtkunnen.'
	],
	taal: [
		'Nieuwe bewoners willen Nederlands oefenen buiten de les.',
		'Brieven van instanties worden niet begrepen.'
	],
	ontmoeting: [
		'Er is geen plek in de buurt om binnen te lopen.',
		'Jonge ouders zoeken contact met andere gezinnen.'
	]
};
