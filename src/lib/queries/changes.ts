/**
 * "What changed": the period in force against the period of the same length just before it —
 * items, active alliances, alliances newly active or gone silent, and the activity types that rose.
 */
import { addMonths, monthRange } from '../calendar';
import type { Db } from '../db/types';
import { allianceFacts, itemFacts, topicFacts } from './facts';
import { compareText } from './order';
import { monthSpan } from './period';
import { run, scopeCte, sql, usesAggregates, type Fragment, type QueryFilters } from './where';

/** The period part of the filters: months inclusive ('YYYY-MM') and/or a volume year. */
export interface PeriodScope {
	from: string | null;
	to: string | null;
	year: number | null;
}

/** The two periods compared; `months` is the length of each (12 for a year). */
export interface ComparedPeriods {
	current: PeriodScope;
	previous: PeriodScope;
	months: number;
}

/** A count in both periods. */
export interface Compared {
	current: number;
	previous: number;
}

/** An alliance named in the comparison. */
export interface AllianceRef {
	id: string;
	name: string;
}

/** An activity type whose item count rose. */
export interface RisingType {
	topicId: string;
	zh: string;
	en: string;
	current: number;
	previous: number;
	/** current − previous, always > 0. */
	change: number;
}

/** Everything the overview's "what changed" table shows. */
export interface PeriodChanges extends ComparedPeriods {
	items: Compared;
	activeAlliances: Compared;
	/** Active in the current period, not in the previous one; by name (SQL order). */
	newAlliances: AllianceRef[];
	/** Active in the previous period, not in the current one; by name. */
	silentAlliances: AllianceRef[];
	/** The types that rose most (at most `RISING_LIMIT`), largest rise first. */
	risingTypes: RisingType[];
}

/** How many rising activity types the comparison lists. */
export const RISING_LIMIT = 5;

/**
 * The periods to compare. A volume year Y compares with Y−1 (from/to, when also set, move back
 * twelve months with it). Otherwise the current period is from..to, with a missing `to` the
 * archive's latest month (`latest`, never today: the archive's own end) and a missing `from`
 * twelve months back from `to`; the previous period is the same number of months just before it.
 * Null when there is nothing to anchor the period (no `to` and no latest month).
 */
export function comparePeriods(f: PeriodScope, latest: string | null): ComparedPeriods | null {
	if (f.year !== null) {
		const back = (m: string | null) => (m === null ? null : addMonths(m, -12));
		return {
			current: { from: f.from, to: f.to, year: f.year },
			previous: { from: back(f.from), to: back(f.to), year: f.year - 1 },
			months: f.from && f.to ? monthRange(f.from, f.to).length : 12
		};
	}
	let to = f.to ?? latest;
	// A period set to start after the archive's last issue is still that period, just empty.
	if (f.from !== null && (to === null || to < f.from)) to = f.from;
	if (to === null) return null;
	const from = f.from ?? addMonths(to, -11);
	const months = monthRange(from, to).length;
	return {
		current: { from, to, year: null },
		previous: { from: addMonths(from, -months), to: addMonths(from, -1), year: null },
		months
	};
}

interface PeriodFacts {
	items: number;
	alliances: AllianceRef[];
	topics: Map<string, { zh: string; en: string; count: number }>;
}

/** The names of alliances and activity types: statements without parameters, so a browser answers them from its cache. */
interface Names {
	alliances: Map<string, string>;
	topics: Map<string, { zh: string; en: string }>;
}

async function names(db: Db): Promise<Names> {
	const alliances = await db.query<{ id: string; name: string }>('SELECT id, name FROM alliances');
	const topics = await db.query<{ id: string; zh: string; en: string }>(
		'SELECT id, zh, en FROM topics'
	);
	return {
		alliances: new Map(alliances.map((a) => [a.id, a.name])),
		topics: new Map(topics.map((t) => [t.id, { zh: t.zh, en: t.en }]))
	};
}

type PeriodName = 'current' | 'previous';

/**
 * A period's rows, tagged with the period each belongs to (`period`: an SQL expression over the facts' `month`):
 * the item count, each active alliance, each activity type's count.
 */
function periodRows(f: QueryFilters, period: Fragment): Fragment {
	const tagged = (facts: Fragment, columns: string): Fragment =>
		sql`(SELECT ${period} AS period, ${{ sql: columns, params: [] }} FROM (${facts}))`;
	return sql`SELECT period, 'items' AS kind, NULL::VARCHAR AS id, sum(items)::BIGINT AS n
		FROM ${tagged(itemFacts(f), 'items')} GROUP BY period
		UNION ALL
		SELECT d.period, 'alliance', k.alliance_id, 0::BIGINT
		FROM (SELECT DISTINCT period, ak FROM ${tagged(allianceFacts(f), 'ak')}) d JOIN alliance_keys k ON k.k = d.ak
		UNION ALL
		SELECT period, 'topic', topic_id, sum(items)::BIGINT FROM ${tagged(topicFacts(f), 'topic_id, items')} GROUP BY ALL`;
}

