/**
 * "What changed": the period in force against the period of the same length just before it —
 * items, active alliances, alliances newly active or gone silent, and the activity types that rose.
 */
import { addMonths, monthRange } from '../calendar';
import type { Db } from '../db/types';
import { allianceFacts, itemFacts, topicFacts } from './facts';
import { monthSpan } from './period';
import { run, scopeCte, sql, type QueryFilters } from './where';

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

// One query per period (the Db runs queries one at a time, so fewer round trips is what saves time):
// the item count, each active alliance and each activity type's count, as rows of one shape.
async function periodFacts(db: Db, f: QueryFilters): Promise<PeriodFacts> {
	const rows = await run<{
		kind: 'items' | 'alliance' | 'topic';
		id: string | null;
		name: string | null;
		en: string | null;
		n: number;
	}>(
		db,
		sql`WITH ${scopeCte(f)}
		SELECT 'items' AS kind, NULL AS id, NULL AS name, NULL AS en, coalesce(sum(items), 0)::BIGINT AS n FROM (${itemFacts(f)})
		UNION ALL
		SELECT 'alliance', c.alliance_id, coalesce(a.name, c.alliance_id), NULL, 0::BIGINT
		FROM (SELECT k.alliance_id FROM (SELECT DISTINCT ak FROM (${allianceFacts(f)})) d JOIN alliance_keys k ON k.k = d.ak) c
		LEFT JOIN alliances a ON a.id = c.alliance_id
		UNION ALL
		SELECT 'topic', c.topic_id, coalesce(t.zh, c.topic_id), coalesce(t.en, c.topic_id), c.n::BIGINT
		FROM (SELECT topic_id, sum(items) AS n FROM (${topicFacts(f)}) GROUP BY 1) c LEFT JOIN topics t ON t.id = c.topic_id
		ORDER BY kind, name, id`
	);
	const facts: PeriodFacts = { items: 0, alliances: [], topics: new Map() };
	for (const r of rows) {
		if (r.kind === 'items') facts.items = r.n;
		else if (r.kind === 'alliance') facts.alliances.push({ id: r.id!, name: r.name! });
		else facts.topics.set(r.id!, { zh: r.name!, en: r.en!, count: r.n });
	}
	return facts;
}

/**
 * The current period (see comparePeriods) against the previous one, every other filter applied to
 * both. Null when the archive has no dated issue and no period is set.
 */
export async function periodChanges(db: Db, f: QueryFilters): Promise<PeriodChanges | null> {
	const latest = f.year === null && f.to === null ? ((await monthSpan(db, f))?.to ?? null) : null;
	const periods = comparePeriods(f, latest);
	if (periods === null) return null;
	const current = await periodFacts(db, { ...f, ...periods.current });
	const previous = await periodFacts(db, { ...f, ...periods.previous });
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
