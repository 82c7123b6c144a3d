/** The evaluation table's sort: `sort` URL values ('score', '-score', …), parsed and applied in the page. */
import type { AllianceEvaluation } from '$lib/evaluation/types';
import { DIMENSIONS } from '$lib/topics/types';

/** Columns the table sorts by. */
export const SORT_KEYS = [
	'name',
	'items',
	...DIMENSIONS,
	'regularity',
	'recency',
	'score',
	'change'
] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** A column and a direction. */
export interface Sort {
	key: SortKey;
	desc: boolean;
}

/** Highest score first: the model's own order. */
export const DEFAULT_SORT: Sort = { key: 'score', desc: true };

/** The sort a URL value names; anything else (another page's sort, a typo) is the default. */
export function parseSort(value: string | null): Sort {
	const desc = value?.startsWith('-') ?? false;
	const key = desc ? value!.slice(1) : value;
	return (SORT_KEYS as readonly (string | null)[]).includes(key)
		? { key: key as SortKey, desc }
		: DEFAULT_SORT;
}

/** The URL value of a sort; null for the default, so the plain URL stays plain. */
export function sortParam(sort: Sort): string | null {
	if (sort.key === DEFAULT_SORT.key && sort.desc === DEFAULT_SORT.desc) return null;
	return `${sort.desc ? '-' : ''}${sort.key}`;
}

/** What a click on `key`'s heading does: the same column flips; another column starts highest first (names A→Z). */
export function nextSort(current: Sort, key: SortKey): Sort {
	if (current.key === key) return { key, desc: !current.desc };
	return { key, desc: key !== 'name' };
}

function value(a: AllianceEvaluation, key: SortKey): number | string | null {
	switch (key) {
		case 'name':
			return a.name;
		case 'items':
			return a.items;
		case 'regularity':
			return a.regularity.score;
		case 'recency':
			return a.recency.score;
		case 'score':
			return a.score;
		case 'change':
			return a.change;
		default:
			return a.dimensions[key].score;
	}
}

const collator = new Intl.Collator('zh-CN');

/**
 * The alliances sorted by `sort`; ties (and equal names) keep the model's order (score, then name).
 * A missing change (no previous year) goes last in both directions.
 */
export function sortAlliances(
	rows: readonly AllianceEvaluation[],
	sort: Sort
): AllianceEvaluation[] {
	const sign = sort.desc ? -1 : 1;
	return rows
		.map((row, index) => ({ row, index, v: value(row, sort.key) }))
		.sort((a, b) => {
			if (a.v === null || b.v === null) {
				return a.v === b.v ? a.index - b.index : a.v === null ? 1 : -1;
			}
			const c =
				typeof a.v === 'string' ? collator.compare(a.v, b.v as string) : a.v - (b.v as number);
			return c === 0 ? a.index - b.index : sign * c;
		})
		.map((x) => x.row);
}
