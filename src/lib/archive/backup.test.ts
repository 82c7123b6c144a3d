import { describe, expect, it } from 'vitest';
import { backupFileName, backupText, readBackup, restorePreview } from './backup';
import { EMPTY_ARCHIVE, type StoredArchive } from './types';

const src = (id: string, issueId: string | null, file = `${issueId}.txt`) => ({
	id,
	file,
	format: 'txt' as const,
	text: '…',
	addedAt: '2026-04-20 10:00',
	issueId
});

const current: StoredArchive = {
	...EMPTY_ARCHIVE,
	sources: [src('h1', '2026-01'), src('h2', '2025-24'), src('h3', null, 'items.csv')],
	userAliases: [{ text: '半导体照明工程联盟', allianceId: 'semiconductor-lighting' }]
};

describe('backup files', () => {
	it('round-trip the archive and are named by the China date', () => {
		const text = backupText(current, '2026-04-20 10:00');
		expect(readBackup(text)).toEqual({
			format: 'alliance-pulse-backup',
			version: 1,
			created: '2026-04-20 10:00',
			archive: current
		});
		expect(backupFileName('2026-04-20')).toBe('联盟活跃度看板备份_20260420.json');
	});
	it.each([
		['not json', /不是 JSON/],
		['{"format":"other"}', /不是联盟活跃度看板的备份文件/],
		['{"format":"alliance-pulse-backup","version":2}', /不支持的备份版本/],
		['{"format":"alliance-pulse-backup","version":1,"archive":{"version":1}}', /已损坏/]
	])('refuse %s', (text, message) => {
		expect(() => readBackup(text)).toThrow(message);
	});
});

describe('restorePreview', () => {
	it('lists what comes, goes and changes', () => {
		const backup = readBackup(
			backupText(
				{
					...EMPTY_ARCHIVE,
					sources: [src('h1', '2026-01'), src('h9', '2025-24'), src('h4', '2025-23')],
					settings: { hideEmbedded: true }
				},
				'2026-04-01 09:00'
			)
		);
		expect(restorePreview(current, backup)).toEqual({
			created: '2026-04-01 09:00',
			sources: { before: 3, after: 3 },
			aliases: { before: 1, after: 0 },
			alliances: { before: 0, after: 0 },
			hideEmbedded: { before: false, after: true },
			added: ['2025-23'],
			removed: ['items.csv'],
			changed: ['2025-24']
		});
	});
});
