/** The `item` URL parameter: which item the items page shows in full (not a filter, so filters.ts does not own it). */
import { page } from '$app/state';
import { hrefWithFilters } from '$lib/state/url.svelte';

/** The item id in the current URL, or null. */
export function openItemId(): string | null {
	return page.url.searchParams.get('item')?.trim() || null;
}

/** The current page's URL with `item` set to `id` (null: removed), filters and sort untouched. */
export function withItem(id: string | null): string {
	const url = new URL(page.url);
	if (id === null) url.searchParams.delete('item');
	else url.searchParams.set('item', id);
	return url.pathname + url.search;
}

/** A link from another page to the items page with `id` open, keeping the current filters. */
export function itemHref(id: string): string {
	const url = new URL(hrefWithFilters('/items'), page.url);
	url.searchParams.set('item', id);
	url.hash = '';
	return url.pathname + url.search;
}
