import { defineConfig } from '@playwright/test';

// Browser tests run against the built app (`vite build` + `vite preview`), so the service worker
// and the offline paths are the real ones. Chromium comes from the system (Debian's `chromium`);
// Playwright's own browser download is not available on this project's machines. Playwright
// starts every run with a fresh, empty profile of its own.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Another port lets two copies of the project run their browser tests side by side.
const port = Number(process.env.NABUUR_TEST_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.spec.ts',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: process.env.CI ? 1 : 0,
	reporter: 'list',
	// The longest flows (a whole import or drawing by keyboard, with several axe scans) take 15–20 s
	// alone and up to 30 s with two browsers on a two-core machine.
	timeout: 60_000,
	use: {
		baseURL: `http://localhost:${port}`,
		locale: 'nl-NL',
		trace: 'retain-on-failure',
		serviceWorkers: 'allow',
		launchOptions: {
			executablePath,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
				'--disable-quic'
			]
		}
	},
	webServer: {
		command: `npm run build && npx vite preview --port ${port} --strictPort`,
		url: `http://localhost:${port}`,
		reuseExistingServer: !process.env.CI,
		timeout: 180_000
	}
});
