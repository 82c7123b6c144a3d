/** The alliance × period heat map: every registered alliance, every period of the span, zeros included. */
import type { Db } from '../db/types';
import { allianceFacts, roster } from './facts';
import { compareText } from './order';
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
	// Per alliance key (cheaper to group than the id), one list of periods and one of counts per alliance. Counts as
	// INTEGER: a cell's items are far below 2^31, and an INTEGER reaches JS without a BigInt (thousands per change).
	const cells = await run<{ allianceId: string; periods: (string | null)[]; counts: number[] }>(
		db,
		sql`WITH ${scopeCte(f, 'scope', path)}
		SELECT k.alliance_id AS allianceId, x.periods, x.counts FROM (
			SELECT ak, list(period) AS periods, list(count) AS counts FROM (
				SELECT ak, ${periodColumn(grain)} AS period, sum(items)::INTEGER AS count
				FROM (${allianceFacts(f, path, grain === 'issue' ? 'issue' : 'month')}) GROUP BY ALL)
			GROUP BY 1) x
		JOIN alliance_keys k ON k.k = x.ak`
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
		if (!row) continue;
		cell.periods.forEach((period, i) => {
			const key =
				period === null ? null : grain === 'issue' ? period : periodOfMonth(period, grain);
			const index = key === null ? undefined : column.get(key);
			if (index === undefined) return;
			row.counts[index]! += cell.counts[i]!;
			row.total += cell.counts[i]!;
		});
	}
	const sorted = [...rows.values()].sort(
		(a, b) =>
			b.total - a.total || compareText(a.name, b.name) || compareText(a.allianceId, b.allianceId)
	);
	return { grain, periods, rows: sorted };
}

/** The period a row is counted in: its issue at issue grain, else its month (grouping by issue at month grain would return a row per issue: 600k at 1M items). */
function periodColumn(grain: Grain): Fragment {
	return grain === 'issue' ? sql`issue_id` : sql`month`;
}
