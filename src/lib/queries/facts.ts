/**
 * The rows every count is summed from, as subqueries with the same columns whichever path
 * answers: the aggregates when they can answer exactly (usesAggregates), else the raw tables.
 * Sum `items`; never count rows (an aggregate row stands for many items). The raw variants read
 * the calling query's scope CTE (where.ts scopeCte), so a query using them starts with
 * `WITH ${scopeCte(f)}`.
 */
import {
	allianceWhere,
	and,
	factsWhere,
	inList,
	usesAggregates,
	type Fragment,
	type QueryFilters,
	type QueryPath,
	type ScopeName
} from './where';

const CONTRIBUTORS = `(SELECT DISTINCT item_id, alliance_id FROM item_alliances WHERE role = 'contributor')`;
const ITEM_TOPICS = '(SELECT DISTINCT item_id, topic_id FROM item_topics)';
const NOT_NULL = (column: string): Fragment => ({ sql: `${column} IS NOT NULL`, params: [] });

function fragment(sql: string, where: Fragment): Fragment {
	return { sql: `${sql} WHERE ${where.sql}`, params: where.params };
}

/**
 * Which table answers: per issue, agg_facts; per month, agg_month when activity types matter (a type or
 * dimension filter, or counts per type), else agg_plain — the smaller the table, the faster every view.
 * Month grain reads issue_id as NULL.
 */
export type FactsGrain = 'issue' | 'month';

function factsTable(f: QueryFilters, grain: FactsGrain, perType = false): string {
	if (grain === 'issue') return 'agg_facts';
	return perType || f.type !== null || f.dim !== null ? 'agg_month' : 'agg_plain';
}

/**
 * Item-grain month facts with no alliance selected come from the tables that count each item once and
 * name no alliance: agg_types when activity types matter, else agg_items (a few rows per month).
 */
function onceTable(f: QueryFilters, perType = false): string | null {
	if (f.alliances.length) return null;
	return perType || f.type !== null || f.dim !== null ? 'agg_types' : 'agg_items';
}

/** Rows `g` of the item-grain facts in scope: the table, and its filter (agg_month/agg_plain or a once-counted table). */
function itemRows(f: QueryFilters, perType: boolean): { table: string; where: Fragment } {
	const once = onceTable(f, perType);
	return once
		? { table: once, where: factsWhere(f, 'once') }
		: { table: factsTable(f, 'month', perType), where: factsWhere(f, 'item') };
}

function issueColumn(grain: FactsGrain): string {
	return grain === 'issue' ? 'g.issue_id' : 'NULL::VARCHAR AS issue_id';
}

function contributorList(f: QueryFilters): Fragment[] {
	return f.alliances.length ? [inList('c.alliance_id', f.alliances)] : [];
}

/**
 * Items in scope, each counted once: columns issue_id, month, section, synthetic, items.
 * `contributed`: only items with a contributing alliance.
 */
export function itemFacts(
	f: QueryFilters,
	path: QueryPath = 'auto',
	contributed = false,
	scope: ScopeName = 'scope',
	grain: FactsGrain = 'month'
): Fragment {
	if (path === 'auto' && usesAggregates(f)) {
		if (grain === 'month' && onceTable(f)) {
			const { table, where } = itemRows(f, false);
			return fragment(
				`SELECT ${issueColumn(grain)}, g.month, g.section, g.synthetic, g.items FROM ${table} g`,
				and([where, ...(contributed ? [{ sql: 'g.contributed', params: [] }] : [])])
			);
		}
		const where = and([factsWhere(f, 'item'), ...(contributed ? [NOT_NULL('g.alliance_id')] : [])]);
		return fragment(
			`SELECT ${issueColumn(grain)}, g.month, g.section, g.synthetic, g.items FROM ${factsTable(f, grain)} g`,
			where
		);
	}
	const has = {
		sql: `i.id IN (SELECT item_id FROM item_alliances WHERE role = 'contributor')`,
		params: []
	};
	return fragment(
		`SELECT i.issue_id, i.month, i.section, i.synthetic, 1 AS items FROM ${scope} i`,
		and(contributed ? [has] : [])
	);
}

/**
 * Items in scope per contributing alliance (an item by two alliances counts under each): alliance_id, ak (its
 * alliance_keys number: group by ak, which is several times cheaper than by the id), issue_id, month, section, items.
 */
export function allianceFacts(
	f: QueryFilters,
	path: QueryPath = 'auto',
	grain: FactsGrain = 'month'
): Fragment {
	if (path === 'auto' && usesAggregates(f)) {
		return fragment(
			`SELECT g.alliance_id, g.ak, ${issueColumn(grain)}, g.month, g.section, g.items FROM ${factsTable(f, grain)} g`,
			factsWhere(f, 'alliance')
		);
	}
	return fragment(
		`SELECT c.alliance_id, k.k AS ak, i.issue_id, i.month, i.section, 1 AS items FROM scope i JOIN ${CONTRIBUTORS} c ON c.item_id = i.id
		JOIN alliance_keys k ON k.alliance_id = c.alliance_id`,
		and(contributorList(f))
	);
}

