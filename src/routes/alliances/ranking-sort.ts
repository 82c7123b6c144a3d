/** The ranking table's order: every column a person can sort by, kept in the URL as `sort` ('-' = descending). */
import type { RankingRow } from '$lib/queries/ranking';

/** Sortable columns, in the order the table shows them. */
export const RANKING_FIELDS = [
	'name',
	'items',
	'issues',
	'share',
	'first',
	'last',
	'days',
	'gap',
	'types'
] as const;
export type RankingField = (typeof RANKING_FIELDS)[number];

/** A field and its direction. */
export interface RankingSort {
	field: RankingField;
	descending: boolean;
}

/** The order with no `sort` in the URL: most items first. */
export const DEFAULT_SORT: RankingSort = { field: 'items', descending: true };

// The direction a first click picks: the answer to "who is most active?" on top.
const FIRST_DESCENDING: Record<RankingField, boolean> = {
	name: false,
	items: true,
	issues: true,
	share: true,
	first: false,
	last: true,
	days: false,
	gap: true,
	types: true
};

const VALUE: Record<RankingField, (r: RankingRow) => string | number | null> = {
	name: (r) => r.name,
	items: (r) => r.items,
	issues: (r) => r.issuesPresent,
	share: (r) => r.share,
	first: (r) => r.firstDate,
	last: (r) => r.lastDate,
	days: (r) => r.daysSinceLast,
	gap: (r) => r.longestGap,
	types: (r) => r.activityTypes.length
};

/** The sort a URL value names; anything else is the default (the filter bar already reports malformed values). */
export function parseRankingSort(value: string | null | undefined): RankingSort {
	const descending = value?.startsWith('-') ?? false;
	const field = descending ? value!.slice(1) : value;
	return (RANKING_FIELDS as readonly string[]).includes(field ?? '')
		? { field: field as RankingField, descending }
		: DEFAULT_SORT;
}

/** The URL value of a sort; null for the default so the URL stays short. */
export function rankingSortParam(sort: RankingSort): string | null {
	if (sort.field === DEFAULT_SORT.field && sort.descending === DEFAULT_SORT.descending) return null;
	return `${sort.descending ? '-' : ''}${sort.field}`;
}

/** What clicking a column's header does: the same column flips direction, another starts at its natural one. */
export function nextSort(current: RankingSort, field: RankingField): RankingSort {
	return current.field === field
		? { field, descending: !current.descending }
		: { field, descending: FIRST_DESCENDING[field] };
}

function compare(a: string | number | null, b: string | number | null): number {
	if (a === b) return 0;
	if (a === null) return 1;
	if (b === null) return -1;
	return a < b ? -1 : 1;
}

/**
 * Rows in `sort` order; silent alliances (no items in scope) always last, by name. Missing values
 * (no last item) go last in either direction; ties by items (most first), then name, then id.
 */
export function sortRanking(rows: readonly RankingRow[], sort: RankingSort): RankingRow[] {
	const value = VALUE[sort.field];
	const sign = sort.descending ? -1 : 1;
	return [...rows].sort((a, b) => {
		const silent = Number(a.items === 0) - Number(b.items === 0);
		if (silent) return silent;
		const va = value(a);
		const vb = value(b);
		const missing = Number(va === null) - Number(vb === null);
		return (
			missing ||
			(a.items === 0 ? 0 : sign * compare(va, vb)) ||
			b.items - a.items ||
			compare(a.name, b.name) ||
			compare(a.allianceId, b.allianceId)
		);
	});
}
