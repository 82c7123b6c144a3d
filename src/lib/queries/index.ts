/** The query layer: one typed, parameterised function per question. Views call these; no SQL elsewhere. */
import { readKey } from '../db/read-key';
import type { Db } from '../db/types';
import { allianceMatrix, type AllianceMatrix } from './matrix';
import { itemsOverTime, type ItemsOverTime } from './volume';
import { ranking, type RankingRow } from './ranking';
import { topicTrends, type TopicTrendRow } from './topic-trends';
import { totals, type TotalsRow } from './totals';
import type { QueryFilters } from './where';

export * from './where';
export * from './period';
export * from './totals';
export * from './per-issue';
export * from './per-month';
export * from './volume';
export * from './ranking';
export * from './matrix';
export * from './topic-trends';
export * from './keywords';
export * from './keyword-index';
export * from './keywords-schema';
export * from './stopwords';
export * from './items';
export * from './item';
export * from './quality';
export * from './options';
export * from './evaluation';

/** What one filter change recomputes on the overview and alliances pages. */
export interface RefreshResult {
	totals: TotalsRow;
	perIssue: ItemsOverTime;
	ranking: RankingRow[];
	matrix: AllianceMatrix;
	topicTrends: TopicTrendRow[];
}

/**
 * `db` for one refresh: a read asked again with the same values runs once (the period's bounds: three modules
 * ask), as the views' shared reads (data/query.svelte.ts) answer it in the browser.
 */
function readsOnce(db: Db): Db {
	const asked = new Map<string, Promise<unknown[]>>();
	return {
		...db,
		query: <T>(sql: string, params?: unknown[]) => {
			const key = readKey(sql, params);
			let rows = asked.get(key);
			if (!rows) asked.set(key, (rows = db.query(sql, params)));
			// Each caller its own array, as in the browser.
			return rows.then((r) => r.slice() as T[]);
		}
	};
}

/**
 * Every query one filter change triggers on the overview and alliances pages (the benchmark's unit of work), each
 * distinct statement once.
 */
export async function refreshQueries(raw: Db, f: QueryFilters): Promise<RefreshResult> {
	const db = readsOnce(raw);
	// The Db runs one query at a time, so starting them together only saves the awaits between them.
	const [t, perIssue, rank, matrix, trends] = await Promise.all([
		totals(db, f),
		itemsOverTime(db, f),
		ranking(db, f),
		allianceMatrix(db, f, 'month'),
		topicTrends(db, f, 'month')
	]);
	return { totals: t, perIssue, ranking: rank, matrix, topicTrends: trends };
}
