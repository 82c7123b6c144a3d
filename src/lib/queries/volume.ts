/**
 * The overview's items-over-time chart: one bar per issue, or per month when the period holds more issues than
 * bars a chart can show legibly (a 1M-item archive has tens of thousands of issues).
 */
import type { Db } from '../db/types';
import { itemsPerIssue, type PerIssueRow } from './per-issue';
import { itemsPerMonth, type PerMonthRow } from './per-month';
import { issueWhere, type QueryFilters, type QueryPath } from './where';

/** Above this many issues in the period, the chart counts per month. */
export const MAX_ISSUE_BARS = 120;

/** Items by section per issue, or per month when there are too many issues; `issues`: issues in the period. */
export type ItemsOverTime =
	| { grain: 'issue'; issues: number; rows: PerIssueRow[] }
	| { grain: 'month'; issues: number; rows: PerMonthRow[] };

/** itemsPerIssue when the period has at most `maxBars` issues, else itemsPerMonth. */
export async function itemsOverTime(
	db: Db,
	f: QueryFilters,
	path: QueryPath = 'auto',
	maxBars = MAX_ISSUE_BARS
): Promise<ItemsOverTime> {
	const w = issueWhere(f);
	const [row] = await db.query<{ n: number }>(
		`SELECT count(*)::INTEGER AS n FROM issue_dates s WHERE ${w.sql}`,
		w.params
	);
	const issues = row?.n ?? 0;
	return issues <= maxBars
		? { grain: 'issue', issues, rows: await itemsPerIssue(db, f, path) }
		: { grain: 'month', issues, rows: await itemsPerMonth(db, f, path) };
}
