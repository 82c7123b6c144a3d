/** The alliances page's ranking table: one row per registered alliance, silent ones at the bottom. */
import type { Db } from '../db/types';
import {
	allianceFacts,
	allianceTopicFacts,
	allianceTotals,
	itemFacts,
	roster,
	rosterKeys
} from './facts';
import { issueRuns } from './issue-runs';
import { compareText } from './order';
import {
	factsWhere,
	issueWhere,
	run,
	scopeCte,
	sql,
	usesAggregates,
	type QueryFilters,
	type QueryPath
} from './where';

/** One alliance's record over the filters in force. Dates are issue dates 'YYYY-MM-DD'. */
export interface RankingRow {
	allianceId: string;
	name: string;
	/** Items it contributed in scope. */
	items: number;
	/** Issues in which it has at least one such item. */
	issuesPresent: number;
	/**
	 * items ÷ items in scope with any contributing alliance (each once), ignoring the alliance
	 * filter so that picking alliances does not inflate shares; null when there are none.
	 */
	share: number | null;
	firstDate: string | null;
	lastDate: string | null;
	/** Days from lastDate to the latest issue date in the period (not today: the archive's own end). */
	daysSinceLast: number | null;
	/**
	 * Longest run of consecutive issues in the period (by date) without an item from it, the runs
	 * before its first and after its last item included; for a silent alliance, every issue.
	 */
	longestGap: number;
	/** Activity-type ids of its items in scope, sorted. */
	activityTypes: string[];
}

/** Sort keys: a leading '-' is descending. Unknown keys fall back to '-items'. */
export const RANKING_SORTS = {
	'-items': 'items DESC, issuesPresent DESC',
	items: 'items ASC, issuesPresent ASC',
	'-issues': 'issuesPresent DESC, items DESC',
	issues: 'issuesPresent ASC, items ASC',
	name: 'name ASC',
	'-name': 'name DESC',
	'-last': 'lastDate DESC NULLS LAST',
	last: 'lastDate ASC NULLS LAST',
	gap: 'longestGap ASC',
	'-gap': 'longestGap DESC'
} as const;

/** The ranking's sort key for `key`, or the default. */
export function rankingSortKey(key: string | null | undefined): keyof typeof RANKING_SORTS {
	return key && Object.hasOwn(RANKING_SORTS, key) ? (key as keyof typeof RANKING_SORTS) : '-items';
}

/** Per-alliance ranking for the period, sorted by `f.sort` (RANKING_SORTS); silent alliances always last. */
export function ranking(db: Db, f: QueryFilters, path: QueryPath = 'auto'): Promise<RankingRow[]> {
	return path === 'auto' && usesAggregates(f)
		? rankingFromPresence(db, f)
		: rankingFromRows(db, f, path);
}

/**
 * The ranking from the facts: items per alliance from the month facts, issues present, first and last and the
 * longest gap from agg_presence; issue positions are counted in JS (issue-runs.ts) and the rows sorted there.
 */
async function rankingFromPresence(db: Db, f: QueryFilters): Promise<RankingRow[]> {
	const presence = factsWhere(f, 'alliance');
	// One statement: a row per alliance, then one row (allianceId NULL) carrying the keys of the issues in scope.
	const rows = await run<
		Omit<RankingRow, 'issuesPresent' | 'longestGap' | 'allianceId'> & {
			allianceId: string | null;
			keys: number[];
		}
	>(
		db,
		sql`WITH roster AS (${rosterKeys(f)}),
		ref AS (
			SELECT max(s.date) AS d, coalesce(list(k.k ORDER BY s.date NULLS LAST, s.id), []::INTEGER[]) AS keys
			FROM issue_dates s JOIN issue_keys k ON k.issue_id = s.id WHERE ${issueWhere(f)}),
		-- Per alliance key (a SMALLINT groups several times faster than the id): items and type bits in one pass.
		per AS (${allianceTotals(f)}),
		pres AS (
			SELECT g.ak, min(g.date) AS first, max(g.date) AS last, list(g.k) AS keys
			FROM agg_presence g WHERE ${presence} GROUP BY 1),
		types AS (
			SELECT p.ak, list(b.topic_id ORDER BY b.topic_id) AS types
			FROM per p JOIN topic_bits b ON (p.tmask & b.bit) <> 0 GROUP BY 1),
		total AS (SELECT sum(items) AS n FROM (${itemFacts({ ...f, alliances: [] }, 'auto', true)}))
		SELECT r.id AS allianceId, r.name,
			coalesce(p.items, 0)::BIGINT AS items,
			CASE WHEN total.n > 0 THEN coalesce(p.items, 0)::DOUBLE / total.n::DOUBLE END AS share,
			pr.first AS firstDate, pr.last AS lastDate,
			date_diff('day', pr.last, ref.d)::INTEGER AS daysSinceLast,
			coalesce(pr.keys, []::INTEGER[]) AS keys,
			coalesce(t.types, []::VARCHAR[]) AS activityTypes
		FROM roster r CROSS JOIN ref CROSS JOIN total
		LEFT JOIN per p ON p.ak = r.ak
		LEFT JOIN pres pr ON pr.ak = r.ak
		LEFT JOIN types t ON t.ak = r.ak
		UNION ALL
		SELECT NULL, NULL, 0, NULL, NULL, NULL, NULL, ref.keys, []::VARCHAR[] FROM ref`
	);
	const scope = rows.find((r) => r.allianceId === null);
	const runs = issueRuns(scope?.keys ?? []);
	const ranked = rows
		.filter((r): r is typeof r & { allianceId: string } => r.allianceId !== null)
		.map(({ keys, ...row }): RankingRow => {
			const { present, longestGap } = runs(keys);
			return {
				allianceId: row.allianceId,
				name: row.name,
				items: row.items,
				issuesPresent: present,
				share: row.share,
				firstDate: row.firstDate,
				lastDate: row.lastDate,
				daysSinceLast: row.daysSinceLast,
				longestGap,
				activityTypes: row.activityTypes
			};
		});
	return ranked.sort(rankingOrder(rankingSortKey(f.sort)));
}

