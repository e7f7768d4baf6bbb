import { expect, test } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { waitForOfflineReady } from './pages/home-page';
import { KaartPage } from './pages/kaart-page';

test('an offer added in a buurt without a point shows in the list, and can be edited, deleted and restored', async ({
	page
}) => {
	const kaart = new KaartPage(page);
	await kaart.openDemo();
	const before = await kaart.caption(kaart.offerTable());

	await page
		.getByLabel('Buurt voor nieuw aanbod of een nieuwe vraag')
		.selectOption({ label: 'Kerkbuurt' });
	await page.getByRole('button', { name: 'Aanbod toevoegen' }).click();
	const form = kaart.form();
	await expect(form.getByRole('heading', { name: 'Aanbod toevoegen' })).toBeVisible();
	await expect(form.getByLabel('Buurt')).toHaveValue(/^BU/);
	await expect(form.getByText('Geen punt op de kaart.', { exact: false })).toBeVisible();

	// Saving an empty form names each problem and moves focus to the first.
	await form.getByRole('button', { name: 'Opslaan', exact: true }).click();
	await expect(form.getByText('Naam: dit moet u invullen.')).toBeVisible();
	await expect(form.getByText('Hulpcategorieën: kies er ten minste één.')).toBeVisible();
	await expect(form.getByLabel('Naam')).toBeFocused();

	await form.getByLabel('Naam').fill('Repaircafé De Schakel');
	await form.getByRole('checkbox', { name: 'Klussen' }).check();
	await form.getByLabel('Capaciteit (mensen per maand)').fill('veel');
	await form.getByRole('button', { name: 'Opslaan', exact: true }).click();
	await expect(form.getByText('Capaciteit (mensen per maand): vul een getal in')).toBeVisible();
	await form.getByLabel('Capaciteit (mensen per maand)').fill('12,5');
	await form.getByRole('button', { name: 'Opslaan', exact: true }).click();
	await expect(form).toBeHidden();

	const row = kaart.offerRow('Repaircafé De Schakel');
	await expect(row).toContainText('Kerkbuurt');
	await expect(row).toContainText('Niet op de kaart');
	await expect(row).toContainText('12,5');
	await expect(kaart.undoBar()).toContainText('Aanbod ‘Repaircafé De Schakel’ toegevoegd.');
	expect(await kaart.caption(kaart.offerTable())).toEqual({
		shown: before.shown + 1,
		total: before.total + 1,
		unmapped: before.unmapped + 1
	});
	await expect(page.getByTestId('analysis-counts')).toContainText(`${before.total + 1} aanbod`);

	await row.getByRole('button', { name: 'Bewerken Repaircafé De Schakel' }).click();
	await form.getByLabel('Naam').fill('Repaircafé De Verbinding');
	await form.getByRole('button', { name: 'Opslaan', exact: true }).click();
	await expect(kaart.offerRow('Repaircafé De Verbinding')).toBeVisible();
	await expect(kaart.offerRow('Repaircafé De Schakel')).toHaveCount(0);

	await kaart
		.offerRow('Repaircafé De Verbinding')
		.getByRole('button', { name: 'Verwijderen Repaircafé De Verbinding' })
		.click();
	await expect(kaart.undoBar()).toContainText('Aanbod ‘Repaircafé De Verbinding’ verwijderd.');
	await expect(kaart.offerRow('Repaircafé De Verbinding')).toHaveCount(0);
	const undo = kaart.undoBar().getByRole('button', { name: 'Ongedaan maken' });
	await expect(undo).toBeFocused();
	expect((await kaart.caption(kaart.offerTable())).total).toBe(before.total);
	await undo.click();
	await expect(kaart.offerRow('Repaircafé De Verbinding')).toBeVisible();
	await expect(kaart.undoBar()).toContainText('Ongedaan gemaakt');
	expect((await kaart.caption(kaart.offerTable())).total).toBe(before.total + 1);
});

