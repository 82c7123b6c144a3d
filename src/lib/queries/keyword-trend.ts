/**
 * One chosen keyword over time. Counts items whose title or body contains the word (as the items
 * page's search and keyword-in-context do), not the segmented index: a person may type a phrase
 * the segmenter splits, and the count should match the items the search lists.
 */
import type { Db } from '../db/types';
import { monthSpan, periodLabels, periodOfMonth } from './period';
import type { TrendGrain } from './topic-trends';
import { and, itemWhere, noFilters, run, sql, type QueryFilters } from './where';

/** Items in scope containing the keyword, in one period ('YYYY-MM' or 'YYYY'). */
export interface KeywordPeriodRow {
	period: string;
	count: number;
}

/** Items in scope (every filter, q included) containing `word`, per period across the span, zeros included. */
export async function keywordTrend(
	db: Db,
	f: QueryFilters,
	word: string,
	grain: TrendGrain = 'month'
): Promise<KeywordPeriodRow[]> {
	const w = word.trim();
	if (w === '') return [];
	const periods = periodLabels(await monthSpan(db, f), grain);
	// The text condition is itemWhere's own q clause, so case folding matches the search exactly.
	const contains = itemWhere({ ...noFilters(), q: w });
	const rows = await run<{ month: string; count: number }>(
		db,
		sql`SELECT i.month, count(*) AS count FROM items i
		WHERE i.month IS NOT NULL AND ${and([itemWhere(f), contains])} GROUP BY 1`
	);
	const counts = new Map<string, number>();
	for (const r of rows) {
		const p = periodOfMonth(r.month, grain);
		counts.set(p, (counts.get(p) ?? 0) + r.count);
	}
	return periods.map((period) => ({ period, count: counts.get(period) ?? 0 }));
}

/** Ids of the synthetic (demo) issues, so a list of items can badge theirs. */
export async function syntheticIssueIds(db: Db): Promise<string[]> {
	const rows = await db.query<{ id: string }>('SELECT id FROM issues WHERE synthetic ORDER BY id');
	return rows.map((r) => r.id);
}