const byNumber =
	(key: 'items' | 'issuesPresent' | 'longestGap', dir: 1 | -1) => (a: RankingRow, b: RankingRow) =>
		dir * (a[key] - b[key]);

/** RANKING_SORTS as a comparator: silent alliances last, then the key's order, then name and id. */
function rankingOrder(key: keyof typeof RANKING_SORTS): (a: RankingRow, b: RankingRow) => number {
	const lastDate = (dir: 1 | -1) => (a: RankingRow, b: RankingRow) =>
		a.lastDate === b.lastDate
			? 0
			: a.lastDate === null
				? 1
				: b.lastDate === null
					? -1
					: dir * compareText(a.lastDate, b.lastDate);
	const keys: Record<keyof typeof RANKING_SORTS, ((a: RankingRow, b: RankingRow) => number)[]> = {
		'-items': [byNumber('items', -1), byNumber('issuesPresent', -1)],
		items: [byNumber('items', 1), byNumber('issuesPresent', 1)],
		'-issues': [byNumber('issuesPresent', -1), byNumber('items', -1)],
		issues: [byNumber('issuesPresent', 1), byNumber('items', 1)],
		name: [(a, b) => compareText(a.name, b.name)],
		'-name': [(a, b) => compareText(b.name, a.name)],
		'-last': [lastDate(-1)],
		last: [lastDate(1)],
		gap: [byNumber('longestGap', 1)],
		'-gap': [byNumber('longestGap', -1)]
	};
	const chain = [
		(a: RankingRow, b: RankingRow) => Number(a.items === 0) - Number(b.items === 0),
		...keys[key],
		(a: RankingRow, b: RankingRow) => compareText(a.name, b.name),
		(a: RankingRow, b: RankingRow) => compareText(a.allianceId, b.allianceId)
	];
	return (a, b) => {
		for (const compare of chain) {
			const c = compare(a, b);
			if (c !== 0) return c;
		}
		return 0;
	};
}

/** The ranking from the raw tables (free text), all in SQL; also the reference the facts path is tested against. */
function rankingFromRows(db: Db, f: QueryFilters, path: QueryPath): Promise<RankingRow[]> {
	const order = { sql: RANKING_SORTS[rankingSortKey(f.sort)], params: [] };
	return run<RankingRow>(
		db,
		sql`WITH ${scopeCte(f, 'scope', path)},
		${scopeCte({ ...f, alliances: [] }, 'scope_all', path)},
		iss AS (
			SELECT s.id, s.date, row_number() OVER (ORDER BY s.date NULLS LAST, s.id) AS r FROM issue_dates s WHERE ${issueWhere(f)}),
		ref AS (SELECT max(date) AS d, count(*) AS n FROM iss),
		roster AS (${roster(f)}),
		-- (alliance, issue) once each, read by both the counts and the gaps: one pass over the facts.
		present AS MATERIALIZED (
			SELECT c.alliance_id, iss.r, iss.date, c.items
			FROM (SELECT alliance_id, issue_id, sum(items) AS items FROM (${allianceFacts(f, path, 'issue')}) GROUP BY ALL) c
			JOIN iss ON iss.id = c.issue_id),
		per AS (
			SELECT alliance_id, sum(items) AS items, count(*) AS issues, min(date) AS first, max(date) AS last
			FROM present GROUP BY 1),
		marks AS (
			SELECT alliance_id, r FROM present
			UNION ALL SELECT id, 0 FROM roster
			UNION ALL SELECT roster.id, ref.n + 1 FROM roster, ref),
		gaps AS (
			SELECT alliance_id, max(next - r - 1) AS gap
			FROM (SELECT alliance_id, r, lead(r) OVER (PARTITION BY alliance_id ORDER BY r) AS next FROM marks)
			WHERE next IS NOT NULL GROUP BY 1),
		types AS (
			SELECT alliance_id, list(DISTINCT topic_id ORDER BY topic_id) AS types FROM (${allianceTopicFacts(f, path)}) GROUP BY 1),
		total AS (SELECT sum(items) AS n FROM (${itemFacts({ ...f, alliances: [] }, path, true, 'scope_all')}))
		SELECT * FROM (
			SELECT r.id AS allianceId, r.name,
				coalesce(p.items, 0)::BIGINT AS items,
				coalesce(p.issues, 0)::BIGINT AS issuesPresent,
				CASE WHEN total.n > 0 THEN coalesce(p.items, 0)::DOUBLE / total.n::DOUBLE END AS share,
				p.first AS firstDate, p.last AS lastDate,
				date_diff('day', p.last, ref.d)::INTEGER AS daysSinceLast,
				coalesce(g.gap, 0)::BIGINT AS longestGap,
				coalesce(t.types, []::VARCHAR[]) AS activityTypes
			FROM roster r CROSS JOIN ref CROSS JOIN total
			LEFT JOIN per p ON p.alliance_id = r.id
			LEFT JOIN gaps g ON g.alliance_id = r.id
			LEFT JOIN types t ON t.alliance_id = r.id)
		ORDER BY (items = 0), ${order}, name, allianceId`
	);
}
