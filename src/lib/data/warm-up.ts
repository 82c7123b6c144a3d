/**
 * Warming the engine after start-up. duckdb-wasm compiles its code as it first runs it: the first filter of
 * each kind a page sees (a section, a type, an alliance…) took two to four times as long as the same kind
 * again, whatever the value. So once the page is ready, and only while no view waits for rows, the overview's
 * and the alliances page's queries run once for each kind of filter the filter bar offers, and their answers
 * are thrown away: not kept in the views' cache, so a filter a person picks is always answered by its own run.
 */
import type { Db } from '../db/types';
import { periodChanges } from '../queries/changes';
import { allianceMatrix } from '../queries/matrix';
import { filterOptions } from '../queries/options';
import { ranking } from '../queries/ranking';
import { topAlliances } from '../queries/top-alliances';
import { topicMix } from '../queries/topic-trends';
import { totals } from '../queries/totals';
import { itemsOverTime } from '../queries/volume';
import { noFilters, type QueryFilters } from '../queries/where';
import { addMonths } from '../calendar';
import { detailTablesIn } from './dataset';

/** The queries a filter change runs on the overview and the alliances page. */
const VIEWS: ((db: Db, f: QueryFilters) => Promise<unknown>)[] = [
	totals,
	itemsOverTime,
	(db, f) => topAlliances(db, f, 15),
	topicMix,
	periodChanges,
	ranking,
	(db, f) => allianceMatrix(db, f, 'month')
];

/** One filter of each kind the filter bar sets, with values from the archive itself. */
export async function warmUpFilters(db: Db): Promise<QueryFilters[]> {
	const { alliances, topics, months, years } = await filterOptions(db);
	const f = (x: Partial<QueryFilters>): QueryFilters => ({ ...noFilters(), ...x });
	const out: QueryFilters[] = [f({ section: 'alliance' }), f({ real: true })];
	const type = topics.find((t) => t.dimension !== null);
	if (type) out.push(f({ type: type.id }), f({ dim: type.dimension }));
	if (alliances.length > 1) {
		out.push(f({ alliances: [alliances[0]!.id] }));
		out.push(f({ alliances: [alliances[0]!.id, alliances[1]!.id] }));
	}
	if (years.length) out.push(f({ year: years.at(-1)! }));
	if (months) out.push(f({ from: addMonths(months.max, -11), to: months.max }));
	return out;
}

/** Thrown into a warm-up query when a view needs the engine: that query stops, the next step waits. */
class Yield extends Error {}

/**
 * Run VIEWS for each of `filters` on `db`, one statement at a time and only while `busy()` is false: a view's
 * query waits for one warm-up statement at most. Statements that name a table not loaded yet (`loaded`) are
 * skipped rather than waited for. Resolves when every step has run or been skipped; never rejects.
 */
export async function warmUp(
	db: Db,
	filters: readonly QueryFilters[],
	busy: () => boolean,
	loaded: (sql: string) => boolean,
	whenIdle: () => Promise<void>
): Promise<number> {
	let ran = 0;
	const guarded: Db = {
		...db,
		query: async (sql, params) => {
			if (!loaded(sql)) throw new Yield('not loaded');
			await whenIdle();
			if (busy()) throw new Yield('busy');
			ran++;
			return db.query(sql, params);
		}
	};
	for (const f of filters) {
		for (const view of VIEWS) {
			await whenIdle();
			await view(guarded, f).catch(() => undefined);
		}
	}
	return ran;
}

/** Whether `sql` names only tables in `ready` among the deferred ones. */
export function namesOnly(ready: ReadonlySet<string>): (sql: string) => boolean {
	return (sql) => detailTablesIn(sql).every((t) => ready.has(t));
}
