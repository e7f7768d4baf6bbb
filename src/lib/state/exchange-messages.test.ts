import { describe, expect, it } from 'vitest';
import type { FileRefusal } from '$lib/io/exchange/refusal';
import { exchangeTableNames } from '$lib/io/exchange/tables';
import { refusalText, tableText } from './exchange-messages.svelte';

describe('texts for file refusals', () => {
	it('gives every refusal a text naming its detail', () => {
		const refusals: FileRefusal[] = [
			{ code: 'too-large', bytes: 30 * 1024 * 1024, maxBytes: 25 * 1024 * 1024 },
			{ code: 'not-json', detail: 'Unexpected end' },
			{ code: 'foreign' },
			{ code: 'wrong-kind', kind: 'backup' },
			{ code: 'newer-version', version: 7 },
			{ code: 'invalid', path: 'records.offers.2.capacity', message: 'Expected number' },
			{ code: 'markup', path: 'records.offers.0.name' },
			{ code: 'wrong-analysis', table: 'needs', id: 'abc' },
			{ code: 'duplicate-id', table: 'offers', id: 'def' }
		];
		const texts = refusals.map(refusalText);
		expect(new Set(texts).size).toBe(refusals.length);
		expect(texts[0]).toContain('30');
		expect(texts[4]).toContain('7');
		expect(texts[5]).toContain('records.offers.2.capacity');
	});

	it('names the record kinds in Dutch, and a table it has no text for by its own name', () => {
		expect(exchangeTableNames.filter((t) => tableText(t) === t)).toEqual([]);
		expect(tableText('priorities')).toBe('Prioriteit');
		expect(tableText('someFutureTable')).toBe('someFutureTable');
	});
});