/** A period's name as constant text (one of two), not a bound value: a bound one is a subquery in each select. */
const named = (period: PeriodName): Fragment => ({
	sql: period === 'current' ? "'current'" : "'previous'",
	params: []
});

// Months in a row (no volume year): one statement reads both periods as one scope, each row tagged by its month:
// half the scans of reading them apart, and for free text one scope of raw items, not two. A volume year compares
// two years, each with its own scope; with the facts both go in one statement, with free text one each (where.ts
// scopeCte). Names are joined here in JS.
async function periodFacts(
	db: Db,
	f: QueryFilters,
	periods: ComparedPeriods,
	names: Names
): Promise<Record<PeriodName, PeriodFacts>> {
	const current = { ...f, ...periods.current };
	const previous = { ...f, ...periods.previous };
	type Row = {
		period: PeriodName;
		kind: 'items' | 'alliance' | 'topic';
		id: string | null;
		n: number;
	};
	let rows: Row[];
	// Without a year, comparePeriods always sets both periods' months, the previous ending where the current begins.
	if (current.year === null) {
		const both = { ...f, from: previous.from, to: current.to, year: null };
		const period = sql`CASE WHEN month >= ${current.from} THEN 'current' ELSE 'previous' END`;
		rows = await run<Row>(db, sql`WITH ${scopeCte(both)} ${periodRows(both, period)}`);
	} else if (usesAggregates(f)) {
		rows = await run<Row>(
			db,
			sql`WITH ${scopeCte(current)} ${periodRows(current, named('current'))} UNION ALL ${periodRows(previous, named('previous'))}`
		);
	} else {
		rows = [
			...(await run<Row>(
				db,
				sql`WITH ${scopeCte(current)} ${periodRows(current, named('current'))}`
			)),
			...(await run<Row>(
				db,
				sql`WITH ${scopeCte(previous)} ${periodRows(previous, named('previous'))}`
			))
		];
	}
	const empty = (): PeriodFacts => ({ items: 0, alliances: [], topics: new Map() });
	const out: Record<PeriodName, PeriodFacts> = { current: empty(), previous: empty() };
	for (const r of rows) {
		const facts = out[r.period];
		if (r.kind === 'items') facts.items = r.n;
		else if (r.kind === 'alliance')
			facts.alliances.push({ id: r.id!, name: names.alliances.get(r.id!) ?? r.id! });
		else {
			const t = names.topics.get(r.id!);
			facts.topics.set(r.id!, { zh: t?.zh ?? r.id!, en: t?.en ?? r.id!, count: r.n });
		}
	}
	for (const facts of Object.values(out))
		facts.alliances.sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id));
	return out;
}

/**
 * The current period (see comparePeriods) against the previous one, every other filter applied to
 * both. Null when the archive has no dated issue and no period is set.
 */
export async function periodChanges(db: Db, f: QueryFilters): Promise<PeriodChanges | null> {
	const latest = f.year === null && f.to === null ? ((await monthSpan(db, f))?.to ?? null) : null;
	const periods = comparePeriods(f, latest);
	if (periods === null) return null;
	const { current, previous } = await periodFacts(db, f, periods, await names(db));
	const before = new Set(previous.alliances.map((a) => a.id));
	const now = new Set(current.alliances.map((a) => a.id));
	const risingTypes: RisingType[] = [];
	for (const [topicId, t] of current.topics) {
		const was = previous.topics.get(topicId)?.count ?? 0;
		if (t.count > was)
			risingTypes.push({
				topicId,
				zh: t.zh,
				en: t.en,
				current: t.count,
				previous: was,
				change: t.count - was
			});
	}
	risingTypes.sort(
		(a, b) => b.change - a.change || b.current - a.current || (a.topicId < b.topicId ? -1 : 1)
	);
	return {
		...periods,
		items: { current: current.items, previous: previous.items },
		activeAlliances: { current: now.size, previous: before.size },
		newAlliances: current.alliances.filter((a) => !before.has(a.id)),
		silentAlliances: previous.alliances.filter((a) => !now.has(a.id)),
		risingTypes: risingTypes.slice(0, RISING_LIMIT)
	};
}