/**
 * Items in scope summed per activity-type set (tmask) and month, sets with no type left out. Aggregates only.
 * No section: no caller splits types by section, and with it the sum merged almost no rows (13k into 13k at 100k items).
 */
function typeSets(f: QueryFilters): Fragment {
	const { table, where } = itemRows(f, true);
	return {
		sql: `SELECT g.tmask, g.month, sum(g.items) AS items FROM ${table} g WHERE ${where.sql} AND g.tmask <> 0 GROUP BY ALL`,
		params: where.params
	};
}

/**
 * Items in scope per activity type (once per type it has): topic_id, month, items. The facts are
 * summed per type set before the sets are split into types, so the split touches few rows.
 */
export function topicFacts(f: QueryFilters, path: QueryPath = 'auto'): Fragment {
	if (path === 'auto' && usesAggregates(f)) {
		const sets = typeSets(f);
		return {
			sql: `SELECT b.topic_id, x.month, x.items FROM (${sets.sql}) x
			JOIN topic_bits b ON (x.tmask & b.bit) <> 0`,
			params: sets.params
		};
	}
	return fragment(
		`SELECT t.topic_id, i.month, 1 AS items FROM scope i JOIN ${ITEM_TOPICS} t ON t.item_id = i.id`,
		and([])
	);
}

/** Items in scope per evaluation dimension (once per dimension of any of its types): dimension, month, items. */
export function dimensionFacts(f: QueryFilters, path: QueryPath = 'auto'): Fragment {
	if (path === 'auto' && usesAggregates(f)) {
		const sets = typeSets(f);
		return {
			sql: `SELECT d.dimension, x.month, x.items FROM (${sets.sql}) x
			JOIN (SELECT dimension, bit_or(bit) AS bits FROM topic_bits WHERE dimension IS NOT NULL GROUP BY 1) d ON (x.tmask & d.bits) <> 0`,
			params: sets.params
		};
	}
	return fragment(
		`SELECT td.dimension, i.month, 1 AS items FROM scope i
		JOIN (SELECT DISTINCT t.item_id, tp.dimension FROM item_topics t JOIN topics tp ON tp.id = t.topic_id) td ON td.item_id = i.id`,
		and([])
	);
}

/** Items in scope per (contributing alliance, activity type): alliance_id, topic_id, items. */
export function allianceTopicFacts(f: QueryFilters, path: QueryPath = 'auto'): Fragment {
	if (path === 'auto' && usesAggregates(f)) {
		const where = factsWhere(f, 'alliance');
		return {
			sql: `SELECT x.alliance_id, b.topic_id, x.items
			FROM (SELECT g.alliance_id, g.tmask, sum(g.items) AS items FROM ${factsTable(f, 'month', true)} g WHERE ${where.sql} AND g.tmask <> 0 GROUP BY ALL) x
			JOIN topic_bits b ON (x.tmask & b.bit) <> 0`,
			params: where.params
		};
	}
	return fragment(
		`SELECT c.alliance_id, t.topic_id, 1 AS items FROM scope i JOIN ${CONTRIBUTORS} c ON c.item_id = i.id JOIN ${ITEM_TOPICS} t ON t.item_id = i.id`,
		and(contributorList(f))
	);
}

/**
 * Per contributing alliance in scope, from the month facts: ak, items (an item under each of its contributors) and
 * tmask, the OR of its rows' type bits, which is exactly the set of its items' activity types. One pass for the
 * ranking's counts and types. Aggregates only.
 */
export function allianceTotals(f: QueryFilters): Fragment {
	const where = factsWhere(f, 'alliance');
	return {
		sql: `SELECT g.ak, sum(g.items) AS items, bit_or(g.tmask) AS tmask FROM agg_month g WHERE ${where.sql} GROUP BY 1`,
		params: where.params
	};
}

/** The roster: registered alliances (the selected ones when alliances are filtered), as id, name. */
export function roster(f: QueryFilters): Fragment {
	return fragment('SELECT a.id, a.name FROM alliances a', allianceWhere(f));
}

/** The roster with each alliance's key (alliance_keys.k) as ak, to join per-ak counts. */
export function rosterKeys(f: QueryFilters): Fragment {
	return fragment(
		'SELECT a.id, a.name, k.k AS ak FROM alliances a LEFT JOIN alliance_keys k ON k.alliance_id = a.id',
		allianceWhere(f)
	);
}
