import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { HomePage } from './pages/home-page';

// Moving an analysis between devices and backing up a device, as a user does it: through the
// buttons and file pickers, with site data cleared in between to stand in for another browser.

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- files are edited as raw JSON

async function download(page: Page, click: () => Promise<void>): Promise<string> {
	const [file] = await Promise.all([page.waitForEvent('download'), click()]);
	return readFile((await file.path())!, 'utf8');
}

async function clearSiteData(page: Page): Promise<void> {
	const cdp = await page.context().newCDPSession(page);
	const origin = new URL(page.url()).origin;
	await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
	await cdp.detach();
}

async function openFile(page: Page, name: string, text: string | Buffer): Promise<void> {
	await page.getByLabel('Kies een analysebestand (.nabuur.json)').setInputFiles({
		name,
		mimeType: 'application/json',
		buffer: typeof text === 'string' ? Buffer.from(text) : text
	});
}

async function backupText(page: Page): Promise<Json> {
	const text = await download(page, () =>
		page.getByRole('button', { name: 'Back-up maken' }).click()
	);
	const backup = JSON.parse(text) as Json;
	delete backup.createdAt;
	return backup;
}

/** Renames the demo wijk and downloads its analysis file from the rapport page. */
async function exportDemo(page: Page, name: string): Promise<Json> {
	const home = new HomePage(page);
	await home.open();
	await home.item('Voorbeeldwijk').getByRole('button', { name: 'Naam wijzigen' }).click();
	await page.getByLabel('Nieuwe naam').fill(name);
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await home.item(name).getByRole('link', { name }).click();
	await page.getByRole('link', { name: 'Rapport' }).click();
	const text = await download(page, () =>
		page.getByRole('button', { name: 'Analysebestand (.nabuur.json)' }).click()
	);
	return JSON.parse(text) as Json;
}

/** A copy of a file with one offer changed as another device would change it. */
function changeOffer(file: Json, index: number, name: string, updatedAt: string): Json {
	const copy = structuredClone(file);
	const offer = copy.records.offers[index];
	copy.records.offers[index] = { ...offer, name, rev: offer.rev + 1, updatedAt };
	return copy;
}

test('an exported analysis imports into a cleared browser with all its records', async ({
	page
}) => {
	const file = await exportDemo(page, 'Mijn wijk');
	expect(file.format).toBe('nabuur-analysis');
	const counts = `${file.records.areas.length} buurten · ${file.records.offers.length} aanbod · ${file.records.needs.length} vragen`;

	await clearSiteData(page);
	const home = new HomePage(page);
	await home.open();
	await expect(home.item('Mijn wijk')).toHaveCount(0);

	await openFile(page, 'mijn-wijk.nabuur.json', JSON.stringify(file));
	await expect(
		page.getByText('Wijkanalyse ‘Mijn wijk’ staat nog niet op dit apparaat')
	).toBeVisible();
	const total =
		1 + file.records.areas.length + file.records.offers.length + file.records.needs.length;
	await expect(page.getByTestId('import-counts')).toContainText(`Toevoegen: ${total}`);
	// Nothing is stored before the user confirms.
	await expect(home.item('Mijn wijk')).toHaveCount(0);
	await page.getByRole('button', { name: 'Inlezen bevestigen' }).click();
	await expect(home.item('Mijn wijk')).toContainText(counts);

	// The same file again changes nothing, and says so.
	await openFile(page, 'mijn-wijk.nabuur.json', JSON.stringify(file));
	await expect(page.getByText('Het bestand voegt niets toe')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Inlezen bevestigen' })).toBeDisabled();
});

test('two devices’ changes merge, and the one conflict waits for the user’s choice', async ({
	page
}) => {
	const base = await exportDemo(page, 'Gedeelde wijk');
	const [first, second, third] = base.records.offers;
	const one = changeOffer(
		changeOffer(base, 0, 'Eerste apparaat nul', '2030-01-01T10:00:00.000Z'),
		1,
		'Eerste apparaat een',
		'2030-01-01T10:00:00.000Z'
	);
	const two = changeOffer(
		changeOffer(base, 1, 'Tweede apparaat een', '2030-01-02T10:00:00.000Z'),
		2,
		'Tweede apparaat twee',
		'2030-01-02T10:00:00.000Z'
	);
	const home = new HomePage(page);
	await home.open();

	await openFile(page, 'apparaat-1.nabuur.json', JSON.stringify(one));
	await expect(page.getByTestId('import-counts')).toContainText('Bijwerken: 2');
	await expect(page.getByRole('cell', { name: 'Eerste apparaat nul' })).toBeVisible();
	await page.getByRole('button', { name: 'Inlezen bevestigen' }).click();
	await expect(page.getByText('‘Gedeelde wijk’ is ingelezen.')).toBeVisible();

	await openFile(page, 'apparaat-2.nabuur.json', JSON.stringify(two));
	const counts = page.getByTestId('import-counts');
	await expect(counts).toContainText('Bijwerken: 1');
	await expect(counts).toContainText('Conflicten: 1');
	await expect(counts).toContainText('Hier nieuwer, blijft staan: 1');
	const conflict = page.getByRole('group', { name: /Aanbod: Tweede apparaat een/ });
	await expect(conflict.getByRole('cell', { name: 'Eerste apparaat een' })).toBeVisible();
	await expect(page.getByText('Nog 1 conflict(en) zonder keuze.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Inlezen bevestigen' })).toBeDisabled();
	expect(await seriousViolations(page)).toEqual([]);

	await conflict.getByLabel('Neem de versie uit het bestand').check();
	await page.getByRole('button', { name: 'Inlezen bevestigen' }).click();
	// The notice of the first import may still show above this one.
	await expect(page.getByText('‘Gedeelde wijk’ is ingelezen.').last()).toBeVisible();
	await expect(page.getByTestId('import-counts')).toHaveCount(0);

	// What the device holds now: each device's own change, and the chosen version of the conflict.
	const merged = await download(page, async () => {
		await home.item('Gedeelde wijk').getByRole('link', { name: 'Gedeelde wijk' }).click();
		await page.getByRole('link', { name: 'Rapport' }).click();
		await page.getByRole('button', { name: 'Analysebestand (.nabuur.json)' }).click();
	});
	const names = new Map(
		(JSON.parse(merged) as Json).records.offers.map((o: Json) => [o.id, o.name])
	);
	expect(names.get(first.id)).toBe('Eerste apparaat nul');
	expect(names.get(second.id)).toBe('Tweede apparaat een');
	expect(names.get(third.id)).toBe('Tweede apparaat twee');
});

