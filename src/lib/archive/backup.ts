/** The back-up file: the whole archive (raw texts, user aliases and alliances, settings) as one JSON file. */
import { validateArchive } from './persist';
import type { StoredArchive } from './types';

export const BACKUP_FORMAT = 'alliance-pulse-backup';

/** What a back-up file holds. */
export interface BackupFile {
	format: typeof BACKUP_FORMAT;
	version: 1;
	/** China time 'YYYY-MM-DD HH:mm'. */
	created: string;
	archive: StoredArchive;
}

/** The back-up file's text. */
export function backupText(archive: StoredArchive, created: string): string {
	const file: BackupFile = { format: BACKUP_FORMAT, version: 1, created, archive };
	return JSON.stringify(file, null, 1);
}

/** 联盟活跃度看板备份_20260420.json for China date '2026-04-20'. */
export function backupFileName(today: string): string {
	return `联盟活跃度看板备份_${today.replaceAll('-', '')}.json`;
}

/** A back-up file that cannot be restored; the message says why. */
export class BackupError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'BackupError';
	}
}

/** Read a back-up file's text; throws BackupError when it is not one (or is damaged). */
export function readBackup(text: string): BackupFile {
	let data: Partial<BackupFile>;
	try {
		data = JSON.parse(text.replace(/^\uFEFF/, '')) as Partial<BackupFile>;
	} catch {
		throw new BackupError('不是 JSON 文件 (not a JSON file)');
	}
	if (data?.format !== BACKUP_FORMAT)
		throw new BackupError(`不是联盟活跃度看板的备份文件 (not an ${BACKUP_FORMAT} file)`);
	if (data.version !== 1)
		throw new BackupError(`不支持的备份版本 ${String(data.version)} (unsupported backup version)`);
	try {
		return {
			format: BACKUP_FORMAT,
			version: 1,
			created: String(data.created ?? ''),
			archive: validateArchive(data.archive)
		};
	} catch (e) {
		throw new BackupError(
			`备份文件已损坏：${e instanceof Error ? e.message : String(e)} (damaged backup)`
		);
	}
}

/** What a restore would change: counts on both sides, and which issues come and go. */
export interface RestorePreview {
	created: string;
	sources: { before: number; after: number };
	aliases: { before: number; after: number };
	alliances: { before: number; after: number };
	hideEmbedded: { before: boolean; after: boolean };
	/** Issue ids (of bulletin sources) and file names (of item lists) the restore adds. */
	added: string[];
	/** … and the ones it removes. */
	removed: string[];
	/** … and the ones on both sides whose text differs (replaced). */
	changed: string[];
}

const label = (s: StoredArchive['sources'][number]) => s.issueId ?? s.file;

/** Compare the current archive with a back-up's. */
export function restorePreview(current: StoredArchive, backup: BackupFile): RestorePreview {
	const before = new Map(current.sources.map((s) => [label(s), s.id]));
	const after = new Map(backup.archive.sources.map((s) => [label(s), s.id]));
	const sorted = (xs: string[]) => xs.sort((a, b) => a.localeCompare(b));
	return {
		created: backup.created,
		sources: { before: current.sources.length, after: backup.archive.sources.length },
		aliases: { before: current.userAliases.length, after: backup.archive.userAliases.length },
		alliances: { before: current.userAlliances.length, after: backup.archive.userAlliances.length },
		hideEmbedded: {
			before: current.settings.hideEmbedded,
			after: backup.archive.settings.hideEmbedded
		},
		added: sorted([...after.keys()].filter((k) => !before.has(k))),
		removed: sorted([...before.keys()].filter((k) => !after.has(k))),
		changed: sorted(
			[...after.keys()].filter((k) => before.has(k) && before.get(k) !== after.get(k))
		)
	};
}
