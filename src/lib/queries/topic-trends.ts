/** Activity types and evaluation dimensions over time, and the overall activity-type mix. */
import type { Db } from '../db/types';
import type { Dimension } from '../topics/types';
import { dimensionFacts, topicFacts } from './facts';
import { monthSpan, periodLabels, periodOfMonth } from './period';
import { run, scopeCte, sql, type QueryFilters, type QueryPath } from './where';

/** Items with one activity type (or policy theme) in one period. */
export interface TopicTrendRow {
	period: string;
	topicId: string;
	count: number;
}

/** Items with at least one activity type of a dimension in one period (an item counts once per dimension). */
export interface DimensionTrendRow {
	period: string;
	dimension: Dimension;
	count: number;
}

/** One activity type's share of the items in scope. */
export interface TopicMixRow {
	topicId: string;
	zh: string;
	en: string;
	dimension: Dimension;
	count: number;
}

/** Time grains of the trend charts: the month, or its calendar year. */
export type TrendGrain = 'month' | 'year';

const DIMENSION_ORDER: Dimension[] = [
	'organisation',
	'innovation',
	'industry',
	'exchange',
	'policy'
];

/** Zero-filled period × key rows, periods ascending, keys in the given order. */
function fill<K extends string>(periods: string[], keys: K[], counts: Map<string, number>) {
	return periods.flatMap((period) =>
		keys.map((key) => ({ period, key, count: counts.get(`${period} ${key}`) ?? 0 }))
	);
}

function tally(
	rows: { month: string; key: string; count: number }[],
	grain: TrendGrain
): Map<string, number> {
	const counts = new Map<string, number>();
	for (const r of rows) {
		const k = `${periodOfMonth(r.month, grain)} ${r.key}`;
		counts.set(k, (counts.get(k) ?? 0) + r.count);
	}
	return counts;
}

/** Items per period and activity type, for every type in `topics` and every period of the span (zeros included). */
export async function topicTrends(
	db: Db,
	f: QueryFilters,
	grain: TrendGrain = 'month',
	path: QueryPath = 'auto'
): Promise<TopicTrendRow[]> {
	const periods = periodLabels(await monthSpan(db, f), grain);
	const rows = await run<{ month: string; key: string; count: number }>(
		db,
		sql`WITH ${scopeCte(f, 'scope', path)}
		SELECT month, topic_id AS key, sum(items)::BIGINT AS count
		FROM (${topicFacts(f, path)}) WHERE month IS NOT NULL GROUP BY ALL`
	);
	const topics = await db.query<{ id: string }>('SELECT id FROM topics ORDER BY id');
	return fill(
		periods,
		topics.map((t) => t.id),
		tally(rows, grain)
	).map(({ period, key, count }) => ({ period, topicId: key, count }));
}

/** Items per period and dimension: an item with two types of one dimension counts once in it. */
export async function dimensionTrends(
	db: Db,
	f: QueryFilters,
	grain: TrendGrain = 'month',
	path: QueryPath = 'auto'
): Promise<DimensionTrendRow[]> {
	const periods = periodLabels(await monthSpan(db, f), grain);
	const rows = await run<{ month: string; key: string; count: number }>(
		db,
		sql`WITH ${scopeCte(f, 'scope', path)}
		SELECT month, dimension AS key, sum(items)::BIGINT AS count
		FROM (${dimensionFacts(f, path)}) WHERE month IS NOT NULL GROUP BY ALL`
	);
	const present = new Set(
		(await db.query<{ d: Dimension }>('SELECT DISTINCT dimension AS d FROM topics')).map((r) => r.d)
	);
	const dims = DIMENSION_ORDER.filter((d) => present.has(d));
	return fill(periods, dims, tally(rows, grain)).map(({ period, key, count }) => ({
		period,
		dimension: key,
		count
	}));
}

/** Items in scope per activity type, most first: the overview's activity-type mix. Types with no item are left out. */
export function topicMix(
	db: Db,
	f: QueryFilters,
	path: QueryPath = 'auto'
): Promise<TopicMixRow[]> {
	return run<TopicMixRow>(
		db,
		sql`WITH ${scopeCte(f, 'scope', path)}
		SELECT c.topic_id AS topicId, t.zh, t.en, t.dimension, c.n::BIGINT AS count
		FROM (SELECT topic_id, sum(items) AS n FROM (${topicFacts(f, path)}) GROUP BY 1) c
		JOIN topics t ON t.id = c.topic_id
		ORDER BY c.n DESC, c.topic_id`
	);
}
