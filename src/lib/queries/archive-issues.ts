/** The archive's issues as the import view lists and matches them, and the bulk deletions it needs. */
import type { Section } from '../bulletin/types';
import { appendColumns } from '../db/appender';
import { refreshAggregates } from '../db/schema';
import type { Db } from '../db/types';
import { ISSUE_ROWS } from './issue-batch';
import { ensureKeywordTable } from './keywords-schema';
import { and, inList, run, sql } from './sql';

/** One stored issue with its item counts by section. */
export interface ArchiveIssueRow {
	issueId: string;
	title: string | null;
	date: string | null;
	sourceFile: string | null;
	contentHash: string | null;
	synthetic: boolean;
	items: number;
	policy: number;
	liaison: number;
	alliance: number;
}

/** Issues (all, or those of `ids`), by id, with items per section. */
export function archiveIssues(db: Db, ids?: readonly string[]): Promise<ArchiveIssueRow[]> {
	if (ids?.length === 0) return Promise.resolve([]);
	const only = ids ? inList('s.id', ids) : and([]);
	return run<ArchiveIssueRow>(
		db,
		sql`SELECT s.id AS issueId, s.title, s.date, s.source_file AS sourceFile, s.content_hash AS contentHash,
			coalesce(s.synthetic, false) AS synthetic,
			count(i.id)::INTEGER AS items,
			count(i.id) FILTER (WHERE i.section = 'policy')::INTEGER AS policy,
			count(i.id) FILTER (WHERE i.section = 'liaison')::INTEGER AS liaison,
			count(i.id) FILTER (WHERE i.section = 'alliance')::INTEGER AS alliance
		FROM issues s LEFT JOIN items i ON i.issue_id = s.id
		WHERE ${only} GROUP BY ALL ORDER BY s.id`
	);
}

/** An item's text as duplicate matching reads it. */
export interface IssueContentRow {
	issueId: string;
	section: Section;
	title: string | null;
	body: string | null;
}

/** The items of `ids` in issue and item order. */
export function issueContent(db: Db, ids: readonly string[]): Promise<IssueContentRow[]> {
	if (ids.length === 0) return Promise.resolve([]);
	return run<IssueContentRow>(
		db,
		sql`SELECT issue_id AS issueId, section, title, body FROM items WHERE ${inList('issue_id', ids)} ORDER BY issue_id, seq`
	);
}

/** Issues, items and synthetic items in the archive. */
export async function archiveCounts(
	db: Db
): Promise<{ issues: number; items: number; syntheticItems: number }> {
	const [row] = await db.query<{ issues: number; items: number; syntheticItems: number }>(
		`SELECT (SELECT count(*) FROM issues)::INTEGER AS issues, count(*)::INTEGER AS items,
			(count(*) FILTER (WHERE synthetic))::INTEGER AS syntheticItems FROM items`
	);
	return row ?? { issues: 0, items: 0, syntheticItems: 0 };
}

/**
 * Delete every issue except `keep` from every table (items' links, topics and keywords included), in one
 * transaction: what removing the embedded dataset does. The registry and topics stay.
 */
export async function deleteIssuesExcept(db: Db, keep: readonly string[]): Promise<void> {
	const kept = (column: string) =>
		keep.length ? { sql: `NOT (${inList(column, keep).sql})`, params: [...keep] } : and([]);
	await db.transaction(async (tx) => {
		await ensureKeywordTable(tx);
		for (const table of ['item_alliances', 'item_topics', 'item_keywords']) {
			// Table names are this module's constants, never a person's input.
			await run(
				tx,
				sql`DELETE FROM ${{ sql: table, params: [] }} WHERE item_id IN (SELECT id FROM items WHERE ${kept('issue_id')})`
			);
		}
		for (const table of ISSUE_ROWS)
			await run(tx, sql`DELETE FROM ${{ sql: table, params: [] }} WHERE ${kept('issue_id')}`);
		await run(tx, sql`DELETE FROM issues WHERE ${kept('id')}`);
		await refreshAggregates(tx);
	});
}

/** Delete keyword rows whose item is gone (after issues were removed). */
export async function dropOrphanKeywords(db: Db): Promise<void> {
	await db.exec('DELETE FROM item_keywords WHERE item_id NOT IN (SELECT id FROM items)');
}

/**
 * Replace the keyword rows of the items of `issueIds` (and of items that no longer exist) with `rows`:
 * what buildItemKeywords stores, with the words segmented elsewhere (the import worker, off the main thread).
 */
export async function replaceItemKeywords(
	db: Db,
	issueIds: readonly string[],
	rows: { itemId: string; words: readonly string[] }[]
): Promise<void> {
	await db.transaction(async (tx) => {
		await ensureKeywordTable(tx);
		const stale = issueIds.length
			? sql`item_id IN (SELECT id FROM items WHERE ${inList('issue_id', issueIds)}) OR `
			: sql``;
		await run(
			tx,
			sql`DELETE FROM item_keywords WHERE ${stale}item_id NOT IN (SELECT id FROM items)`
		);
		const columns = { item_id: [] as string[], word: [] as string[] };
		for (const { itemId, words } of rows) {
			for (const word of words) {
				columns.item_id.push(itemId);
				columns.word.push(word);
			}
		}
		await appendColumns(tx, 'item_keywords', { item_id: 'VARCHAR', word: 'VARCHAR' }, columns);
	});
}
