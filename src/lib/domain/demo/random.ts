/** A seeded pseudo-random source, so generated data is the same on every device and run. */
export interface Random {
	/** A float in [0, 1). */
	next(): number;
	/** An integer in [min, max], both inclusive. */
	int(min: number, max: number): number;
	/** A float in [min, max). */
	between(min: number, max: number): number;
	/** One element of a non-empty list. */
	pick<T>(items: readonly T[]): T;
	/** `count` distinct elements of a list, in the order drawn. */
	sample<T>(items: readonly T[], count: number): T[];
}

/**
 * Creates a deterministic random source from a 32-bit seed (mulberry32: small, fast and well
 * distributed enough for demo data; not for anything security-related).
 */
export function createRandom(seed: number): Random {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	return {
		next,
		int,
		between: (min, max) => min + next() * (max - min),
		pick: (items) => {
			if (items.length === 0) throw new RangeError('cannot pick from an empty list');
			return items[int(0, items.length - 1)]!;
		},
		sample: (items, count) => {
			const pool = [...items];
			const out = [];
			for (let i = 0; i < count && pool.length > 0; i++) {
				out.push(pool.splice(int(0, pool.length - 1), 1)[0]!);
			}
			return out;
		}
	};
}