test('a category filter shows the same records in the list, the captions, the summary and the legend', async ({
	page
}) => {
	const kaart = new KaartPage(page);
	await kaart.openDemo();
	const category = kaart.legend().getByRole('checkbox', { name: /^Vervoer/ });
	const legendText = await kaart
		.legend()
		.locator('label')
		.filter({ hasText: 'Vervoer' })
		.innerText();
	const [, legendOffers, legendNeeds] = /(\d+) aanbod · (\d+) vragen/.exec(legendText) ?? [];

	await category.check();
	const offers = await kaart.caption(kaart.offerTable());
	const needs = await kaart.caption(kaart.needTable());
	expect(offers.shown).toBe(Number(legendOffers));
	expect(needs.shown).toBe(Number(legendNeeds));
	expect(await kaart.rowCount(kaart.offerTable())).toBe(offers.shown);
	expect(await kaart.rowCount(kaart.needTable())).toBe(needs.shown);
	expect(offers.shown).toBeLessThan(offers.total);
	await expect(page.getByTestId('kaart-summary')).toHaveText(
		`Getoond: ${offers.shown} aanbod (waarvan ${offers.unmapped} niet op de kaart) en ${needs.shown} vragen (waarvan ${needs.unmapped} niet op de kaart).`
	);
	for (const cell of await kaart.offerTable().locator('tbody tr td:nth-child(3)').allInnerTexts()) {
		expect(cell).toContain('Vervoer');
	}
	const notOnMap = await kaart
		.needTable()
		.locator('tbody tr')
		.filter({ hasText: 'Niet op de kaart' })
		.count();
	expect(notOnMap).toBe(needs.unmapped);

	// Sorting keeps the same rows, and says which way it sorts.
	await kaart.needTable().getByRole('button', { name: 'Aantal' }).click();
	await expect(kaart.needTable().getByRole('columnheader', { name: 'Aantal' })).toHaveAttribute(
		'aria-sort',
		'descending'
	);
	expect(await kaart.rowCount(kaart.needTable())).toBe(needs.shown);
	expect(await seriousViolations(page)).toEqual([]);

	await page.getByRole('button', { name: 'Alle filters wissen' }).click();
	expect((await kaart.caption(kaart.offerTable())).shown).toBe(offers.total);

	// A long list is drawn 25 rows at a time and says so; the caption still counts every record.
	expect(needs.total).toBeGreaterThan(25);
	expect(await kaart.rowCount(kaart.needTable())).toBe(25);
	await expect(page.getByText(`25 van ${needs.total} rijen staan in de tabel.`)).toBeVisible();
	await page.getByRole('button', { name: 'Toon nog 25' }).last().click();
	expect(await kaart.rowCount(kaart.needTable())).toBe(Math.min(50, needs.total));
});

test('a need never holds a resident’s name, and other personal data needs a second look', async ({
	page
}) => {
	const kaart = new KaartPage(page);
	await kaart.openDemo();
	await page.getByRole('button', { name: 'Vraag toevoegen' }).click();
	const form = kaart.form();
	await form.getByLabel('Hulpcategorie').selectOption({ label: 'Vervoer' });
	await form.getByLabel('Doelgroep').selectOption({ label: 'Eenzame ouderen' });
	await form.getByLabel('Aantal (schatting)').fill('6');
	await form.getByLabel('Toelichting').fill('Mevrouw Jansen kan niet meer naar de markt');
	await form.getByRole('button', { name: 'Opslaan', exact: true }).click();
	await expect(form.getByText('een vraag noemt nooit een bewoner bij naam')).toBeVisible();
	await expect(form.getByLabel('Toelichting')).toBeFocused();

	await form.getByLabel('Toelichting').fill('Ouderen bellen 06-12345678 voor vervoer');
	await form.getByRole('button', { name: 'Opslaan', exact: true }).click();
	const warning = form.getByTestId('personal-data-warning');
	await expect(warning).toContainText('Mogelijk een telefoonnummer — ‘06-12345678’');
	await expect(warning).toBeFocused();
	expect(await seriousViolations(page)).toEqual([]);
	await form.getByLabel('Toelichting').fill('Ouderen zonder auto missen vervoer naar de markt');
	await form.getByRole('button', { name: 'Opslaan', exact: true }).click();
	await expect(form).toBeHidden();
	await expect(kaart.undoBar()).toContainText('Vraag ‘Vervoer · Eenzame ouderen’ toegevoegd.');
});

