/**
 * The app's service worker as seen from the page: registers it, and notices when a new version
 * of the app is ready so the user can switch when it suits them (data is never touched by it).
 */
export class ServiceWorkerState {
	/** True when a new app version is installed and waits for the user to switch to it. */
	updateReady = $state(false);
	/** True once the app is fully stored for offline use. */
	offlineReady = $state(false);
	#waiting: ServiceWorker | null = null;

	/** Registers `/service-worker.js`; does nothing where service workers are unsupported. */
	async register(): Promise<void> {
		if (!('serviceWorker' in navigator)) return;
		const registration = await navigator.serviceWorker.register('/service-worker.js');
		const track = (worker: ServiceWorker | null) => {
			if (!worker) return;
			const check = () => {
				if (worker.state === 'installed' && navigator.serviceWorker.controller) {
					this.#waiting = worker;
					this.updateReady = true;
				}
				if (worker.state === 'activated') this.offlineReady = true;
			};
			worker.addEventListener('statechange', check);
			check();
		};
		track(registration.waiting ?? registration.installing);
		if (registration.active && !registration.waiting) this.offlineReady = true;
		registration.addEventListener('updatefound', () => track(registration.installing));
		let reloading = false;
		navigator.serviceWorker.addEventListener('controllerchange', () => {
			// Only reload for a switch the user asked for, not for the first install.
			if (reloading || !this.#waiting) return;
			reloading = true;
			location.reload();
		});
	}

	/** Switches to the waiting version; the page reloads when it has taken over. */
	applyUpdate(): void {
		this.#waiting?.postMessage({ type: 'skip-waiting' });
	}
}

/** The app's service worker state. */
export const serviceWorker = new ServiceWorkerState();
