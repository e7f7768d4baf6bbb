import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// `domain/` and `io/` are pure TypeScript: no UI framework, no storage engine, no map library,
// no SvelteKit runtime and no browser DOM. This keeps them testable in Node, usable from a Web
// Worker and from the command line, and honest about their inputs.
const pureLayerImports = {
	patterns: [
		{ group: ['svelte', 'svelte/*'], message: 'domain/ and io/ must not depend on Svelte.' },
		{ group: ['dexie', 'dexie/*'], message: 'domain/ and io/ must not depend on storage.' },
		{
			group: ['maplibre-gl', 'maplibre-gl/*'],
			message: 'domain/ and io/ must not depend on the map.'
		},
		{
			group: ['$app/*', '@sveltejs/kit', '@sveltejs/kit/*'],
			message: 'domain/ and io/ must not depend on SvelteKit.'
		},
		{
			// Relative imports only, so the command-line tools can run this code with plain Node.
			group: ['$lib', '$lib/*'],
			message: 'domain/ and io/ sit below every other layer; import siblings by relative path.'
		},
		{ group: ['**/*.svelte'], message: 'domain/ and io/ must not import components.' },
		{
			group: [
				'**/storage/**',
				'**/state/**',
				'**/map/**',
				'**/ui/**',
				'**/charts/**',
				'**/paraglide/**',
				'**/routes/**'
			],
			message: 'domain/ and io/ sit below every other layer.'
		}
	]
};

const domGlobals = [
	'window',
	'document',
	'navigator',
	'localStorage',
	'sessionStorage',
	'location',
	'indexedDB'
].map((name) => ({
	name,
	message: 'domain/ and io/ must not touch the browser; pass what you need in.'
}));

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'src/lib/paraglide/',
			'test-results/',
			'playwright-report/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.ts', '**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: {
					// The service worker is type-checked on its own (it runs in a worker, not a page).
					allowDefaultProject: ['src/service-worker.ts']
				},
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		},
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': [
				'error',
				{ checksVoidReturn: { attributes: false } }
			],
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
			'@typescript-eslint/consistent-type-imports': 'error',
			'no-undef': 'off'
		}
	},
	{
		files: ['src/lib/domain/**/*.ts', 'src/lib/io/**/*.ts'],
		rules: {
			'no-restricted-imports': ['error', pureLayerImports],
			'no-restricted-globals': ['error', ...domGlobals]
		}
	},
	{
		// Tests and test support run in Node; only the pure layers' own code is held to the rule.
		files: ['src/lib/domain/**/*.test.ts', 'src/lib/io/**/*.test.ts'],
		rules: { 'no-restricted-globals': 'off' }
	},
	{
		files: ['**/*.js'],
		...ts.configs.disableTypeChecked
	}
);
