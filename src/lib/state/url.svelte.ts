/** The current page's filters, read from and written to the URL (the page is a function of the URL). */
import { goto } from '$app/navigation';
import { page } from '$app/state';
import { getLocale } from '../i18n/i18n.svelte';
import { FILTER_PARAMS, parseFilters, withFilter, type Filters } from './filters';

/** Filters of the current URL and the messages for any value that was dropped. */
export function urlFilters(): { filters: Filters; errors: string[] } {
	return parseFilters(page.url.searchParams, getLocale());
}

/** Navigate to the current page with `patch` applied to its filters (a history entry, so Back undoes it). */
export function setFilters(patch: Partial<Filters>): Promise<void> {
	return goto(withFilter(page.url, patch), { keepFocus: true, noScroll: true });
}

/** A link to another page that keeps the current filters; the current page's own view params (item, grain…) stay behind. */
export function hrefWithFilters(path: string, patch: Partial<Filters> = {}): string {
	const url = new URL(page.url);
	url.pathname = path;
	for (const key of [...url.searchParams.keys()]) {
		if (!(FILTER_PARAMS as readonly string[]).includes(key)) url.searchParams.delete(key);
	}
	return withFilter(url, { page: 1, sort: null, ...patch });
}

/** The event browser tests and benchmarks change the URL with (README, "A contract for browser tests"). */
export const NAVIGATE_EVENT = 'pulse:navigate';

/**
 * Follow NAVIGATE_EVENT as the filter bar changes the URL (goto, focus and scroll kept):
 * `window.dispatchEvent(new CustomEvent('pulse:navigate', { detail: '/alliances?year=2025' }))`. A link click is not
 * the same thing: SvelteKit waits for a frame before it follows one, which no filter change does. Only a path on this
 * site is followed. Returns the listener's removal.
 */
export function followNavigateEvents(): () => void {
	const follow = (event: Event) => {
		const to = (event as CustomEvent<unknown>).detail;
		if (typeof to !== 'string' || !to.startsWith('/')) return;
		// Parsed, not only looked at: '//host' and '/\host' both lead to another host.
		const url = new URL(to, location.origin);
		if (url.origin !== location.origin) return;
		void goto(url, { keepFocus: true, noScroll: true });
	};
	window.addEventListener(NAVIGATE_EVENT, follow);
	return () => window.removeEventListener(NAVIGATE_EVENT, follow);
}
