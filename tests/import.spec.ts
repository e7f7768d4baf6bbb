import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { hasSharedData, noSharedData, zeistUtrecht } from './support/shared-data';
import { ImportPage } from './pages/import-page';

const buurtenFile = `${zeistUtrecht}buurten_2024_GM0344_GM0355.geojson`;
const needsFile = fileURLToPath(new URL('./fixtures/needs-two-bad-rows.csv', import.meta.url));

test('the CBS buurten of Zeist and Utrecht are previewed, imported, and shown on the overview', async ({
	page
}) => {
	test.skip(!hasSharedData, noSharedData);
	const kaart = new ImportPage(page);
	await kaart.openNewAnalysis('Zeist en Utrecht');
	await expect(
		page.getByRole('heading', { level: 2, name: 'Aanbod en vragen op de kaart' })
	).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);

	await kaart.areas().getByLabel('Grenzen (GeoJSON)').setInputFiles(buurtenFile);
	const summary = kaart.areas().getByTestId('area-summary');
	await expect(summary).toContainText('146 buurten');
	await expect(summary).toContainText('Utrecht (GM0344), Zeist (GM0355)');
	await expect(kaart.areas().getByTestId('area-to-import')).toHaveText(
		'146 gebieden worden geïmporteerd.'
	);
	await expect(kaart.areas().getByText('Geen problemen gevonden.')).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);

	await kaart.areas().getByRole('button', { name: 'Importeren' }).click();
	await expect(kaart.areas().getByRole('status')).toHaveText(
		'146 gebieden geïmporteerd, waarvan 0 vervangen.'
	);
	await expect(kaart.counts()).toHaveText('146 buurten · 0 aanbod · 0 vragen');
	expect(await seriousViolations(page)).toEqual([]);

	// The same file again replaces every buurt instead of adding a second copy.
	await kaart.areas().getByLabel('Grenzen (GeoJSON)').setInputFiles(buurtenFile);
	await expect(kaart.areas().getByTestId('area-to-import')).toContainText('146 worden vervangen');

	await kaart.part('Overzicht').click();
	await expect(kaart.overviewFact('Buurten')).toHaveText('146');
	await expect(page.getByRole('rowheader', { name: 'Oog in Al' })).toBeVisible();
	await expect(page.getByText('CBS Wijk- en Buurtkaart 2024').first()).toBeVisible();
});

test('needs with two bad rows are refused as a whole, then only the good rows are imported, with the keyboard only', async ({
	page
}) => {
	const kaart = new ImportPage(page);
	await kaart.openNewAnalysis('Hulpvragen importeren');
	const records = kaart.records();

	async function chooseNeedsFile(): Promise<void> {
		await records.getByRole('radio', { name: 'Aanbod' }).focus();
		await page.keyboard.press('ArrowRight');
		await expect(records.getByRole('radio', { name: 'Hulpvragen' })).toBeChecked();
		await page.keyboard.press('Tab');
		const file = records.getByLabel('Bestand (CSV of GeoJSON)');
		await expect(file).toBeFocused();
		// The browser's own file dialog cannot be driven by a test; the file is handed to it.
		await file.setInputFiles(needsFile);
	}

	await chooseNeedsFile();
	await expect(records.getByLabel(/^Hulpcategorie/)).toHaveValue('0');
	await expect(records.getByTestId('rows-valid')).toHaveText('4');
	await expect(records.getByTestId('rows-problem')).toHaveText('2');
	await expect(records.getByTestId('rows-warning')).toHaveText('1');
	const report = records.getByRole('table', { name: 'Problemen per rij' });
	await expect(report.getByRole('row')).toHaveCount(3);
	await expect(report).toContainText('Kookclub');
	await expect(report).toContainText('Deze hulpcategorie kent Nabuur niet.');
	await expect(report).toContainText('31-02-2024');
	await expect(records.getByRole('radio', { name: /Alles of niets/ })).toBeChecked();
	expect(await seriousViolations(page)).toEqual([]);

	// All or nothing: refused, and the report says which rows to fix.
	await records.getByRole('button', { name: 'Importeren' }).focus();
	await page.keyboard.press('Enter');
	await expect(records.getByTestId('record-import-message')).toContainText(
		'Niets geïmporteerd: 2 rijen hebben een probleem.'
	);
	expect(await seriousViolations(page)).toEqual([]);

	await kaart.part('Overzicht').focus();
	await page.keyboard.press('Enter');
	await expect(kaart.overviewFact('Vragen')).toHaveText('0');
	await kaart.part('Kaart').focus();
	await page.keyboard.press('Enter');

	// Only the good rows, after acknowledging the possible phone number.
	await chooseNeedsFile();
	await records.getByRole('radio', { name: /Alles of niets/ }).focus();
	await page.keyboard.press('ArrowDown');
	await expect(
		records.getByRole('radio', { name: 'Alleen de goede rijen importeren' })
	).toBeChecked();
	await records.getByRole('button', { name: 'Importeren' }).focus();
	await page.keyboard.press('Enter');
	await expect(records.getByTestId('record-import-message')).toContainText(
		'Vink eerst aan dat u de mogelijke persoonsgegevens hebt bekeken.'
	);
	await records.getByRole('checkbox', { name: /mogelijke persoonsgegevens bekeken/ }).focus();
	await page.keyboard.press('Space');
	await records.getByRole('button', { name: 'Importeren' }).focus();
	await page.keyboard.press('Enter');
	await expect(records.getByTestId('record-import-message')).toHaveText('4 rijen geïmporteerd.');
	const skipped = records.getByRole('table', { name: /Rijen die niet zijn geïmporteerd/ });
	await expect(skipped.getByRole('row')).toHaveCount(3);
	await expect(kaart.counts()).toHaveText('0 buurten · 0 aanbod · 4 vragen');
	expect(await seriousViolations(page)).toEqual([]);

	await kaart.part('Overzicht').focus();
	await page.keyboard.press('Enter');
	await expect(kaart.overviewFact('Vragen')).toHaveText('4');
});

test('a file that is not valid JSON gets a clear message and stores nothing', async ({ page }) => {
	const kaart = new ImportPage(page);
	await kaart.openNewAnalysis('Kapot bestand');
	const broken = {
		name: 'kapot.geojson',
		mimeType: 'application/geo+json',
		buffer: Buffer.from('{"type": "FeatureCollection", "features": [')
	};
	await kaart.areas().getByLabel('Grenzen (GeoJSON)').setInputFiles(broken);
	await expect(kaart.areas().getByRole('alert')).toHaveText(
		/^‘kapot\.geojson’ is geen geldige JSON\..*Er is niets opgeslagen\.$/
	);
	await expect(kaart.areas().getByRole('button', { name: 'Importeren' })).toHaveCount(0);
	expect(await seriousViolations(page)).toEqual([]);

	await kaart.records().getByLabel('Bestand (CSV of GeoJSON)').setInputFiles(broken);
	await expect(kaart.records().getByRole('alert')).toContainText(
		'‘kapot.geojson’ is geen geldige JSON.'
	);
	await expect(kaart.counts()).toHaveText('0 buurten · 0 aanbod · 0 vragen');
	await kaart.part('Overzicht').click();
	await expect(kaart.overviewFact('Buurten')).toHaveText('0');
});
