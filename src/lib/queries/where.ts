/**
 * Filters → WHERE fragments. The SQL text depends only on which filters are set (how many
 * alliances; whether q has letters with a case), never on their values: every value reaches
 * DuckDB as a bound `?` parameter.
 */
import { isYearMonth } from '../calendar';
import type { Filters } from '../state/filters';
import { and, inList, list, sql, type Fragment } from './sql';

export { and, inList, join, run, sql, type Fragment } from './sql';

/** The filters a query reads; sort and page only matter to the lists that page and sort. */
export type QueryFilters = Pick<
	Filters,
	'alliances' | 'from' | 'to' | 'year' | 'section' | 'type' | 'dim' | 'q' | 'real'
> &
	Partial<Pick<Filters, 'sort' | 'page'>>;

/** 'auto': the aggregates when they can answer exactly, else the raw tables; 'raw': always the raw tables (tests, checks). */
export type QueryPath = 'auto' | 'raw';

/** The free-text query, trimmed; '' when unset. */
export function textQuery(f: QueryFilters): string {
	return f.q.trim();
}

/**
 * Whether the facts table (db/schema.ts) answers `f` exactly: for every filter but free text, which needs the
 * titles and bodies. The facts keep each item's activity types (a bit mask) and its contributor set, so
 * alliance, type and dimension filters, and counts per alliance or per type, are exact there.
 */
export function usesAggregates(f: QueryFilters): boolean {
	return textQuery(f) === '';
}

/** The filters that apply to every table: period and real-only; `month` and `year` are column expressions. */
function periodParts(f: QueryFilters, month: string, year: string, synthetic: string): Fragment[] {
	const parts: Fragment[] = [];
	const column = (c: string): Fragment => ({ sql: c, params: [] });
	if (f.from) parts.push(sql`${column(month)} >= ${f.from}`);
	if (f.to) parts.push(sql`${column(month)} <= ${f.to}`);
	if (f.year !== null) parts.push(sql`${column(year)} = ${f.year}::INTEGER`);
	// IS NOT TRUE, as in evaluation.ts: a row of unknown provenance counts as real rather than vanishing.
	if (f.real) parts.push({ sql: `${synthetic} IS NOT TRUE`, params: [] });
	return parts;
}

/**
 * Issues in the period (and real-only) for `issues` or `issue_dates` (same period columns) as `s`; item-level filters
 * do not apply. A well-formed from/to month is compared with the date itself (no strftime per issue: 40k of them at
 * 1M items); any other value is compared as text, as the items' months are.
 */
export function issueWhere(f: QueryFilters): Fragment {
	const from = f.from !== null && isYearMonth(f.from) ? f.from : null;
	const to = f.to !== null && isYearMonth(f.to) ? f.to : null;
	const parts = periodParts(
		{ ...f, from: from === null ? f.from : null, to: to === null ? f.to : null },
		"strftime(s.date, '%Y-%m')",
		's.year',
		's.synthetic'
	);
	if (from !== null) parts.push(sql`s.date >= (${from} || '-01')::DATE`);
	if (to !== null) parts.push(sql`s.date < (${to} || '-01')::DATE + INTERVAL 1 MONTH`);
	return and(parts);
}

/**
 * Items in scope for the raw `items` table as `i`. Alliances match a contributing alliance;
 * type: the item has that activity type; dim: it has a type of that dimension; q: the title
 * or body contains q, case-insensitively. `year` is the issue's volume year (2025年第N期 → 2025).
 */
