/**
 * Storing many parsed issues at once. replaceIssue (db/load.ts) costs a dozen DuckDB round trips and an
 * aggregate refresh per issue: 100 issues took seconds in the browser. Here the issues are loaded with
 * loadArchive into a staging schema (one batch insert and one aggregate pass, whatever their number), then
 * moved into the archive's tables, replacing any issue with the same id, and their facts rebuilt in the archive
 * (per issue; the activity types' bits are the archive's, not the staging schema's).
 */
import { loadArchive, type ArchiveIssue } from '../db/load';
import { migrate, refreshAggregates } from '../db/schema';
import type { Db } from '../db/types';
import { ensureKeywordTable } from './keywords-schema';
import { inList, run, sql, type Fragment } from './sql';

const STAGE = 'pulse_stage';

/** Tables keyed by issue_id (the issues table itself aside), in the order their rows are deleted. */
export const ISSUE_ROWS = [
	'items',
	'parse_warnings',
	'unresolved_names',
	'agg_facts',
	'agg_presence'
] as const;
/** What replaceIssues copies from the staging schema; the facts are rebuilt in main (their type bits are main's). */
const COPIED = ['issues', 'items', 'parse_warnings', 'unresolved_names'] as const;
/** Tables keyed by item_id. */
const ITEM_ROWS = ['item_alliances', 'item_topics'] as const;

const name = (table: string): Fragment => ({ sql: table, params: [] });

/** Delete the issues `ids` from every table (item links, topics, keywords and aggregates included). */
export async function deleteIssues(db: Db, ids: readonly string[]): Promise<void> {
	if (ids.length === 0) return;
	await db.transaction(async (tx) => {
		await deleteRows(tx, ids);
		await refreshAggregates(tx, ids); // the month tables sum what is left
	});
}

/** The rows of the issues `ids`, from every table; the month facts are left for the caller to refresh. */
async function deleteRows(tx: Db, ids: readonly string[]): Promise<void> {
	await ensureKeywordTable(tx);
	// Table names are this module's constants, never a person's input.
	for (const table of [...ITEM_ROWS, 'item_keywords']) {
		await run(
			tx,
			sql`DELETE FROM ${name(table)} WHERE item_id IN (SELECT id FROM items WHERE ${inList('issue_id', ids)})`
		);
	}
	for (const table of ISSUE_ROWS)
		await run(tx, sql`DELETE FROM ${name(table)} WHERE ${inList('issue_id', ids)}`);
	await run(tx, sql`DELETE FROM issues WHERE ${inList('id', ids)}`);
}

/**
 * Store `issues`, each replacing any stored issue with its id, with their aggregates; one transaction.
 * Keywords are not indexed here (buildItemKeywords or replaceItemKeywords does that).
 */
export async function replaceIssues(db: Db, issues: readonly ArchiveIssue[]): Promise<void> {
	if (issues.length === 0) return;
	const ids = [...new Set(issues.map((i) => i.parsed.issue.id))];
	if (ids.length !== issues.length) throw new Error('replaceIssues: two issues share an id');
	await db.transaction(async (tx) => {
		// The staging schema is kept (emptied) between calls: DuckDB cannot commit a transaction that filled a table and dropped it.
		await tx.exec(`CREATE SCHEMA IF NOT EXISTS ${STAGE}; SET schema = '${STAGE}'`);
		try {
			await migrate(tx);
			await loadArchive(tx, { issues: [...issues], alliances: [], topics: [] });
		} finally {
			await tx.exec(`SET schema = 'main'`);
		}
		await deleteRows(tx, ids);
		for (const table of [...COPIED, ...ITEM_ROWS]) {
			await tx.exec(
				`INSERT INTO main.${table} SELECT * FROM ${STAGE}.${table}; DELETE FROM ${STAGE}.${table}`
			);
		}
		for (const table of [
			'agg_facts',
			'agg_presence',
			'agg_month',
			'agg_plain',
			'agg_types',
			'agg_items',
			'issue_dates',
			'topic_bits',
			'issue_keys',
			'alliance_keys'
		])
			await tx.exec(`DELETE FROM ${STAGE}.${table}`);
		await refreshAggregates(tx, ids); // once, for the removed and the new rows alike
	});
}