test('with the keyboard only: add an offer, select it, edit it and move it to another buurt', async ({
	page
}) => {
	test.setTimeout(60_000);
	const kaart = new KaartPage(page);
	await kaart.openDemo();
	const keys = page.keyboard;

	// Search first, as a keyboard user would with a long list; the new offer matches the search.
	await kaart.tabTo(page.getByLabel('Zoeken'));
	await keys.type('toetsenbord');
	await expect(kaart.offerTable()).toContainText('Geen aanbod dat bij de filters past.');
	await kaart.tabTo(page.getByLabel('Buurt voor nieuw aanbod of een nieuwe vraag'));
	await page
		.getByLabel('Buurt voor nieuw aanbod of een nieuwe vraag')
		.selectOption({ label: 'Parkzoom' });
	await kaart.tabTo(page.getByRole('button', { name: 'Aanbod toevoegen' }));
	await keys.press('Enter');
	const form = kaart.form();
	await expect(form).toBeVisible();
	await kaart.tabTo(form.getByLabel('Naam'));
	await keys.type('Toetsenbordtuin');
	await kaart.tabTo(form.getByRole('checkbox', { name: 'Ontmoeting' }));
	await keys.press('Space');
	await kaart.tabTo(form.getByRole('button', { name: 'Opslaan', exact: true }));
	await keys.press('Enter');
	await expect(form).toBeHidden();
	const row = kaart.offerRow('Toetsenbordtuin');
	await expect(row).toContainText('Parkzoom');
	// Focus went back to the button that opened the form.
	await expect(page.getByRole('button', { name: 'Aanbod toevoegen' })).toBeFocused();

	const select = row.getByRole('button', { name: 'Kiezen Toetsenbordtuin' });
	// A new record is selected; the select button toggles the selection, on the map as in the list.
	await expect(select).toHaveAttribute('aria-pressed', 'true');
	await kaart.tabTo(select);
	await keys.press('Enter');
	await expect(select).toHaveAttribute('aria-pressed', 'false');
	await keys.press('Space');
	await expect(select).toHaveAttribute('aria-pressed', 'true');

	await keys.press('Tab');
	await expect(row.getByRole('button', { name: 'Bewerken Toetsenbordtuin' })).toBeFocused();
	await keys.press('Enter');
	await expect(form.getByLabel('Naam')).toHaveValue('Toetsenbordtuin');
	await kaart.tabTo(form.getByLabel('Organisatie'));
	await keys.type('Buurtvereniging');
	await keys.press('Enter');
	await expect(form).toBeHidden();
	await expect(kaart.undoBar()).toContainText('Aanbod ‘Toetsenbordtuin’ gewijzigd.');

	const move = row.getByRole('button', { name: 'Naar andere buurt Toetsenbordtuin' });
	await kaart.tabTo(move);
	await keys.press('Enter');
	const dialog = page.getByRole('dialog', { name: '‘Toetsenbordtuin’ naar een andere buurt' });
	await expect(dialog.getByLabel('Naar welke buurt?')).toBeFocused();
	await dialog.getByLabel('Naar welke buurt?').selectOption({ label: 'Oude Haven' });
	await kaart.tabTo(dialog.getByRole('button', { name: 'Verplaatsen' }));
	await keys.press('Enter');
	await expect(row).toContainText('Oude Haven');
	await expect(kaart.undoBar()).toContainText('‘Toetsenbordtuin’ verplaatst naar Oude Haven.');
	await kaart.tabTo(kaart.undoBar().getByRole('button', { name: 'Ongedaan maken' }), 600);
	await keys.press('Enter');
	await expect(row).toContainText('Parkzoom');
	expect(await seriousViolations(page)).toEqual([]);
});

test('an offer added offline is still there after reloading offline', async ({ page, context }) => {
	const kaart = new KaartPage(page);
	await kaart.openDemo();
	await waitForOfflineReady(page);
	await context.setOffline(true);
	await page.reload();
	await kaart.waitForList();

	await page.getByRole('button', { name: 'Aanbod toevoegen' }).click();
	await kaart.form().getByLabel('Naam').fill('Offline opgeslagen');
	await kaart.form().getByRole('checkbox', { name: 'Taal' }).check();
	await kaart.form().getByRole('button', { name: 'Opslaan', exact: true }).click();
	await expect(kaart.offerRow('Offline opgeslagen')).toBeVisible();

	await page.reload();
	await kaart.waitForList();
	await page.getByLabel('Zoeken').fill('offline opgeslagen');
	await expect(kaart.offerRow('Offline opgeslagen')).toContainText('Geen buurt');
	await context.setOffline(false);
});
