/** The archive's tables, created once, and the aggregates every chart reads. */
import type { Db } from './types';

/** Bumped whenever a table changes shape; stored in `meta`. */
export const SCHEMA_VERSION = 5;

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

-- The fast path every chart reads: item counts keyed by everything a filter other than free text looks at, so
-- every such filter is exact without touching the raw tables. One row per (contributing alliance, issue, section,
-- synthetic, activity-type set, contributor set); alliance_id NULL for items without a contributing alliance.
-- An item with two contributors has a row under each; first_contributor is true on exactly one row per item (its
-- first contributor by id, or its NULL row), so SUM(items) WHERE first_contributor counts every item once.
-- contributors: the item's contributing alliances, sorted (an item of several selected alliances counts once).
-- tmask: one bit per activity type (topic_bits), so type and dimension filters and per-type counts stay exact.
CREATE TABLE IF NOT EXISTS agg_facts (
	alliance_id VARCHAR, ak SMALLINT, first_contributor BOOLEAN, contributors VARCHAR[], tmask BIGINT,
	issue_id VARCHAR, month VARCHAR, year INTEGER, section VARCHAR, synthetic BOOLEAN, items INTEGER);

-- agg_facts summed over the issues of a month: what every question that is not per issue reads (a month of
-- many issues is far fewer rows).
CREATE TABLE IF NOT EXISTS agg_month (
	alliance_id VARCHAR, ak SMALLINT, first_contributor BOOLEAN, contributors VARCHAR[], tmask BIGINT,
	month VARCHAR, year INTEGER, section VARCHAR, synthetic BOOLEAN, items INTEGER);

-- agg_month without the activity types: what a question with no type or dimension filter and no per-type
-- count reads (the type sets multiply the rows several times over).
CREATE TABLE IF NOT EXISTS agg_plain (
	alliance_id VARCHAR, ak SMALLINT, first_contributor BOOLEAN, contributors VARCHAR[],
	month VARCHAR, year INTEGER, section VARCHAR, synthetic BOOLEAN, items INTEGER);

-- agg_month's rows that count each item once (first_contributor), without the alliances: what a question
-- with no alliance filter reads. contributed: the items have a contributing alliance.
CREATE TABLE IF NOT EXISTS agg_types (
	contributed BOOLEAN, tmask BIGINT, month VARCHAR, year INTEGER, section VARCHAR, synthetic BOOLEAN, items INTEGER);

-- agg_types without the activity types: items per month, section and provenance (a few rows per month).
CREATE TABLE IF NOT EXISTS agg_items (
	contributed BOOLEAN, month VARCHAR, year INTEGER, section VARCHAR, synthetic BOOLEAN, items INTEGER);

