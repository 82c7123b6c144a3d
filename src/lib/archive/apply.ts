/** Putting parsed issues and a person's archive into DuckDB, inside a transaction the caller holds. */
import type { ArchiveIssue } from '../db/load';
import type { Db } from '../db/types';
import { applyAlias, replaceUserAlliances, unresolvedNameTexts } from '../queries/aliases';
import { deleteIssuesExcept, replaceItemKeywords } from '../queries/archive-issues';
import { replaceIssues } from '../queries/issue-batch';
import type { Registry } from '../registry/types';
import type { StoredArchive } from './types';

/** An issue to store, with each item's keywords (segmented in the import worker), in item order. */
export interface KeyedIssue extends ArchiveIssue {
	keywords: string[][];
}

/** Cancel and progress for long stores. */
export interface StoreOptions {
	signal?: AbortSignal;
	/** Steps done of the total (one per issue, one for the keywords). */
	onProgress?: (done: number, total: number) => void;
}

/** Throw the AbortError a cancelled signal carries. */
export function checkAborted(signal?: AbortSignal): void {
	if (signal?.aborted)
		throw signal.reason instanceof Error
			? signal.reason
			: new DOMException('cancelled', 'AbortError');
}

/** Issues stored per batch: one staged load each; cancel is checked and progress reported between batches. */
const BATCH = 20;

/** Store issues (each replacing any stored issue with its id) in batches, then their keyword rows. */
export async function storeIssues(
	tx: Db,
	issues: readonly KeyedIssue[],
	opts: StoreOptions = {}
): Promise<void> {
	const total = issues.length + 1;
	for (let start = 0; start < issues.length; start += BATCH) {
		checkAborted(opts.signal);
		const batch = issues.slice(start, start + BATCH);
		await replaceIssues(tx, batch);
		opts.onProgress?.(start + batch.length, total);
	}
	checkAborted(opts.signal);
	const rows = issues.flatMap((i) =>
		i.parsed.items.map((item, k) => ({ itemId: item.id, words: i.keywords[k] ?? [] }))
	);
	await replaceItemKeywords(
		tx,
		issues.map((i) => i.parsed.issue.id),
		rows
	);
	opts.onProgress?.(total, total);
}

/**
 * Lay a person's archive over the embedded dataset already in `tx`: hide it if asked, add their alliances,
 * store their issues, and resolve the embedded dataset's unresolved names that their aliases now resolve.
 */
export async function applyArchive(
	tx: Db,
	archive: StoredArchive,
	issues: readonly KeyedIssue[],
	registry: Registry,
	opts: StoreOptions = {}
): Promise<void> {
	if (archive.settings.hideEmbedded) await deleteIssuesExcept(tx, []);
	await replaceUserAlliances(tx, archive.userAlliances);
	await storeIssues(tx, issues, opts);
	if (
		archive.settings.hideEmbedded ||
		(archive.userAliases.length === 0 && archive.userAlliances.length === 0)
	)
		return;
	for (const text of await unresolvedNameTexts(tx)) {
		const r = registry.resolve(text);
		if (r.status === 'alliance') await applyAlias(tx, text, r.alliance.id);
	}
}
