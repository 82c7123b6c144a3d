/** The archive's tables, created once, and the aggregates every chart reads. */
import type { Db } from './types';

/** Bumped whenever a table changes shape; stored in `meta`. */
export const SCHEMA_VERSION = 1;

// Dates are DATE, read back as 'YYYY-MM-DD' (rows.ts). No foreign keys or secondary indexes: DuckDB's
// zone maps serve the filters, and both would slow bulk loads (removeIssue deletes child rows itself).
const TABLES = `
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);

CREATE TABLE IF NOT EXISTS issues (
	id VARCHAR PRIMARY KEY, title VARCHAR, year INTEGER, number INTEGER, serial INTEGER, date DATE,
	publisher VARCHAR, editor VARCHAR, reviewer VARCHAR, signer VARCHAR,
	source_file VARCHAR, content_hash VARCHAR, synthetic BOOLEAN, item_count INTEGER);

-- month: the issue's publication month 'YYYY-MM', the period an item counts in (event dates are often
-- missing); NULL when the issue has no date. year: the issue's volume year (2025 for 2025年第24期).
CREATE TABLE IF NOT EXISTS items (
	id VARCHAR PRIMARY KEY, issue_id VARCHAR NOT NULL, section VARCHAR NOT NULL, seq INTEGER,
	title VARCHAR, body VARCHAR, attribution VARCHAR, kind VARCHAR, contributor VARCHAR, info_source VARCHAR,
	event_date DATE, event_precision VARCHAR, month VARCHAR, issue_date DATE, year INTEGER,
	synthetic BOOLEAN, line INTEGER);

CREATE TABLE IF NOT EXISTS alliances (
	id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, short_names VARCHAR[], aliases VARCHAR[],
	acronym VARCHAR, domain VARCHAR, user_created BOOLEAN);

CREATE TABLE IF NOT EXISTS item_alliances (item_id VARCHAR NOT NULL, alliance_id VARCHAR NOT NULL, role VARCHAR, text VARCHAR);

CREATE TABLE IF NOT EXISTS item_topics (item_id VARCHAR NOT NULL, topic_id VARCHAR NOT NULL, words VARCHAR[]);

CREATE TABLE IF NOT EXISTS topics (
	id VARCHAR PRIMARY KEY, zh VARCHAR, en VARCHAR, dimension VARCHAR, sections VARCHAR[], keywords VARCHAR[]);

CREATE TABLE IF NOT EXISTS parse_warnings (issue_id VARCHAR NOT NULL, code VARCHAR, message VARCHAR, line INTEGER, text VARCHAR);

-- suggestions: alliance ids, best first.
CREATE TABLE IF NOT EXISTS unresolved_names (
	issue_id VARCHAR NOT NULL, item_id VARCHAR, text VARCHAR, role VARCHAR, suggestions VARCHAR[]);

-- Item counts by contributing alliance (NULL: no contributor resolved to an alliance).
-- An item with two contributors has a row under each; first_contributor is true on exactly one row per item,
-- so SUM(items) WHERE first_contributor counts every item once, and SUM(items) by alliance counts it per alliance.
CREATE TABLE IF NOT EXISTS agg_items (
	alliance_id VARCHAR, first_contributor BOOLEAN, month VARCHAR, year INTEGER, issue_id VARCHAR,
	section VARCHAR, synthetic BOOLEAN, items INTEGER);

-- The same counts split by activity type (topic_id NULL: no topic). An item with three topics is in three rows:
-- sum within one topic, never across topics; item totals come from agg_items.
CREATE TABLE IF NOT EXISTS agg_activity (
	alliance_id VARCHAR, first_contributor BOOLEAN, month VARCHAR, year INTEGER, issue_id VARCHAR,
	section VARCHAR, topic_id VARCHAR, synthetic BOOLEAN, items INTEGER);
`;

/** Create every table that does not exist yet; safe to run on every start. */
export async function migrate(db: Db): Promise<void> {
	await db.transaction(async (tx) => {
		await tx.exec(TABLES);
		await tx.query('INSERT OR REPLACE INTO meta VALUES (?, ?)', [
			'schema_version',
			String(SCHEMA_VERSION)
		]);
	});
}

// One row per (item, contributing alliance); items without one get a single row with alliance_id NULL.
function itemContributors(itemFilter: string): string {
	return `
WITH contributors AS (
	SELECT DISTINCT item_id, alliance_id FROM item_alliances WHERE role = 'contributor'),
item_contributors AS (
	SELECT i.id AS item_id, i.month, i.year, i.issue_id, i.section, i.synthetic, c.alliance_id,
		c.alliance_id IS NOT DISTINCT FROM min(c.alliance_id) OVER (PARTITION BY i.id) AS first_contributor
	FROM items i LEFT JOIN contributors c ON c.item_id = i.id ${itemFilter})`;
}

/**
 * Rebuild agg_items and agg_activity from the raw tables, in one transaction; with `issueIds`, only those
 * issues' rows (the aggregates are per issue, so an import need not recount the archive).
 */
export async function refreshAggregates(db: Db, issueIds?: readonly string[]): Promise<void> {
	if (issueIds?.length === 0) return;
	const where = issueIds ? `WHERE issue_id IN (${issueIds.map(() => '?').join(', ')})` : '';
	const params = issueIds ? [...issueIds] : [];
	const run = (tx: Db, sql: string) => (params.length ? tx.query(sql, params) : tx.exec(sql));
	await db.transaction(async (tx) => {
		await run(tx, `DELETE FROM agg_items ${where}`);
		await run(tx, `DELETE FROM agg_activity ${where}`);
		const contributors = itemContributors(where.replace('issue_id', 'i.issue_id'));
		await run(
			tx,
			`INSERT INTO agg_items ${contributors}
			SELECT alliance_id, first_contributor, month, year, issue_id, section, synthetic, count(*)
			FROM item_contributors GROUP BY ALL`
		);
		await run(
			tx,
			`INSERT INTO agg_activity ${contributors},
			item_topic AS (SELECT DISTINCT item_id, topic_id FROM item_topics)
			SELECT c.alliance_id, c.first_contributor, c.month, c.year, c.issue_id, c.section, t.topic_id, c.synthetic, count(*)
			FROM item_contributors c LEFT JOIN item_topic t ON t.item_id = c.item_id GROUP BY ALL`
		);
	});
}
