// A client-side app: the shell is prerendered, every page renders in the browser from DuckDB.
import { browser } from '$app/environment';
import { getDb } from '$lib/data/engine.svelte';

export const ssr = false;
export const prerender = true;

/** Start DuckDB as the app starts, before the first page renders (its errors show in the layout's banner). */
export function load(): void {
	if (browser) void getDb().catch(() => undefined);
}
