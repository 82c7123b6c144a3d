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

/**
 * Counts per (period, key) from month rows, zero-filled: `make(period, key, count)` for every period (ascending) and
 * key (in the given order). Rows of a month outside `periods` or a key outside `keys` are left out. Indexed arrays,
 * not string-keyed maps: at month grain over twenty years this is 4,000 cells on every filter change.
 */
function fillCounts<K extends string, R>(
	rows: { month: string; key: string; count: number }[],
	grain: TrendGrain,
	periods: string[],
	keys: K[],
	make: (period: string, key: K, count: number) => R
): R[] {
	const periodAt = new Map(periods.map((p, i) => [p, i]));
	const keyAt = new Map<string, number>(keys.map((k, i) => [k, i]));
	const counts = new Float64Array(periods.length * keys.length);
	for (const r of rows) {
		const p = periodAt.get(grain === 'month' ? r.month : periodOfMonth(r.month, grain));
		const k = keyAt.get(r.key);
		if (p !== undefined && k !== undefined) counts[p * keys.length + k]! += r.count;
	}
	const out: R[] = new Array(counts.length);
	for (let p = 0; p < periods.length; p++)
		for (let k = 0; k < keys.length; k++)
			out[p * keys.length + k] = make(periods[p]!, keys[k]!, counts[p * keys.length + k]!);
	return out;
}

/** Items per period and activity type, for every type in `topics` and every period of the span (zeros included). */
export async function topicTrends(
	db: Db,
	f: QueryFilters,
	grain: TrendGrain = 'month',
	path: QueryPath = 'auto'
): Promise<TopicTrendRow[]> {
	const periods = periodLabels(await monthSpan(db, f), grain);
	// INTEGER counts, as in matrix.ts: thousands of cells reach JS without a BigInt each.
	const rows = await run<{ month: string; key: string; count: number }>(
		db,
		sql`WITH ${scopeCte(f, 'scope', path)}
		SELECT month, topic_id AS key, sum(items)::INTEGER AS count
		FROM (${topicFacts(f, path)}) WHERE month IS NOT NULL GROUP BY ALL`
	);
	const topics = await db.query<{ id: string }>('SELECT id FROM topics ORDER BY id');
	return fillCounts(
		rows,
		grain,
		periods,
		topics.map((t) => t.id),
		(period, topicId, count) => ({ period, topicId, count })
	);
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
		SELECT month, dimension AS key, sum(items)::INTEGER AS count
		FROM (${dimensionFacts(f, path)}) WHERE month IS NOT NULL GROUP BY ALL`
	);
	const present = new Set(
		(await db.query<{ d: Dimension }>('SELECT DISTINCT dimension AS d FROM topics')).map((r) => r.d)
	);
	const dims = DIMENSION_ORDER.filter((d) => present.has(d));
	return fillCounts(rows, grain, periods, dims, (period, dimension, count) => ({
		period,
		dimension,
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
