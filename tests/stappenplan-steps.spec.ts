import { expect, test } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { StappenplanPage } from './pages/stappenplan-page';

test('a step saves what the team fills in, keeps it after a reload and shows its progress', async ({
	page
}) => {
	const plan = new StappenplanPage(page);
	await plan.open();
	await expect(page.getByTestId('steps-done')).toHaveText('0 van de 10 stappen zijn klaar.');
	await page.getByRole('link', { name: 'Verder met stap 1: Start' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Start' })).toBeVisible();

	// Rendered from methodology/steps.json: questions, checklist and decisions.
	await expect(page.getByText('Wie heeft de leiding? Zijn bewoners echt aan zet')).toBeVisible();
	await page.getByLabel('Het wijkteam is samengesteld, met bewoners erin.').check();
	await page
		.getByRole('group', { name: 'Wie heeft de leiding?' })
		.getByLabel('Bewoners', { exact: true })
		.check();
	await page.getByLabel('Notities').fill('Eerste bijeenkomst in het buurthuis.');
	await plan.saved();
	await expect(page.getByTestId('step-status')).toHaveText('Bezig');

	await page.reload();
	await expect(page.getByLabel('Het wijkteam is samengesteld, met bewoners erin.')).toBeChecked();
	await expect(
		page
			.getByRole('group', { name: 'Wie heeft de leiding?' })
			.getByLabel('Bewoners', { exact: true })
	).toBeChecked();
	await expect(page.getByLabel('Notities')).toHaveValue('Eerste bijeenkomst in het buurthuis.');

	await page.getByRole('button', { name: 'Stap afronden' }).click();
	await plan.saved();
	await expect(plan.stepList().getByTestId('step-status-start')).toContainText('Klaar');
	await page.getByRole('link', { name: 'Alle stappen' }).click();
	await expect(page.getByTestId('steps-done')).toHaveText('1 van de 10 stappen zijn klaar.');
	await expect(page.getByTestId('overview-status-start')).toContainText('checklist 1 van 6');
	await expect(page.getByRole('link', { name: 'Verder met stap 2: Wijkbeeld' })).toBeVisible();
});

test('the evidence panels show the analysis’s own buurten, figures, offers, needs and largest gaps', async ({
	page
}) => {
	const plan = new StappenplanPage(page);
	await plan.open();
	await page.getByRole('link', { name: '5. Waar zitten de gaten' }).click();
	await expect(plan.evidence('map')).toContainText('6 buurten');
	await expect(plan.evidence('map')).toContainText('Kerkbuurt');
	await expect(page.getByTestId('evidence-offers-count')).toContainText('van de 40 aanbieders');
	await expect(page.getByTestId('evidence-needs-count')).toContainText('60 signalen');
	await expect(page.getByTestId('evidence-top-gaps').getByRole('listitem')).toHaveCount(5);
	await expect(page.getByTestId('evidence-top-gaps').getByRole('listitem').first()).toContainText(
		/index \d+/
	);
	await expect(
		plan.evidence('cbs-figures').getByRole('rowheader', { name: 'Kerkbuurt' })
	).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);
});

test('the overview and every step page have no serious or critical axe violations', async ({
	page
}) => {
	// axe takes a few seconds on each of these long pages.
	test.setTimeout(120_000);
	const plan = new StappenplanPage(page);
	await plan.open();
	expect(await seriousViolations(page)).toEqual([]);
	const overview = page.url();
	for (const step of ['start', 'wijkbeeld', 'prioriteren', 'doel-en-middel', 'volgen-en-leren']) {
		await page.goto(`${overview}/${step}`);
		await expect(plan.stepList()).toBeVisible();
		await expect(page.getByTestId('save-status')).toBeVisible();
		expect(await seriousViolations(page), step).toEqual([]);
	}
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Monitor and learn' })).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);
});
