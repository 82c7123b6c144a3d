/**
 * Filters → WHERE fragments. The SQL text depends only on which filters are set (how many
 * alliances; whether q has letters with a case), never on their values: every value reaches
 * DuckDB as a bound `?` parameter.
 */
import type { Filters } from '../state/filters';
import { and, inList, type Fragment } from './sql';

export { and, inList, join, run, sql, type Fragment } from './sql';

/** The filters a query reads; sort and page only matter to the lists that page and sort. */
export type QueryFilters = Pick<
	Filters,
	'alliances' | 'from' | 'to' | 'year' | 'section' | 'type' | 'dim' | 'q' | 'real'
> &
	Partial<Pick<Filters, 'sort' | 'page'>>;

/** 'auto': the aggregates when they can answer exactly, else the raw tables; 'raw': always the raw tables (tests, checks). */
export type QueryPath = 'auto' | 'raw';

/** What a query counts, which decides whether the aggregates can answer it exactly. */
export interface AggregateNeed {
	/** Counts grouped by contributing alliance (an item counts once under each of its contributors). */
	perAlliance?: boolean;
	/** Counts grouped by activity type (needs which types occur together on one item). */
	perTopic?: boolean;
}

/** The free-text query, trimmed; '' when unset. */
export function textQuery(f: QueryFilters): string {
	return f.q.trim();
}

/**
 * Whether agg_items / agg_activity answer `f` exactly. Never with free text (needs titles and
 * bodies) or a dimension (an item with two types of one dimension is two agg_activity rows, and
 * summing across topics would count it twice). Item totals (each item once) also need at most
 * one alliance: an item by two selected alliances has a row under each. Per-topic counts with
 * an activity-type filter need co-occurrence, which the aggregates do not keep.
 */
export function usesAggregates(f: QueryFilters, need: AggregateNeed = {}): boolean {
	if (textQuery(f) !== '' || f.dim !== null) return false;
	if (!need.perAlliance && f.alliances.length > 1) return false;
	if (need.perTopic && f.type !== null) return false;
	return true;
}

/** The filters that apply to every table: period and real-only; `month` and `year` are column expressions. */
function periodParts(f: QueryFilters, month: string, year: string, synthetic: string): Fragment[] {
	const parts: Fragment[] = [];
	if (f.from) parts.push({ sql: `${month} >= ?`, params: [f.from] });
	if (f.to) parts.push({ sql: `${month} <= ?`, params: [f.to] });
	if (f.year !== null) parts.push({ sql: `${year} = ?::INTEGER`, params: [f.year] });
	// IS NOT TRUE, as in evaluation.ts: a row of unknown provenance counts as real rather than vanishing.
	if (f.real) parts.push({ sql: `${synthetic} IS NOT TRUE`, params: [] });
	return parts;
}

/** Issues in the period (and real-only) for the `issues` table as `s`; item-level filters do not apply. */
export function issueWhere(f: QueryFilters): Fragment {
	return and(periodParts(f, "strftime(s.date, '%Y-%m')", 's.year', 's.synthetic'));
}

/**
 * Items in scope for the raw `items` table as `i`. Alliances match a contributing alliance;
 * type: the item has that activity type; dim: it has a type of that dimension; q: the title
 * or body contains q, case-insensitively. `year` is the issue's volume year (2025年第N期 → 2025).
 */
export function itemWhere(f: QueryFilters): Fragment {
	const parts = periodParts(f, 'i.month', 'i.year', 'i.synthetic');
	if (f.section) parts.push({ sql: 'i.section = ?', params: [f.section] });
	// IN (subquery) rather than EXISTS: DuckDB runs it as one hash semi-join, about twice as fast here.
	if (f.alliances.length) {
		const list = inList('alliance_id', f.alliances);
		parts.push({
			sql: `i.id IN (SELECT item_id FROM item_alliances WHERE role = 'contributor' AND ${list.sql})`,
			params: list.params
		});
	}
	if (f.type)
		parts.push({
			sql: 'i.id IN (SELECT item_id FROM item_topics WHERE topic_id = ?)',
			params: [f.type]
		});
	if (f.dim) {
		parts.push({
			sql: 'i.id IN (SELECT item_id FROM item_topics WHERE topic_id IN (SELECT id FROM topics WHERE dimension = ?))',
			params: [f.dim]
		});
	}
	const q = textQuery(f);
	// lower() on every body costs several times the search itself: skip it when q has no letter with a case (Chinese).
	if (q && q.toLowerCase() === q.toUpperCase()) {
		parts.push({
			sql: "(contains(coalesce(i.title, ''), ?) OR contains(coalesce(i.body, ''), ?))",
			params: [q, q]
		});
	} else if (q) {
		parts.push({
			sql: "(contains(lower(coalesce(i.title, '')), lower(?)) OR contains(lower(coalesce(i.body, '')), lower(?)))",
			params: [q, q]
		});
	}
	return and(parts);
}

/** Where a query's raw-table facts read items from: a CTE named by a constant of the calling module. */
export type ScopeName = 'scope' | 'scope_all';

/**
 * `name AS MATERIALIZED (items in scope)`: put it first in a query's WITH, so the raw-table facts
 * (facts.ts) filter the items once per query rather than once per use. Unused, it costs nothing.
 */
export function scopeCte(f: QueryFilters, name: ScopeName = 'scope'): Fragment {
	const w = itemWhere(f);
	return {
		sql: `${name} AS MATERIALIZED (SELECT i.id, i.issue_id, i.month, i.section, i.synthetic FROM items i WHERE ${w.sql})`,
		params: w.params
	};
}

/** The two aggregate tables; agg_activity has topic_id as well. */
export type AggTable = 'agg_items' | 'agg_activity';

/**
 * Rows in scope for an aggregate table as `g`. Item grain counts each item once (the
 * first_contributor row, or the one selected alliance's row); alliance grain keeps every
 * contributor's row, restricted to the selected alliances. On agg_activity the type filter
 * is `topic_id = ?` (summing within one topic is exact). Throws when `usesAggregates` says no.
 */
export function aggWhere(f: QueryFilters, table: AggTable, grain: 'item' | 'alliance'): Fragment {
	if (!usesAggregates(f, { perAlliance: grain === 'alliance' })) {
		throw new Error('aggWhere: these filters need the raw tables (see usesAggregates)');
	}
	if (f.type && table !== 'agg_activity') {
		throw new Error('aggWhere: an activity-type filter needs agg_activity');
	}
	const parts = periodParts(f, 'g.month', 'g.year', 'g.synthetic');
	if (f.section) parts.push({ sql: 'g.section = ?', params: [f.section] });
	if (f.alliances.length) parts.push(inList('g.alliance_id', f.alliances));
	else if (grain === 'item') parts.push({ sql: 'g.first_contributor', params: [] });
	if (grain === 'alliance') parts.push({ sql: 'g.alliance_id IS NOT NULL', params: [] });
	if (f.type) parts.push({ sql: 'g.topic_id = ?', params: [f.type] });
	return and(parts);
}

/** Registered alliances for the `alliances` table as `a`: the selected ones, or all. */
export function allianceWhere(f: QueryFilters): Fragment {
	return f.alliances.length ? inList('a.id', f.alliances) : and([]);
}

/** Filters with nothing set: the whole archive. */
export function noFilters(): QueryFilters {
	return {
		alliances: [],
		from: null,
		to: null,
		year: null,
		section: null,
		type: null,
		dim: null,
		q: '',
		real: false
	};
}