-- The issues' columns a period filter and a time axis read, copied from issues by refreshAggregates: what the
-- overview and alliances pages read instead of issues, whose titles, file names and hashes are most of its size
-- (8 of a 1M-item archive's 13 MB of core tables), so a browser can open those pages before issues is in.
CREATE TABLE IF NOT EXISTS issue_dates (id VARCHAR, year INTEGER, serial INTEGER, date DATE, synthetic BOOLEAN);

-- A small number for each alliance id (registered or contributing), fixed once given: the facts tables carry
-- it as ak beside alliance_id, because grouping by a long VARCHAR costs several times grouping by a SMALLINT.
CREATE TABLE IF NOT EXISTS alliance_keys (alliance_id VARCHAR PRIMARY KEY, k SMALLINT);

-- A small number for each issue, fixed while the issue is stored (a new issue takes the next one): how
-- agg_presence names issues, so the ranking can place an alliance's issues in the period without a join.
CREATE TABLE IF NOT EXISTS issue_keys (issue_id VARCHAR PRIMARY KEY, k INTEGER);

-- One row per (contributing alliance, issue, section, synthetic): the alliance appears in that issue, with the
-- activity types of its items there OR-ed into tmask (an issue has an item of type T ⇔ tmask has T's bit, so a
-- type or dimension filter stays exact). What issues present, first and last item and the longest gap read:
-- per-issue presence without summing agg_facts' rows per issue on every filter change.
CREATE TABLE IF NOT EXISTS agg_presence (
	alliance_id VARCHAR, ak SMALLINT, k INTEGER, issue_id VARCHAR, date DATE, month VARCHAR, year INTEGER, section VARCHAR,
	synthetic BOOLEAN, tmask BIGINT);

-- The bit of each activity type in agg_facts.tmask (rebuilt with the facts when the types change).
CREATE TABLE IF NOT EXISTS topic_bits (topic_id VARCHAR PRIMARY KEY, dimension VARCHAR, bit BIGINT);
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

/** At most this many activity types fit in agg_facts.tmask (a BIGINT, sign bit unused). */
export const MAX_TOPICS = 63;

/**
 * Number the activity types (topics, plus any id only item_topics has) into topic_bits when they are not
 * numbered yet or have changed; returns whether it renumbered (then every agg_facts row must be rebuilt).
 */
async function ensureTopicBits(tx: Db): Promise<boolean> {
	const [state] = await tx.query<{ missing: number; stale: number }>(
		`WITH ids AS (SELECT id FROM topics UNION SELECT DISTINCT topic_id FROM item_topics)
		SELECT (SELECT count(*) FROM ids WHERE id NOT IN (SELECT topic_id FROM topic_bits))::INTEGER AS missing,
			(SELECT count(*) FROM topic_bits b LEFT JOIN topics t ON t.id = b.topic_id
				WHERE b.dimension IS DISTINCT FROM t.dimension)::INTEGER AS stale`
	);
	if (!state || (state.missing === 0 && state.stale === 0)) return false;
	const [count] = await tx.query<{ n: number }>(
		'SELECT count(*)::INTEGER AS n FROM (SELECT id FROM topics UNION SELECT DISTINCT topic_id FROM item_topics)'
	);
	if ((count?.n ?? 0) > MAX_TOPICS) {
		throw new Error(
			`活动类型过多：${count?.n} 个，最多 ${MAX_TOPICS} 个 (too many activity types: ${count?.n}, at most ${MAX_TOPICS})`
		);
	}
	await tx.exec(`DELETE FROM topic_bits;
		INSERT INTO topic_bits
		SELECT u.id, t.dimension, (1::BIGINT << (row_number() OVER (ORDER BY u.id) - 1)::INTEGER)
		FROM (SELECT id FROM topics UNION SELECT DISTINCT topic_id FROM item_topics) u LEFT JOIN topics t ON t.id = u.id`);
	return true;
}

// Per item (restricted by `itemFilter` on items `i`): its sorted contributors and its activity-type bits; then a
// row per contributor (or one NULL row), grouped.
function factsSql(itemFilter: string): string {
	return `
WITH scoped AS (SELECT i.id, i.issue_id, i.month, i.year, i.section, i.synthetic FROM items i ${itemFilter}),
contributors AS (
	SELECT item_id, list(DISTINCT alliance_id ORDER BY alliance_id) AS cs FROM item_alliances
	WHERE role = 'contributor' AND alliance_id IS NOT NULL AND item_id IN (SELECT id FROM scoped) GROUP BY 1),
masks AS (
	SELECT t.item_id, bit_or(b.bit) AS m FROM (SELECT DISTINCT item_id, topic_id FROM item_topics) t
	JOIN topic_bits b ON b.topic_id = t.topic_id WHERE t.item_id IN (SELECT id FROM scoped) GROUP BY 1),
per_item AS (
	SELECT s.*, coalesce(c.cs, []::VARCHAR[]) AS cs, coalesce(m.m, 0)::BIGINT AS tmask
	FROM scoped s LEFT JOIN contributors c ON c.item_id = s.id LEFT JOIN masks m ON m.item_id = s.id),
per_row AS (
	SELECT unnest(CASE WHEN len(cs) = 0 THEN [NULL::VARCHAR] ELSE cs END) AS alliance_id, cs, tmask,
		issue_id, month, year, section, synthetic FROM per_item)
SELECT r.alliance_id, k.k, r.alliance_id IS NOT DISTINCT FROM r.cs[1] AS first_contributor, r.cs, r.tmask,
	r.issue_id, r.month, r.year, r.section, r.synthetic, count(*)::INTEGER
FROM per_row r LEFT JOIN alliance_keys k ON k.alliance_id = r.alliance_id GROUP BY ALL`;
}

/** agg_presence rows from agg_facts (restricted by `factsFilter` on `g`), keyed by issue_keys. */
function presenceSql(factsFilter: string): string {
	return `
SELECT g.alliance_id, g.ak, k.k, g.issue_id, s.date, g.month, g.year, g.section, g.synthetic, bit_or(g.tmask)
FROM agg_facts g JOIN issue_keys k ON k.issue_id = g.issue_id JOIN issues s ON s.id = g.issue_id
WHERE g.alliance_id IS NOT NULL ${factsFilter}
GROUP BY ALL`;
}

/**
 * Rebuild the facts from the raw tables, in one transaction; with `issueIds`, only those issues' rows (the facts
 * are per issue, so an import need not recount the archive) unless the activity types were renumbered.
 */
export async function refreshAggregates(db: Db, issueIds?: readonly string[]): Promise<void> {
	if (issueIds?.length === 0) return;
	await db.transaction(async (tx) => {
		const all = (await ensureTopicBits(tx)) || !issueIds;
		// Keys: every alliance id a row can name gets one (kept for good), after the highest in use.
		const list = issueIds?.map(() => '?').join(', ');
		await tx.query(
			`INSERT INTO alliance_keys SELECT id, (SELECT coalesce(max(k), 0) FROM alliance_keys) + row_number() OVER (ORDER BY id)
			FROM (SELECT id FROM alliances UNION SELECT alliance_id FROM item_alliances WHERE role = 'contributor'
				${all ? '' : `AND item_id IN (SELECT id FROM items WHERE issue_id IN (${list}))`})
			WHERE id IS NOT NULL AND id NOT IN (SELECT alliance_id FROM alliance_keys)`,
			all ? [] : [...issueIds!]
		);
		// Issues: forget removed ones, number new ones after the highest key in use.
		await tx.exec(`DELETE FROM issue_keys WHERE issue_id NOT IN (SELECT id FROM issues);
			INSERT INTO issue_keys SELECT id, (SELECT coalesce(max(k), 0) FROM issue_keys) + row_number() OVER (ORDER BY id)
			FROM issues WHERE id NOT IN (SELECT issue_id FROM issue_keys);`);
		if (all) {
			await tx.exec(`DELETE FROM agg_facts; INSERT INTO agg_facts ${factsSql('')};
				DELETE FROM agg_presence; INSERT INTO agg_presence ${presenceSql('')};`);
		} else {
			for (const table of ['agg_facts', 'agg_presence'])
				await tx.query(`DELETE FROM ${table} WHERE issue_id IN (${list})`, [...issueIds]);
			await tx.query(`INSERT INTO agg_facts ${factsSql(`WHERE i.issue_id IN (${list})`)}`, [
				...issueIds
			]);
			await tx.query(`INSERT INTO agg_presence ${presenceSql(`AND g.issue_id IN (${list})`)}`, [
				...issueIds
			]);
		}
		// The month tables are small next to agg_facts: summing them again whole is simpler than tracking months.
		await tx.exec(`DELETE FROM issue_dates; INSERT INTO issue_dates SELECT id, year, serial, date, synthetic FROM issues;
			DELETE FROM agg_month; DELETE FROM agg_plain; DELETE FROM agg_types; DELETE FROM agg_items;
			INSERT INTO agg_month SELECT alliance_id, ak, first_contributor, contributors, tmask, month, year, section, synthetic, sum(items)::INTEGER
			FROM agg_facts GROUP BY ALL;
			INSERT INTO agg_plain SELECT alliance_id, ak, first_contributor, contributors, month, year, section, synthetic, sum(items)::INTEGER
			FROM agg_month GROUP BY ALL;
			INSERT INTO agg_types SELECT alliance_id IS NOT NULL, tmask, month, year, section, synthetic, sum(items)::INTEGER
			FROM agg_month WHERE first_contributor GROUP BY ALL;
			INSERT INTO agg_items SELECT contributed, month, year, section, synthetic, sum(items)::INTEGER
			FROM agg_types GROUP BY ALL;`);
	});
}
