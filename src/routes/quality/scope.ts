/** The filters each quality query reads, as strings that change only when one of those filters does. */
import { page } from '$app/state';
import { noFilters, type QueryFilters } from '$lib/queries/where';
import type { Filters } from '$lib/state/filters';
import { hrefWithFilters } from '$lib/state/url.svelte';
import type { Locale } from '$lib/i18n/translate';

/** Issue-level lists (serials, names, warnings) read only the period and real-only. */
export function issueScopeKey(f: Filters): string {
	return JSON.stringify({ from: f.from, to: f.to, year: f.year, real: f.real });
}

/** Item lists read every filter but sort and page. */
export function itemScopeKey(f: Filters): string {
	const { sort: _s, page: _p, ...rest } = f;
	return JSON.stringify(rest);
}

/** The query filters a key stands for (unset fields as in noFilters). */
export function scopeFromKey(key: string): QueryFilters {
	return { ...noFilters(), ...(JSON.parse(key) as Partial<QueryFilters>) };
}

/** 'YYYY-NN' as a person reads it: 2025年第3期 / 2025 No. 3; anything else as it is. */
export function issueLabel(id: string, locale: Locale): string {
	const m = /^(\d{4})-(\d{1,3})$/.exec(id);
	if (!m) return id;
	const n = Number(m[2]);
	return locale === 'zh-CN' ? `${m[1]}年第${n}期` : `${m[1]} No. ${n}`;
}

/** The items page with one item open, keeping the current filters. */
export function itemHref(id: string): string {
	const url = new URL(hrefWithFilters('/items'), page.url);
	url.searchParams.set('item', id);
	return url.pathname + url.search;
}
