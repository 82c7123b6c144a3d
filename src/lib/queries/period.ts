/** The periods a time axis spans: months, quarters, years or issues, with no gaps. */
import { monthRange } from '../calendar';
import type { Db } from '../db/types';
import { issueWhere, type QueryFilters } from './where';

/** How finely a time axis is cut. Quarters are labelled 'YYYY-Qn', years 'YYYY', issues by id. */
export type Grain = 'month' | 'quarter' | 'year' | 'issue';

/** An issue on the time axis. */
export interface IssueRow {
	id: string;
	date: string | null;
	serial: number | null;
}

/** Months, inclusive. */
export interface MonthSpan {
	from: string;
	to: string;
}

/**
 * The months a chart spans: from/to when set; for a year, January to December (widened to any
 * of that volume year's issues dated outside it); else the first to the last issue month in scope.
 * Null when nothing bounds it (no dated issue and no period set).
 */
export async function monthSpan(db: Db, f: QueryFilters): Promise<MonthSpan | null> {
	const w = issueWhere(f);
	const [row] = await db.query<{ lo: string | null; hi: string | null }>(
		// The month of the first date, not the first of every date's month: one strftime instead of one per issue.
		`SELECT strftime(min(s.date), '%Y-%m') AS lo, strftime(max(s.date), '%Y-%m') AS hi FROM issue_dates s WHERE ${w.sql}`,
		w.params
	);
	const min = (a: string | null, b: string | null) =>
		a === null ? b : b === null || a < b ? a : b;
	const max = (a: string | null, b: string | null) =>
		a === null ? b : b === null || a > b ? a : b;
	const year = f.year === null ? null : String(f.year).padStart(4, '0');
	let from = f.from ?? (year === null ? (row?.lo ?? null) : min(`${year}-01`, row?.lo ?? null));
	let to = f.to ?? (year === null ? (row?.hi ?? null) : max(`${year}-12`, row?.hi ?? null));
	from ??= to;
	to ??= from;
	return from === null || to === null || from > to ? null : { from, to };
}

/** The period label of a month 'YYYY-MM' at a calendar grain. */
export function periodOfMonth(month: string, grain: Exclude<Grain, 'issue'>): string {
	if (grain === 'month') return month;
	if (grain === 'year') return month.slice(0, 4);
	return `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;
}

/** Every period label of a calendar grain across the span, ascending, none missing. */
export function periodLabels(span: MonthSpan | null, grain: Exclude<Grain, 'issue'>): string[] {
	if (span === null) return [];
	const labels: string[] = [];
	for (const month of monthRange(span.from, span.to)) {
		const label = periodOfMonth(month, grain);
		if (labels[labels.length - 1] !== label) labels.push(label);
	}
	return labels;
}

/** The issues in the period (and real-only), in publication order (date, then id). */
export function issuesInScope(db: Db, f: QueryFilters): Promise<IssueRow[]> {
	const w = issueWhere(f);
	return db.query<IssueRow>(
		`SELECT s.id, s.date, s.serial FROM issue_dates s WHERE ${w.sql} ORDER BY s.date NULLS LAST, s.id`,
		w.params
	);
}
