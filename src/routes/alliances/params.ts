/** Page-only URL params (heat-map grain, timeline options): set beside the filters, which stay as they are. */

/** Path + query of `url` with `name` set to `value`, or removed when `value` is null. */
export function withParam(url: URL, name: string, value: string | null): string {
	const params = new URLSearchParams(url.search);
	if (value === null) params.delete(name);
	else params.set(name, value);
	const query = params.toString();
	return url.pathname + (query ? `?${query}` : '') + url.hash;
}

/** `href` (path + query) without the params in `names`: a page's own options do not follow a link to another page. */
export function withoutParams(href: string, names: readonly string[]): string {
	const url = new URL(href, 'http://x');
	for (const name of names) url.searchParams.delete(name);
	const query = url.searchParams.toString();
	return url.pathname + (query ? `?${query}` : '') + url.hash;
}
