/** The filters a query reads, as a value that only changes when one of them does. */
import type { QueryFilters } from '$lib/queries/where';
import type { Filters } from '$lib/state/filters';

/**
 * The query filters of `f` (sort and page left out) as JSON: a page derives its query arguments
 * from this string, so a change of sort, page or a page-only param (grain) re-runs no query.
 */
export function queryKey(f: Filters): string {
	const q: QueryFilters = {
		alliances: f.alliances,
		from: f.from,
		to: f.to,
		year: f.year,
		section: f.section,
		type: f.type,
		dim: f.dim,
		q: f.q,
		real: f.real
	};
	return JSON.stringify(q);
}
