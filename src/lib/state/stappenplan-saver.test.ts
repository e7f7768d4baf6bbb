import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DebouncedSaver } from './stappenplan-saver.svelte';

interface Item {
	id: string;
	text: string;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('saving as the team types', () => {
	it('writes a record once, with its last text, a moment after the last change', async () => {
		const written: string[] = [];
		const saver = new DebouncedSaver<Item>(
			async (item) => (written.push(item.text), item),
			() => {},
			() => {},
			250
		);
		saver.schedule({ id: 'a', text: 'B' });
		saver.schedule({ id: 'a', text: 'Bu' });
		saver.schedule({ id: 'a', text: 'Buurt' });
		expect(saver.status).toBe('saving');
		await vi.advanceTimersByTimeAsync(249);
		expect(written).toEqual([]);
		await vi.advanceTimersByTimeAsync(1);
		await saver.flush();
		expect(written).toEqual(['Buurt']);
		expect(saver.status).toBe('saved');
	});

	it('writes everything waiting at once on flush', async () => {
		const written: string[] = [];
		const saver = new DebouncedSaver<Item>(
			async (item) => (written.push(item.id), item),
			() => {},
			() => {}
		);
		saver.schedule({ id: 'a', text: '' });
		saver.schedule({ id: 'b', text: '' });
		await saver.flush();
		expect(written).toEqual(['a', 'b']);
	});

	it('reports a failed write, and clears the failure once a later write succeeds', async () => {
		const errors: unknown[] = [];
		let fail = true;
		const saver = new DebouncedSaver<Item>(
			async (item) => {
				if (fail) throw new Error('disk full');
				return item;
			},
			() => {},
			(error) => errors.push(error)
		);
		saver.schedule({ id: 'a', text: 'x' });
		await saver.flush();
		expect(saver.status).toBe('failed');
		expect(errors).toHaveLength(1);
		fail = false;
		saver.schedule({ id: 'a', text: 'y' });
		await saver.flush();
		expect(saver.status).toBe('saved');
	});
});
