import { describe, expect, it } from 'vitest';
import { Scratch } from './scratch';

describe('Scratch', () => {
	it('hands out the same memory again, zero-filled, for the same name', () => {
		const scratch = new Scratch();
		const first = scratch.float64('a', 100);
		first.fill(7);
		const again = scratch.float64('a', 80);
		expect(again.buffer).toBe(first.buffer);
		expect(again.length).toBe(80);
		expect([...again].every((v) => v === 0)).toBe(true);
	});

	it('keeps names apart, and grows a buffer when a longer array is asked for', () => {
		const scratch = new Scratch();
		const a = scratch.int32('a', 10);
		const b = scratch.int32('b', 10);
		expect(b.buffer).not.toBe(a.buffer);
		a.fill(1);
		const longer = scratch.int32('a', 1000);
		expect(longer.length).toBe(1000);
		expect(longer.buffer).not.toBe(a.buffer);
		expect([...longer].every((v) => v === 0)).toBe(true);
		expect(scratch.uint8('c', 3)).toEqual(Uint8Array.of(0, 0, 0));
	});
});
