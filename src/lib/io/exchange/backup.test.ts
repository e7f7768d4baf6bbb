import { describe, expect, it } from 'vitest';
import { backupFileName, buildBackup, readBackup } from './backup';
import { buildAnalysisFile, writeAnalysisFile } from './format';
import { demoData } from './test-data';

const createdAt = '2026-11-23T12:00:00.000Z';

function backupText(): string {
	const data = demoData();
	const backup = buildBackup(
		{
			analyses: [data.analysis],
			records: data.records,
			meta: [{ key: 'demo-offered', value: createdAt }]
		},
		createdAt
	);
	return JSON.stringify(backup);
}

describe('reading a device backup', () => {
	it('reads back every analysis, record and device fact', () => {
		const result = readBackup(backupText());
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const data = demoData();
		expect(result.value.analyses).toEqual([data.analysis]);
		expect(result.value.records.offers).toEqual(data.records.offers);
		expect(result.value.meta).toEqual([{ key: 'demo-offered', value: createdAt }]);
	});

	it('refuses an analysis file offered as a backup, naming what it is', () => {
		const file = writeAnalysisFile(buildAnalysisFile(demoData(), createdAt));
		expect(readBackup(file)).toMatchObject({ refusal: { code: 'wrong-kind', kind: 'analysis' } });
	});

	it('refuses a record of an analysis the backup does not hold', () => {
		const backup = JSON.parse(backupText());
		backup.analyses = [];
		expect(readBackup(JSON.stringify(backup))).toMatchObject({
			refusal: { code: 'wrong-analysis' }
		});
	});

	it('refuses a wrongly typed device fact key', () => {
		const backup = JSON.parse(backupText());
		backup.meta = [{ key: 7, value: true }];
		expect(readBackup(JSON.stringify(backup))).toMatchObject({
			refusal: { code: 'invalid', path: 'meta.0.key' }
		});
	});

	it('names the backup after its date', () => {
		expect(backupFileName(createdAt)).toBe('nabuur-backup-2026-11-23.nabuur-backup.json');
	});
});
