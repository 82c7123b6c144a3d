/** Keyword trends and keyword in context, read from the item_keywords index (keyword-index.ts). */
import type { Db } from '../db/types';
import { hasKeywordTable } from './keywords-schema';
import { itemWhere, run, sql, type QueryFilters } from './where';

/** Items in one period whose title or body has the word; the top words of each period only. */
export interface KeywordTrendRow {
	period: string;
	word: string;
	count: number;
	/** 1 = the period's most frequent word. */
	rank: number;
}

/** A word and how many items in scope have it. */
export interface KeywordRow {
	word: string;
	count: number;
}

/** One occurrence of a word, with about 20 characters of text each side (from the body, else the title). */
export interface KeywordContextRow {
	itemId: string;
	title: string;
	left: string;
	match: string;
	right: string;
	issueId: string;
}

/** A row count from a caller: a whole number, at least 0. */
const count = (n: number) => Math.max(0, Math.floor(n));

async function requireIndex(db: Db): Promise<void> {
	if (!(await hasKeywordTable(db))) {
		throw new Error('keyword index missing: call buildItemKeywords(db) after loading the archive');
	}
}

/** The `top` most frequent keywords per period (month, or calendar year of the issue) among items in scope. */
export async function keywordTrends(
	db: Db,
	f: QueryFilters,
	grain: 'month' | 'year' = 'month',
	top = 10
): Promise<KeywordTrendRow[]> {
	await requireIndex(db);
	const period = { sql: grain === 'year' ? 'substr(i.month, 1, 4)' : 'i.month', params: [] };
	return run<KeywordTrendRow>(
		db,
		sql`SELECT period, word, count, rank FROM (
			SELECT *, row_number() OVER (PARTITION BY period ORDER BY count DESC, word) AS rank FROM (
				SELECT ${period} AS period, k.word, count(*) AS count
				FROM item_keywords k JOIN items i ON i.id = k.item_id
				WHERE i.month IS NOT NULL AND ${itemWhere(f)}
				GROUP BY 1, 2))
		WHERE rank <= ${count(top)}::INTEGER ORDER BY period, rank`
	);
}

/** The `limit` most frequent keywords among items in scope. */
export async function topKeywords(db: Db, f: QueryFilters, limit = 50): Promise<KeywordRow[]> {
	await requireIndex(db);
	return run<KeywordRow>(
		db,
		sql`SELECT k.word, count(*) AS count FROM item_keywords k JOIN items i ON i.id = k.item_id
		WHERE ${itemWhere(f)} GROUP BY k.word ORDER BY count DESC, k.word LIMIT ${count(limit)}::INTEGER`
	);
}

const WINDOW = 20;

/** Cut `text` around the first case-insensitive occurrence of `word`; null when absent. */
export function cutContext(text: string, word: string, width = WINDOW) {
	const at = text.toLowerCase().indexOf(word.toLowerCase());
	if (at < 0 || word === '') return null;
	const flat = (s: string) => s.replace(/\s+/g, ' ');
	const before = [...text.slice(0, at)];
	const after = [...text.slice(at + word.length)];
	return {
		left: flat(before.slice(-width).join('')),
		match: text.slice(at, at + word.length),
		right: flat(after.slice(0, width).join(''))
	};
}

/** Items in scope whose title or body contains `word`, newest first, with context cut around its first occurrence. */
export async function keywordInContext(
	db: Db,
	f: QueryFilters,
	word: string,
	limit = 50
): Promise<KeywordContextRow[]> {
	const w = word.trim();
	if (w === '') return [];
	const rows = await run<{ itemId: string; title: string; body: string | null; issueId: string }>(
		db,
		sql`SELECT i.id AS itemId, i.title, i.body, i.issue_id AS issueId FROM items i
		WHERE ${itemWhere(f)} AND (contains(lower(coalesce(i.title, '')), lower(${w})) OR contains(lower(coalesce(i.body, '')), lower(${w})))
		ORDER BY i.issue_date DESC NULLS LAST, i.id LIMIT ${count(limit)}::INTEGER`
	);
	return rows.flatMap((r) => {
		const cut = cutContext(r.body ?? '', w) ?? cutContext(r.title ?? '', w);
		return cut ? [{ itemId: r.itemId, title: r.title, issueId: r.issueId, ...cut }] : [];
	});
}