export function itemWhere(f: QueryFilters): Fragment {
	const parts = periodParts(f, 'i.month', 'i.year', 'i.synthetic');
	if (f.section) parts.push(sql`i.section = ${f.section}`);
	// IN (subquery) rather than EXISTS: DuckDB runs it as one hash semi-join, about twice as fast here.
	if (f.alliances.length) {
		const selected = inList('alliance_id', f.alliances);
		parts.push(
			sql`i.id IN (SELECT item_id FROM item_alliances WHERE role = 'contributor' AND ${selected})`
		);
	}
	if (f.type) parts.push(sql`i.id IN (SELECT item_id FROM item_topics WHERE topic_id = ${f.type})`);
	if (f.dim) {
		parts.push(
			sql`i.id IN (SELECT item_id FROM item_topics WHERE topic_id IN (SELECT id FROM topics WHERE dimension = ${f.dim}))`
		);
	}
	const q = textQuery(f);
	// lower() on every body costs several times the search itself: skip it when q has no letter with a case (Chinese).
	if (q && q.toLowerCase() === q.toUpperCase()) {
		parts.push(
			sql`(contains(coalesce(i.title, ''), ${q}) OR contains(coalesce(i.body, ''), ${q}))`
		);
	} else if (q) {
		parts.push(
			sql`(contains(lower(coalesce(i.title, '')), lower(${q})) OR contains(lower(coalesce(i.body, '')), lower(${q})))`
		);
	}
	return and(parts);
}

/** Where a query's raw-table facts read items from: a CTE named by a constant of the calling module. */
export type ScopeName = 'scope' | 'scope_all';

/**
 * `name AS MATERIALIZED (items in scope)`: put it first in a query's WITH, so the raw-table facts
 * (facts.ts) filter the items once per query rather than once per use. When the facts table answers
 * (`path` 'auto' and no free text) it is an empty stand-in instead: DuckDB computes a MATERIALIZED CTE
 * even when nothing reads it, which cost a scan of every item per query.
 */
export function scopeCte(
	f: QueryFilters,
	name: ScopeName = 'scope',
	path: QueryPath = 'auto'
): Fragment {
	if (path === 'auto' && usesAggregates(f)) {
		// Names no table, so a browser still loading the raw tables need not wait for it (data/dataset.ts readsDetail).
		return {
			sql: `${name} AS (SELECT NULL::VARCHAR AS id, NULL::VARCHAR AS issue_id, NULL::VARCHAR AS month, NULL::VARCHAR AS section, NULL::BOOLEAN AS synthetic WHERE FALSE)`,
			params: []
		};
	}
	const w = itemWhere(f);
	return {
		sql: `${name} AS MATERIALIZED (SELECT i.id, i.issue_id, i.month, i.section, i.synthetic FROM items i WHERE ${w.sql})`,
		params: w.params
	};
}

/**
 * Rows of the facts table as `g` in scope. Item grain counts each item once: its first_contributor row, or, with
 * alliances selected, its row under the first of its contributors that is selected. Alliance grain keeps a row per
 * contributing alliance (the selected ones, when alliances are filtered). 'once' is for the tables whose rows
 * already count each item once (agg_types, agg_items: no alliance filter). Throws when `usesAggregates` says no.
 */
export function factsWhere(f: QueryFilters, grain: 'item' | 'alliance' | 'once'): Fragment {
	if (!usesAggregates(f))
		throw new Error('factsWhere: free text needs the raw tables (see usesAggregates)');
	const parts = periodParts(f, 'g.month', 'g.year', 'g.synthetic');
	if (f.section) parts.push(sql`g.section = ${f.section}`);
	if (f.type)
		parts.push(sql`(g.tmask & (SELECT bit FROM topic_bits WHERE topic_id = ${f.type})) <> 0`);
	if (f.dim) {
		parts.push(
			sql`(g.tmask & (SELECT bit_or(bit) FROM topic_bits WHERE dimension = ${f.dim})) <> 0`
		);
	}
	if (grain === 'once') {
		if (f.alliances.length)
			throw new Error('factsWhere: the once-counted tables have no alliances; filter agg_month');
	} else if (f.alliances.length) {
		parts.push(inList('g.alliance_id', f.alliances));
		// An item of two selected alliances: count it under the first of them only, that is, when none of its
		// contributors before this one (contributors is sorted) is selected. Not list_min(list_intersect(…)): that is
		// a macro with a lambda, and a lambda cannot read the bound list (value).
		if (grain === 'item' && f.alliances.length > 1) {
			parts.push(
				sql`(len(g.contributors) = 1 OR NOT list_has_any(list_slice(g.contributors, 1, list_position(g.contributors, g.alliance_id) - 1), ${list(f.alliances)}))`
			);
		}
	} else if (grain === 'item') parts.push({ sql: 'g.first_contributor', params: [] });
	else parts.push({ sql: 'g.alliance_id IS NOT NULL', params: [] });
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
