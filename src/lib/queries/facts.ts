/**
 * The rows every count is summed from, as subqueries with the same columns whichever path
 * answers: the aggregates when they can answer exactly (usesAggregates), else the raw tables.
 * Sum `items`; never count rows (an aggregate row stands for many items). The raw variants read
 * the calling query's scope CTE (where.ts scopeCte), so a query using them starts with
 * `WITH ${scopeCte(f)}`.
 */
import {
	aggWhere,
	allianceWhere,
	and,
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
	scope: ScopeName = 'scope'
): Fragment {
	if (path === 'auto' && usesAggregates(f)) {
		const table = f.type ? 'agg_activity' : 'agg_items';
		const where = and([
			aggWhere(f, table, 'item'),
			...(contributed ? [NOT_NULL('g.alliance_id')] : [])
		]);
		return fragment(
			`SELECT g.issue_id, g.month, g.section, g.synthetic, g.items FROM ${table} g`,
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

/** Items in scope per contributing alliance (an item by two alliances counts under each): alliance_id, issue_id, month, section, items. */
export function allianceFacts(f: QueryFilters, path: QueryPath = 'auto'): Fragment {
	if (path === 'auto' && usesAggregates(f, { perAlliance: true })) {
		const table = f.type ? 'agg_activity' : 'agg_items';
		return fragment(
			`SELECT g.alliance_id, g.issue_id, g.month, g.section, g.items FROM ${table} g`,
			aggWhere(f, table, 'alliance')
		);
	}
	return fragment(
		`SELECT c.alliance_id, i.issue_id, i.month, i.section, 1 AS items FROM scope i JOIN ${CONTRIBUTORS} c ON c.item_id = i.id`,
		and(contributorList(f))
	);
}

/** Items in scope per activity type (once per type it has): topic_id, issue_id, month, section, items. */
export function topicFacts(f: QueryFilters, path: QueryPath = 'auto'): Fragment {
	if (path === 'auto' && usesAggregates(f, { perTopic: true })) {
		return fragment(
			'SELECT g.topic_id, g.issue_id, g.month, g.section, g.items FROM agg_activity g',
			and([aggWhere(f, 'agg_activity', 'item'), NOT_NULL('g.topic_id')])
		);
	}
	return fragment(
		`SELECT t.topic_id, i.issue_id, i.month, i.section, 1 AS items FROM scope i JOIN ${ITEM_TOPICS} t ON t.item_id = i.id`,
		and([])
	);
}

/** Items in scope per (contributing alliance, activity type): alliance_id, topic_id, items. */
export function allianceTopicFacts(f: QueryFilters, path: QueryPath = 'auto'): Fragment {
	if (path === 'auto' && usesAggregates(f, { perAlliance: true, perTopic: true })) {
		return fragment(
			'SELECT g.alliance_id, g.topic_id, g.items FROM agg_activity g',
			and([aggWhere(f, 'agg_activity', 'alliance'), NOT_NULL('g.topic_id')])
		);
	}
	return fragment(
		`SELECT c.alliance_id, t.topic_id, 1 AS items FROM scope i JOIN ${CONTRIBUTORS} c ON c.item_id = i.id JOIN ${ITEM_TOPICS} t ON t.item_id = i.id`,
		and(contributorList(f))
	);
}

/** The roster: registered alliances (the selected ones when alliances are filtered), as id, name. */
export function roster(f: QueryFilters): Fragment {
	return fragment('SELECT a.id, a.name FROM alliances a', allianceWhere(f));
}
