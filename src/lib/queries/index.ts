/** The query layer: one typed, parameterised function per question. Views call these; no SQL elsewhere. */
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

/** Every query one filter change triggers on the overview and alliances pages (the benchmark's unit of work). */
export async function refreshQueries(db: Db, f: QueryFilters): Promise<RefreshResult> {
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
