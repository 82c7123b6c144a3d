/**
 * The keyword index: one row per (item, distinct keyword of its title and body).
 * Belongs in db/schema.ts next to the other tables; kept here until the lead moves it.
 */
import type { Db } from '../db/types';

/** DDL of item_keywords. */
export const KEYWORD_TABLE =
	'CREATE TABLE IF NOT EXISTS item_keywords (item_id VARCHAR NOT NULL, word VARCHAR NOT NULL)';

/** Create item_keywords if it does not exist; safe to run on every start. */
export async function ensureKeywordTable(db: Db): Promise<void> {
	await db.exec(KEYWORD_TABLE);
}

/** Whether item_keywords exists (buildItemKeywords has run on this database). */
export async function hasKeywordTable(db: Db): Promise<boolean> {
	const [row] = await db.query<{ n: number }>(
		"SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = 'item_keywords' AND NOT temporary"
	);
	return (row?.n ?? 0) > 0;
}
