/**
 * The alliances that contributed most items in scope: the overview's bar chart. The ranking
 * (ranking.ts) has the same counts with gaps, shares and types besides; this reads only the counts,
 * from the month-grain facts, so the overview never waits for the per-issue ones.
 */
import type { Db } from '../db/types';
import { allianceFacts } from './facts';
import { run, scopeCte, sql, type QueryFilters, type QueryPath } from './where';

/** An alliance and the items it contributed in scope. */
export interface TopAllianceRow {
	allianceId: string;
	name: string;
	items: number;
}

/** The `limit` alliances with most contributed items in scope, none with zero; ties by name, then id. */
export function topAlliances(
	db: Db,
	f: QueryFilters,
	limit = 15,
	path: QueryPath = 'auto'
): Promise<TopAllianceRow[]> {
	return run<TopAllianceRow>(
		db,
		sql`WITH ${scopeCte(f, 'scope', path)},
		per AS (SELECT ak, sum(items) AS n FROM (${allianceFacts(f, path)}) GROUP BY 1)
		SELECT a.id AS allianceId, a.name, p.n::BIGINT AS items
		FROM per p JOIN alliance_keys k ON k.k = p.ak JOIN alliances a ON a.id = k.alliance_id
		WHERE p.n > 0
		ORDER BY p.n DESC, a.name, a.id LIMIT ${limit}::INTEGER`
	);
}
