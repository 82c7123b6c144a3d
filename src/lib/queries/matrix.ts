/** The alliance × period heat map: every registered alliance, every period of the span, zeros included. */
import type { Db } from '../db/types';
import { allianceFacts, roster } from './facts';
import { issuesInScope, monthSpan, periodLabels, periodOfMonth, type Grain } from './period';
import { run, scopeCte, sql, type QueryFilters, type QueryPath } from './where';
import type { Fragment } from './sql';

/** One alliance's items per period, aligned with `AllianceMatrix.periods`. */
export interface MatrixRow {
	allianceId: string;
	name: string;
	counts: number[];
	total: number;
}

/** Periods (months 'YYYY-MM', quarters 'YYYY-Qn', years 'YYYY' or issue ids) and one row per alliance. */
export interface AllianceMatrix {
	grain: Grain;
	periods: string[];
	rows: MatrixRow[];
}

/**
 * Items per contributing alliance and period. Calendar grains span monthSpan (the period set,
 * or the first to the last issue month in scope); the issue grain spans the issues in the
 * period. Rows: most items first, then by name; silent alliances are rows of zeros.
 */
export async function allianceMatrix(
	db: Db,
	f: QueryFilters,
	grain: Grain = 'month',
	path: QueryPath = 'auto'
): Promise<AllianceMatrix> {
	const periods =
		grain === 'issue'
			? (await issuesInScope(db, f)).map((i) => i.id)
			: periodLabels(await monthSpan(db, f), grain);
	const cells = await run<{
		allianceId: string;
		month: string | null;
		issueId: string | null;
		count: number;
	}>(
		db,
		sql`WITH ${scopeCte(f, 'scope', path)}
		SELECT alliance_id AS allianceId, month, ${issueColumn(grain)} AS issueId, sum(items)::BIGINT AS count
		FROM (${allianceFacts(f, path, grain === 'issue' ? 'issue' : 'month')}) GROUP BY ALL`
	);
	const alliances = await run<{ id: string; name: string }>(db, roster(f));
	const column = new Map(periods.map((p, i) => [p, i]));
	const rows = new Map<string, MatrixRow>(
		alliances.map((a) => [
			a.id,
			{ allianceId: a.id, name: a.name, counts: periods.map(() => 0), total: 0 }
		])
	);
	for (const cell of cells) {
		const row = rows.get(cell.allianceId);
		const key =
			grain === 'issue'
				? cell.issueId
				: cell.month === null
					? null
					: periodOfMonth(cell.month, grain);
		const index = key === null ? undefined : column.get(key);
		if (!row || index === undefined) continue;
		row.counts[index]! += cell.count;
		row.total += cell.count;
	}
	const sorted = [...rows.values()].sort(
		(a, b) => b.total - a.total || compare(a.name, b.name) || compare(a.allianceId, b.allianceId)
	);
	return { grain, periods, rows: sorted };
}

function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Group by issue only at issue grain: at month grain it would return a row per issue (600k at 1M items). */
function issueColumn(grain: Grain): Fragment {
	return grain === 'issue' ? sql`issue_id` : sql`NULL::VARCHAR`;
}
