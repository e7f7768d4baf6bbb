import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// A single-page app: every route renders in the browser from one shell, so the service
		// worker can serve that shell for any URL while offline.
		adapter: adapter({ fallback: 'index.html' }),
		// The fallback page is served for deep links such as /analyse/…/kaart, so its asset
		// addresses must be absolute; relative ones would point below the route.
		paths: { relative: false },
		// The page registers the service worker itself, so it can offer a new version to the user
		// instead of switching under their feet.
		serviceWorker: { register: false },
		typescript: {
			config: (tsconfig) => {
				tsconfig.include.push('../scripts/**/*.ts', '../playwright.config.ts');
			}
		}
	}
};

export default config;
