import { describe, expect, it } from 'vitest';
import { countKinds, diffAnalysis, entryKey } from './diff';
import { mergeAnalyses, planImport, UnresolvedConflictError } from './plan';
import { demoData, withOfferChange } from './test-data';

const later = '2026-11-24T09:00:00.000Z';
const evenLater = '2026-11-24T10:00:00.000Z';

describe('comparing a file with what is stored', () => {
	it('adds every record when the device does not have the analysis', () => {
		const data = demoData();
		const diff = diffAnalysis(data, null);
		expect(diff.isNew).toBe(true);
		expect(countKinds(diff)).toEqual({
			add: 1 + data.records.areas.length + data.records.offers.length + data.records.needs.length,
			change: 0,
			conflict: 0,
			same: 0,
			older: 0
		});
	});

	it('finds nothing to do when the file holds what is stored', () => {
		const diff = diffAnalysis(demoData(), demoData());
		expect(countKinds(diff).same).toBe(diff.entries.length);
	});

	it('calls a record with a higher revision and a later time a change', () => {
		const diff = diffAnalysis(withOfferChange(demoData(), 3, 'Nieuw', later), demoData());
		const changed = diff.entries.filter((e) => e.kind !== 'same');
		expect(changed).toEqual([expect.objectContaining({ table: 'offers', kind: 'change' })]);
	});

	it('keeps the stored record when the file has an older version of it', () => {
		const diff = diffAnalysis(demoData(), withOfferChange(demoData(), 3, 'Nieuw', later));
		expect(countKinds(diff)).toMatchObject({ older: 1, change: 0, conflict: 0 });
	});

	it('calls two different changes at the same revision a conflict', () => {
		const mine = withOfferChange(demoData(), 3, 'Van mij', later);
		const theirs = withOfferChange(demoData(), 3, 'Van hen', evenLater);
		expect(countKinds(diffAnalysis(theirs, mine))).toMatchObject({ conflict: 1, change: 0 });
	});

	it('calls a higher revision with an earlier time a conflict, not a change', () => {
		const stored = withOfferChange(demoData(), 3, 'Later gezet', evenLater);
		const twice = withOfferChange(withOfferChange(demoData(), 3, 'Een', later), 3, 'Twee', later);
		expect(countKinds(diffAnalysis(twice, stored)).conflict).toBe(1);
	});

	it('counts stored records the file lacks, and never plans to delete them', () => {
		const file = demoData();
		file.records.needs = file.records.needs.slice(5);
		const diff = diffAnalysis(file, demoData());
		expect(diff.onlyStored).toBe(5);
		expect(planImport(diff, {}, later).writes).toEqual([]);
	});
});

describe('planning an import', () => {
	it('refuses to plan while a conflict has no choice', () => {
		const mine = withOfferChange(demoData(), 3, 'Van mij', later);
		const theirs = withOfferChange(demoData(), 3, 'Van hen', evenLater);
		expect(() => planImport(diffAnalysis(theirs, mine), {}, later)).toThrow(
			UnresolvedConflictError
		);
	});

	it('writes a chosen version above both revisions, expecting the stored revision', () => {
		const mine = withOfferChange(demoData(), 3, 'Van mij', later);
		const theirs = withOfferChange(demoData(), 3, 'Van hen', evenLater);
		const diff = diffAnalysis(theirs, mine);
		const conflict = diff.entries.find((e) => e.kind === 'conflict')!;
		const plan = planImport(diff, { [entryKey(conflict)]: 'stored' }, '2026-11-25T00:00:00.000Z');
		expect(plan.writes).toEqual([
			{
				table: 'offers',
				expectedRev: 2,
				record: expect.objectContaining({
					name: 'Van mij',
					rev: 3,
					updatedAt: '2026-11-25T00:00:00.000Z'
				})
			}
		]);
	});
});

describe('merging two devices’ files', () => {
	it('takes each device’s own changes and asks only about the record both changed', () => {
		const base = demoData();
		const a = withOfferChange(withOfferChange(base, 0, 'A nul', later), 1, 'A een', later);
		const b = withOfferChange(withOfferChange(base, 1, 'B een', evenLater), 2, 'B twee', evenLater);
		const diff = diffAnalysis(b, a);
		const conflicts = diff.entries.filter((e) => e.kind === 'conflict');
		expect(conflicts.map((e) => e.id)).toEqual([base.records.offers[1]!.id]);
		const merged = mergeAnalyses(a, b, { [entryKey(conflicts[0]!)]: 'incoming' }, evenLater);
		const names = new Map(merged.records.offers.map((o) => [o.id, o.name]));
		expect(names.get(base.records.offers[0]!.id)).toBe('A nul');
		expect(names.get(base.records.offers[1]!.id)).toBe('B een');
		expect(names.get(base.records.offers[2]!.id)).toBe('B twee');
		expect(merged.records.offers).toHaveLength(base.records.offers.length);
	});

	it('gives the same offers whichever file is merged first, once the conflict is decided alike', () => {
		const base = demoData();
		const a = withOfferChange(base, 1, 'A een', later);
		const b = withOfferChange(base, 1, 'B een', evenLater);
		const key = entryKey({ table: 'offers', id: base.records.offers[1]!.id });
		const ab = mergeAnalyses(a, b, { [key]: 'incoming' }, evenLater);
		const ba = mergeAnalyses(b, a, { [key]: 'stored' }, evenLater);
		const byId = (d: typeof ab) => d.records.offers.toSorted((x, y) => x.id.localeCompare(y.id));
		expect(byId(ab)).toEqual(byId(ba));
	});

	it('no longer sees a conflict after the decision is merged back into either device', () => {
		const base = demoData();
		const a = withOfferChange(base, 1, 'A een', later);
		const b = withOfferChange(base, 1, 'B een', evenLater);
		const key = entryKey({ table: 'offers', id: base.records.offers[1]!.id });
		const merged = mergeAnalyses(a, b, { [key]: 'incoming' }, evenLater);
		expect(countKinds(diffAnalysis(merged, a))).toMatchObject({ conflict: 0, change: 1 });
		// Device b already has the chosen text; only the revision differs, which is not a change.
		expect(countKinds(diffAnalysis(merged, b))).toMatchObject({ conflict: 0, change: 0 });
	});

	it('lets a device take the revision of a decision it already agrees with, so its next edit is a change', () => {
		const base = demoData();
		const a = withOfferChange(base, 1, 'A een', later);
		const b = withOfferChange(base, 1, 'B een', evenLater);
		const key = entryKey({ table: 'offers', id: base.records.offers[1]!.id });
		const merged = mergeAnalyses(a, b, { [key]: 'incoming' }, evenLater);
		const bAfter = mergeAnalyses(b, merged, {}, evenLater);
		expect(bAfter.records.offers[1]!.rev).toBe(3);
		const edited = withOfferChange(bAfter, 1, 'B twee', '2026-11-26T00:00:00.000Z');
		expect(countKinds(diffAnalysis(edited, merged))).toMatchObject({ conflict: 0, change: 1 });
	});
});

describe('showing a record in the comparison', () => {
	it('labels a record by its name and lists exactly the fields that differ', async () => {
		const { changedFields, recordLabel, fieldText } = await import('./diff');
		const before = demoData().records.offers[0]!;
		const after = { ...before, name: 'Anders', capacity: 12, rev: 9 };
		expect(recordLabel(after)).toBe('Anders');
		expect(changedFields(before, after)).toEqual(
			before.capacity === 12 ? ['name'] : ['capacity', 'name']
		);
		expect(fieldText(after, 'categories')).toBe(JSON.stringify(before.categories));
	});
});
