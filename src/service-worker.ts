/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
import { build, files, version } from '$service-worker';
import { brtTileOrigin, brtTilePath, tileCacheName } from '$lib/map/style';

// The service worker keeps a copy of the whole built app (code, methodology, static files) so
// that after one visit every route opens without network. It never touches IndexedDB: a new
// version replaces only its own caches, never the user's data.

// `self` in a service worker is the worker's global scope; TypeScript's lib types it as Window.
const sw = self as unknown as ServiceWorkerGlobalScope;

const CACHE = `nabuur-${version}`;
/** The app shell: every route is rendered in the browser from this one page. */
const SHELL = '/';
const ASSETS = [...build, ...files, SHELL];

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) {
				if (key.startsWith('nabuur-') && key !== CACHE) await caches.delete(key);
			}
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	if ((event.data as { type?: string } | null)?.type === 'skip-waiting') void sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin === brtTileOrigin && url.pathname.startsWith(brtTilePath)) {
		event.respondWith(tile(request));
		return;
	}
	// Other requests to other origins (online features the user turned on) pass untouched.
	if (url.origin !== sw.location.origin) return;
	event.respondWith(respond(request, url));
});

/** A basemap tile (kept by "deze wijk offline bewaren"): from the network while online (fresh), from the kept tiles when that fails. */
async function tile(request: Request): Promise<Response> {
	try {
		return await fetch(request);
	} catch (error) {
		const kept = await (await caches.open(tileCacheName)).match(request.url);
		if (kept) return kept;
		throw error;
	}
}

async function respond(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(CACHE);
	if (ASSETS.includes(url.pathname)) {
		const cached = await cache.match(url.pathname);
		if (cached) return cached;
	}
	if (request.mode === 'navigate') {
		const shell = await cache.match(SHELL);
		if (shell) return shell;
	}
	try {
		return await fetch(request);
	} catch (error) {
		const cached = await cache.match(request);
		if (cached) return cached;
		throw error;
	}
}
