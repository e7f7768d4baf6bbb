import { expect, test, type Locator } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { hasSharedData, noSharedData, zeistUtrecht } from './support/shared-data';
import { HomePage } from './pages/home-page';
import { ImportPage } from './pages/import-page';
import { StappenplanPage } from './pages/stappenplan-page';

// The policy officer's story: import the CBS wijken of Utrecht and Zeist with their figures,
// compare Overvecht with two other wijken, and screen two subsidy requests — a new buurt-app where
// two platforms already run, and a taalcafé where no help exists yet.

const wijkenFile = `${zeistUtrecht}wijken_2024_GM0344_GM0355.geojson`;

/** Two digital platforms that already serve klussen in Overvecht (WK034403). */
const platforms = {
	name: 'platforms-overvecht.csv',
	mimeType: 'text/csv',
	buffer: Buffer.from(
		[
			'Naam;Organisatie;Soort;Categorieën;Buurtcode;Capaciteit;Status;Laatst gecontroleerd',
			'BuurtApp Overvecht;Stichting BuurtApp;digitaal-platform;klussen|ontmoeting;WK034403;40;actief;01-03-2025',
			'Burenhulp Online;Welzijn Utrecht;digitaal-platform;klussen|boodschappen;WK034403;25;actief;15-01-2025'
		].join('\n')
	)
};

/** Imports the wijken with their figures and the two platforms on the Kaart page. */
async function importUtrecht(kaart: ImportPage): Promise<void> {
	await kaart.openNewAnalysis('Utrecht en Zeist, wijken');
	await kaart.areas().getByLabel('Grenzen (GeoJSON)').setInputFiles(wijkenFile);
	await expect(kaart.areas().getByTestId('area-to-import')).toHaveText(
		'15 gebieden worden geïmporteerd.'
	);
	await kaart.areas().getByRole('button', { name: 'Importeren' }).click();
	await expect(kaart.areas().getByRole('status')).toContainText('15 gebieden geïmporteerd');

	await kaart.records().getByLabel('Bestand (CSV of GeoJSON)').setInputFiles(platforms);
	await expect(kaart.records().getByTestId('rows-valid')).toHaveText('2');
	await kaart.records().getByRole('button', { name: 'Importeren' }).click();
	await expect(kaart.records().getByTestId('record-import-message')).toHaveText(
		'2 rijen geïmporteerd.'
	);
	await expect(kaart.counts()).toHaveText('15 buurten · 2 aanbod · 0 vragen');
}

/** Fills in and adds one subsidy request with the mouse. */
async function addRequest(
	form: Locator,
	request: {
		applicant: string;
		title: string;
		means: string;
		categories: string[];
		groups?: string[];
		areas: string[];
		budget: string;
	}
): Promise<void> {
	await form.getByLabel('Aanvrager (organisatie)').fill(request.applicant);
	await form.getByLabel('Wat wordt aangevraagd').fill(request.title);
	await form.getByLabel('Soort middel').selectOption({ label: request.means });
	await form.getByLabel('Budget in euro').fill(request.budget);
	const group = (legend: string) => form.getByRole('group', { name: legend });
	for (const c of request.categories) await group('Hulpcategorieën').getByLabel(c).check();
	for (const g of request.groups ?? []) await group('Doelgroepen').getByLabel(g).check();
	for (const a of request.areas) await group('Buurten of wijken').getByLabel(a).check();
	await form.getByRole('button', { name: 'Aanvraag toevoegen' }).click();
	await expect(form.getByTestId('request-added')).toHaveText(
		`Aanvraag ‘${request.title}’ toegevoegd.`
	);
}