test('broken, foreign, malicious and huge files are refused with a reason and nothing changes', async ({
	page
}) => {
	// Sending a 26 MB file to the page and scanning it take a while on a shared machine.
	test.setTimeout(90_000);
	const file = await exportDemo(page, 'Veilige wijk');
	const home = new HomePage(page);
	await home.open();
	const before = await backupText(page);

	const wrongType = structuredClone(file);
	wrongType.records.offers[0].capacity = 'heel veel';
	const script = structuredClone(file);
	script.records.offers[0].name = '<script>alert("hallo")</script>';
	script.records.offers[0].rev += 1;
	const cases: [string, string | Buffer, RegExp][] = [
		['kapot.nabuur.json', JSON.stringify(file).slice(0, 2000), /geen geldige JSON/],
		[
			'vreemd.json',
			JSON.stringify({ type: 'FeatureCollection', features: [] }),
			/komt niet van Nabuur/
		],
		['types.nabuur.json', JSON.stringify(wrongType), /records\.offers\.0\.capacity/],
		['script.nabuur.json', JSON.stringify(script), /opmaakcode.*records\.offers\.0\.name/],
		['groot.nabuur.json', Buffer.alloc(26 * 1024 * 1024, 0x20), /te groot: 26 MB.*25 MB/]
	];
	for (const [name, content, reason] of cases) {
		await openFile(page, name, content);
		const alert = page.getByRole('alert').filter({ hasText: name });
		await expect(alert).toContainText(reason);
		await expect(alert).toContainText('Er is niets veranderd op dit apparaat.');
		await expect(page.getByRole('button', { name: 'Inlezen bevestigen' })).toHaveCount(0);
	}
	expect(await seriousViolations(page)).toEqual([]);
	expect(await backupText(page)).toEqual(before);
});

test('a device backup restores into a cleared browser exactly', async ({ page }) => {
	await exportDemo(page, 'Wijk met back-up');
	const home = new HomePage(page);
	await home.open();
	await page.getByLabel('Naam', { exact: true }).fill('Tweede analyse');
	await page.getByRole('button', { name: 'Aanmaken' }).click();
	await expect(page).toHaveURL(/\/analyse\//);
	await home.open();
	const names = await home.names();
	const backupFile = await download(page, () =>
		page.getByRole('button', { name: 'Back-up maken' }).click()
	);
	const before = JSON.parse(backupFile) as Json;
	delete before.createdAt;

	await clearSiteData(page);
	await home.open();
	expect(await home.names()).not.toEqual(names);

	await page.getByLabel('Back-up terugzetten: kies een back-upbestand').setInputFiles({
		name: 'nabuur-backup.nabuur-backup.json',
		mimeType: 'application/json',
		buffer: Buffer.from(backupFile)
	});
	await expect(page.getByTestId('restore-preview')).toContainText('2 wijkanalyse(s)');
	expect(await seriousViolations(page)).toEqual([]);
	await page.getByRole('button', { name: 'Ja, alles vervangen door de back-up' }).click();
	await page
		.getByRole('dialog')
		.getByRole('button', { name: 'Ja, alles vervangen door de back-up' })
		.click();
	await expect(page.getByText('De back-up is teruggezet.')).toBeVisible();
	await expect.poll(() => home.names()).toEqual(names);
	expect(await backupText(page)).toEqual(before);

	// The restored device stays as it is after a reload: the demo is not added again.
	await page.reload();
	await home.open();
	await expect.poll(() => home.names()).toEqual(names);
});
