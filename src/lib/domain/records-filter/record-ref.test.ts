import { describe, expect, it } from 'vitest';
import { findRecord, sameRef } from './record-ref';
import { need, offer } from './test-records';

describe('record references', () => {
	it('match on kind and id, and null matches nothing', () => {
		expect(sameRef({ kind: 'offer', id: 'x' }, { kind: 'offer', id: 'x' })).toBe(true);
		expect(sameRef({ kind: 'offer', id: 'x' }, { kind: 'need', id: 'x' })).toBe(false);
		expect(sameRef(null, null)).toBe(false);
	});

	it('find the record of the right kind, or nothing once it is gone', () => {
		const o = offer();
		const n = need({ id: o.id });
		expect(findRecord({ kind: 'need', id: o.id }, [o], [n])).toEqual({ kind: 'need', record: n });
		expect(findRecord({ kind: 'offer', id: o.id }, [o], [n])?.record).toBe(o);
		expect(findRecord({ kind: 'offer', id: 'gone' }, [o], [n])).toBeUndefined();
	});
});