test('a policy officer compares three Utrecht wijken and screens two subsidy requests', async ({
	page
}) => {
	test.skip(!hasSharedData, noSharedData);
	test.setTimeout(150_000);
	const kaart = new ImportPage(page);
	await importUtrecht(kaart);

	// Compare: the ranking, three wijken side by side, the differences and the privacy note.
	await kaart.part('Vergelijken').click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Buurten en wijken vergelijken' })
	).toBeVisible();
	const ranking = page.getByTestId('ranking-table');
	await expect(ranking.getByRole('row')).toHaveCount(16);
	// The file holds two gemeenten; the officer compares Utrecht's ten wijken.
	await page.getByLabel('Gemeente').selectOption('GM0344');
	await expect(ranking.getByRole('row')).toHaveCount(11);
	await expect(ranking.getByRole('row').nth(1).getByRole('cell').nth(1)).toHaveText('1');
	await expect(ranking).not.toContainText('Zeist');
	await expect(page.getByTestId('privacy-note')).toContainText('onder de 5 tonen we niet');
	await expect(page.getByText('Grenzen en cijfers: CBS 2024.')).toBeVisible();

	// With the keyboard: tick Overvecht, then two more.
	await ranking.getByRole('checkbox', { name: 'Wijk 03 Overvecht naast elkaar zetten' }).focus();
	await page.keyboard.press('Space');
	await ranking.getByRole('checkbox', { name: 'Wijk 06 Binnenstad naast elkaar zetten' }).check();
	await ranking
		.getByRole('checkbox', { name: 'Wijk 09 Leidsche Rijn naast elkaar zetten' })
		.check();
	await expect(page.getByTestId('profile')).toHaveCount(3);
	await expect(page.getByTestId('profile').first()).toContainText('Wijk 03 Overvecht');
	const differences = page.getByTestId('differences');
	await expect(differences).toContainText('Digitale hulp: groter gat in Wijk 03 Overvecht');
	await expect(differences).toContainText('dan in Wijk 09 Leidsche Rijn');
	expect(await seriousViolations(page)).toEqual([]);

	// A filter narrows the categories in the ranking.
	await page.getByLabel('Doelgroep').selectOption({ label: 'Statushouders' });
	await expect(ranking.getByRole('columnheader', { name: 'Taal' })).toBeVisible();
	await expect(ranking.getByRole('columnheader', { name: 'Klussen' })).toHaveCount(0);

	// Funding: a new buurt-app where two platforms exist, and a taalcafé where nothing is.
	await page
		.getByRole('navigation', { name: 'Vergelijken en middelen' })
		.getByRole('link', { name: 'Subsidieaanvragen' })
		.click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Subsidieaanvragen beoordelen' })
	).toBeVisible();
	const form = page.getByTestId('request-form');

	// An incomplete request is refused, field by field.
	await form.getByRole('button', { name: 'Aanvraag toevoegen' }).click();
	await expect(form.getByRole('alert')).toContainText('De aanvraag is niet opgeslagen.');
	await expect(form.getByLabel('Aanvrager (organisatie)')).toBeFocused();
	await expect(form.getByText('Kies minstens één buurt of wijk.')).toBeVisible();

	await addRequest(form, {
		applicant: 'Stichting Buurtapp',
		title: 'Nieuwe buurt-app',
		means: 'Nieuw buurtplatform of buurtapp',
		categories: ['Klussen', 'Ontmoeting'],
		areas: ['Wijk 03 Overvecht'],
		budget: '25.000'
	});
	await addRequest(form, {
		applicant: 'Taalhuis Utrecht',
		title: 'Taalcafé in de bibliotheek',
		means: 'Taalcafé of taalmaatje',
		categories: ['Taal'],
		groups: ['Statushouders'],
		areas: ['Wijk 03 Overvecht', 'Wijk 08 Zuidwest'],
		budget: '8000'
	});

	const requests = page.getByTestId('request');
	await expect(requests).toHaveCount(2);
	await expect(requests.nth(0).getByRole('heading', { level: 3 })).toHaveText(
		'1. Taalcafé in de bibliotheek'
	);
	const app = requests.nth(1);
	await expect(app.getByRole('heading', { level: 3 })).toHaveText('2. Nieuwe buurt-app');
	await expect(app.getByTestId('duplication-warning')).toHaveText(
		'Dubbel: deze hulp is er daar al. Aanbieders: 2, waarvan digitale platforms: 2. Versterk die eerst.'
	);
	await expect(app.getByTestId('means-fit')).toContainText('lichtere middelen ook passen');
	await expect(requests.nth(0).getByTestId('duplication-warning')).toHaveCount(0);
	expect(await seriousViolations(page)).toEqual([]);

	// Equal reviewer scores keep the order: the duplicate loses on existing help and on the means.
	for (const request of [requests.nth(0), requests.nth(1)]) {
		await request.getByLabel('Impact: vult het een echt gat?').selectOption('4');
	}
	await expect(requests.nth(0).getByRole('heading', { level: 3 })).toHaveText(
		'1. Taalcafé in de bibliotheek'
	);
	await expect(requests.nth(1).getByTestId('priority')).toContainText('Bestaand aanbod');
	await expect(requests.nth(1).getByTestId('priority')).toContainText('-20');

	// The decision needs a reason, and is logged with it — by keyboard.
	const duplicate = requests.nth(1);
	await duplicate.getByLabel('Besluit', { exact: true }).selectOption('afgewezen');
	await duplicate.getByRole('button', { name: 'Besluit vastleggen' }).focus();
	await page.keyboard.press('Enter');
	await expect(duplicate.getByText('Schrijf een reden bij het besluit.')).toBeVisible();
	await expect(duplicate.getByLabel('Reden (verplicht)')).toBeFocused();
	await page.keyboard.type('Er zijn al twee platforms in Overvecht; versterk die eerst.');
	await duplicate.getByRole('button', { name: 'Besluit vastleggen' }).focus();
	await page.keyboard.press('Enter');
	await expect(duplicate.getByTestId('decision-log')).toContainText(
		'Afgewezen — Er zijn al twee platforms in Overvecht; versterk die eerst.'
	);
	await expect(duplicate).toContainText('Huidig besluit: Afgewezen');
	expect(await seriousViolations(page)).toEqual([]);

	// Everything is stored: after a reload the ranking and the log are still there.
	await page.reload();
	await expect(page.getByTestId('request')).toHaveCount(2);
	await expect(page.getByTestId('request').nth(1).getByTestId('decision-log')).toContainText(
		'Afgewezen'
	);
});

