import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { extractText, getDocumentProxy } from 'unpdf';
import { HomePage } from './pages/home-page';

// The printable rapport: printed to PDF the way "Opslaan als PDF" does, and read back as text.

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- files are edited as raw JSON

async function download(page: Page, click: () => Promise<void>): Promise<string> {
	const [file] = await Promise.all([page.waitForEvent('download'), click()]);
	return readFile((await file.path())!, 'utf8');
}

async function openRapport(page: Page): Promise<void> {
	const home = new HomePage(page);
	await home.open();
	await home.item('Voorbeeldwijk').getByRole('link', { name: 'Voorbeeldwijk' }).click();
	await page.getByRole('link', { name: 'Rapport' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Rapport' })).toBeVisible();
}

/**
 * Gives the demo wijk CBS as its area source and a small-count threshold of 100, through an
 * analysis file, as a team with real CBS data and a strict privacy rule would have it.
 */
async function makeCbsWijk(page: Page): Promise<void> {
	await openRapport(page);
	const text = await download(page, () =>
		page.getByRole('button', { name: 'Analysebestand (.nabuur.json)' }).click()
	);
	const file = JSON.parse(text) as Json;
	const later = '2030-01-01T00:00:00.000Z';
	file.analysis = {
		...file.analysis,
		smallCountThreshold: 100,
		rev: file.analysis.rev + 1,
		updatedAt: later
	};
	file.records.areas = file.records.areas.map((a: Json) => ({
		...a,
		source: 'CBS Wijk- en Buurtkaart 2024',
		year: 2024,
		rev: a.rev + 1,
		updatedAt: later
	}));
	// The team's first priority, as step 7 of the stappenplan stores it.
	file.records.priorities = [
		{
			id: '6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b',
			rev: 1,
			updatedAt: later,
			analysisId: file.analysis.id,
			areaCode: file.records.areas[0].code,
			category: 'gezelschap',
			rank: 1,
			dots: 7,
			goal: 'Elke week bezoek voor wie alleen woont',
			results: [{ what: 'ouderen met wekelijks bezoek', amount: 20, by: '2027-06-30' }],
			meansIds: ['buurtkamer'],
			meansNote: '',
			successAnswers: { 'bewoners-aan-zet': { answer: 'ja', note: '' } }
		}
	];
	const home = new HomePage(page);
	await home.open();
	await page.getByLabel('Kies een analysebestand (.nabuur.json)').setInputFiles({
		name: 'cbs.nabuur.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(file))
	});
	await page.getByRole('button', { name: 'Inlezen bevestigen' }).click();
	await expect(page.getByText('is ingelezen.')).toBeVisible();
}

test('the rapport prints to a PDF that holds every part, the CBS source and no small counts', async ({
	page
}) => {
	await makeCbsWijk(page);
	await openRapport(page);
	const report = page.getByTestId('rapport');
	await expect(report.getByRole('table').first()).toBeVisible();
	await expect(report.getByRole('img', { name: /tien grootste gaten/ })).toBeVisible();

	await page.emulateMedia({ media: 'print' });
	const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
	const document = await getDocumentProxy(new Uint8Array(pdf));
	const { text, totalPages } = await extractText(document, { mergePages: true });
	const flat = text.replace(/\s+/g, ' ');

	expect(totalPages).toBeGreaterThanOrEqual(3);
	// The cover's kicker is set in capitals by the style sheet.
	expect(flat).toMatch(/rapport wijkanalyse/i);
	for (const part of [
		'Voorbeeldwijk',
		'Samenvatting',
		'Kaart van de buurten',
		'Waar zitten de gaten',
		'De tien grootste gaten',
		'Prioriteiten en gekozen middelen',
		'Elke week bezoek voor wie alleen woont',
		'Buurtkamer of koffieochtend',
		'Rollen en activiteiten',
		'Besluiten per stap',
		'Hoe de scores zijn gemaakt',
		'Gewichten',
		'Bronnen',
		'Bron: CBS en Kadaster – Wijk- en Buurtkaart 2024',
		'(CC BY 4.0)',
		'methodiek'
	]) {
		expect(flat, part).toContain(part);
	}
	// The demo's 60 need signals are below the threshold of 100, wherever the report counts them;
	// the 1,055 people they name together are not.
	expect(flat).toContain('Signalen van hulpvragen: <100, samen 1.055');
	expect(flat).toContain('Hulpvragen: <100 signalen');
	expect(flat).not.toContain('60 signalen');
	expect(flat).toContain('staan in dit rapport als ‘<100’');
	expect(flat).toContain('Actief aanbod: ');
	// Nothing of the screen-only controls is printed.
	expect(flat).not.toContain('Exporteren');
	expect(flat).not.toContain('Opslaan als PDF');
});

test('the rapport page has no serious or critical axe violations once scored', async ({ page }) => {
	await openRapport(page);
	await expect(
		page.getByTestId('rapport').getByRole('img', { name: /tien grootste gaten/ })
	).toBeVisible();
	const serious = await seriousViolations(page);
	expect(serious).toEqual([]);
});

test('the HSDS export of the demo offers is a dataset another tool can read', async ({ page }) => {
	await openRapport(page);
	const text = await download(page, () =>
		page.getByRole('button', { name: 'Aanbod als Open Referral HSDS 3.0 (JSON)' }).click()
	);
	const data = JSON.parse(text) as Json;
	expect(data.hsds_version).toBe('3.0');
	expect(data.service).toHaveLength(40);
	expect(data.taxonomy.map((t: Json) => t.name)).toContain('nabuur-hulpcategorie');
	const services = new Set(data.service.map((s: Json) => s.id));
	expect(data.service_at_location.every((x: Json) => services.has(x.service_id))).toBe(true);
});
