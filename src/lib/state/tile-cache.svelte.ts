import type { Bounds } from '$lib/map/features';
import { brtTileUrl, tileCacheName } from '$lib/map/style';
import { planOfflineTiles } from '$lib/map/tile-plan';
import { tileUrl } from '$lib/map/tiles';

/** Tiles fetched at the same time. */
const parallel = 6;

/** Keeping the basemap of an analysis' area on this device ("deze wijk offline bewaren"). */
export class TileCacheState {
	status = $state<'idle' | 'saving' | 'done'>('idle');
	done = $state(0);
	count = $state(0);
	failed = $state(0);

	/** Fetches and keeps every tile of the plan for `bounds`; tiles that fail are counted. */
	async save(bounds: Bounds): Promise<void> {
		if (this.status === 'saving') return;
		const plan = planOfflineTiles(bounds);
		const urls = plan.tiles.map((tile) => tileUrl(brtTileUrl, tile));
		this.status = 'saving';
		this.done = 0;
		this.failed = 0;
		this.count = urls.length;
		try {
			const cache = await caches.open(tileCacheName);
			let next = 0;
			const work = async () => {
				while (next < urls.length) {
					const url = urls[next++]!;
					try {
						const response = await fetch(url, { mode: 'cors' });
						if (response.ok) await cache.put(url, response);
						else this.failed++;
					} catch {
						this.failed++;
					}
					this.done++;
				}
			};
			await Promise.all(Array.from({ length: parallel }, work));
		} catch (error) {
			// Without cache storage nothing is kept: count every tile not yet kept as failed.
			this.failed += this.count - this.done;
			this.done = this.count;
			throw error;
		} finally {
			// Also when the browser has no cache storage at all: the button must work again.
			this.status = 'done';
		}
	}
}