test('two analyses of the same gemeente stand side by side, by keyboard, in Dutch and English', async ({
	page
}) => {
	test.setTimeout(90_000);
	const home = new HomePage(page);
	await home.open();
	await home.item('Voorbeeldwijk').getByRole('button', { name: 'Dupliceren' }).click();
	await expect(home.item('Voorbeeldwijk (kopie)')).toBeVisible();
	await page.getByRole('link', { name: 'Voorbeeldwijk', exact: true }).click();
	await page
		.getByRole('navigation', { name: 'Onderdelen van de wijkanalyse' })
		.getByRole('link', { name: 'Vergelijken' })
		.click();
	await page
		.getByRole('navigation', { name: 'Vergelijken en middelen' })
		.getByRole('link', { name: 'Wijkanalyses naast elkaar' })
		.click();
	await expect(page.getByText('Deze wijkanalyse ligt in GM9999.')).toBeVisible();
	const table = page.getByTestId('analyses-table');
	await expect(table.getByRole('columnheader')).toHaveCount(2);

	const copy = page.getByRole('checkbox', { name: /Voorbeeldwijk \(kopie\)/ });
	await copy.focus();
	await page.keyboard.press('Space');
	await expect(table.getByRole('columnheader')).toHaveCount(3);
	await expect(table.getByRole('columnheader', { name: /Voorbeeldwijk \(kopie\)/ })).toBeVisible();
	// The copy has the same records, so the same areas are short in each category.
	const row = table.getByRole('row', { name: /^Vervoer/ });
	const cells = row.getByRole('cell');
	await expect(cells.nth(1)).toHaveText(await cells.nth(0).innerText());
	expect(await seriousViolations(page)).toEqual([]);

	await page.getByRole('button', { name: 'English' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Analyses side by side' })
	).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);
	await page
		.getByRole('navigation', { name: 'Compare and funding' })
		.getByRole('link', { name: 'Subsidy requests' })
		.click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Screen subsidy requests' })
	).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);
	await page
		.getByRole('navigation', { name: 'Compare and funding' })
		.getByRole('link', { name: 'Buurten and wijken' })
		.click();
	await expect(page.getByTestId('ranking-table').getByRole('row')).toHaveCount(7);
	await page.getByTestId('ranking-table').getByRole('checkbox').nth(0).check();
	await page.getByTestId('ranking-table').getByRole('checkbox').nth(1).check();
	await expect(page.getByTestId('profile')).toHaveCount(2);
	expect(await seriousViolations(page)).toEqual([]);
});

test('the trend of the gaps follows the snapshots of the stappenplan', async ({ page }) => {
	const plan = new StappenplanPage(page);
	await plan.open();
	const overview = page.url();
	const compare = overview.replace(/\/stappenplan$/, '/vergelijken');
	await page.goto(compare);
	const trend = page.getByRole('region', { name: 'Verloop over rondes' });
	await expect(trend).toContainText('Er zijn nog geen momentopnames.');

	await page.goto(`${overview}/volgen-en-leren`);
	const snapshots = page.getByTestId('snapshots');
	await snapshots.getByLabel('Naam van de momentopname').fill('Ronde 1');
	await snapshots.getByRole('button', { name: 'Momentopname maken' }).click();
	await expect(page.getByTestId('snapshot-list')).toContainText('Ronde 1');

	await page.goto(compare);
	// Nothing changed since the snapshot, and the page says so rather than showing a table of zeros.
	await expect(trend).toContainText(
		'Sinds 1 momentopname(s) is geen gat meer dan een punt veranderd.'
	);
	expect(await seriousViolations(page)).toEqual([]);
});
