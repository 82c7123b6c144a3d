/** Items per month, split by section, zero-filled across the period. */
import type { Section } from '../bulletin/types';
import type { Db } from '../db/types';
import { itemFacts } from './facts';
import { monthSpan, periodLabels } from './period';
import { sectionsShown } from './per-issue';
import { run, scopeCte, sql, type QueryFilters, type QueryPath } from './where';

/** Items of one section published in one month ('YYYY-MM', the month). */
export interface PerMonthRow {
	month: string;
	section: Section;
	count: number;
}

/** Items per month and section; every month of the span has a row per section, zeros included. */
export async function itemsPerMonth(
	db: Db,
	f: QueryFilters,
	path: QueryPath = 'auto'
): Promise<PerMonthRow[]> {
	const months = periodLabels(await monthSpan(db, f), 'month');
	const counts = await run<{ month: string; section: Section; count: number }>(
		db,
		sql`WITH ${scopeCte(f, 'scope', path)}, facts AS (${itemFacts(f, path)})
		SELECT month, section, sum(items)::BIGINT AS count FROM facts WHERE month IS NOT NULL GROUP BY ALL`
	);
	const byKey = new Map(counts.map((c) => [`${c.month} ${c.section}`, c.count]));
	return months.flatMap((month) =>
		sectionsShown(f).map((section) => ({
			month,
			section,
			count: byKey.get(`${month} ${section}`) ?? 0
		}))
	);
}
