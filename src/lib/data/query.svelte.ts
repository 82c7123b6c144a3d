/** A view's query as rune state: re-run when its arguments change, and counted for the page's ready state. */
import { onDestroy } from 'svelte';
import { SvelteSet } from 'svelte/reactivity';
import type { Db } from '../db/types';
import { engine, getDb } from './engine.svelte';

const pending = new SvelteSet<symbol>();

/** True when no view on the page is waiting for rows (and the engine is up). */
export function pageReady(): boolean {
	return engine.status === 'ready' && pending.size === 0;
}

/** The rows of one query, its error, and whether it is running. */
export interface QueryState<T> {
	readonly data: T | undefined;
	readonly error: string | null;
	readonly loading: boolean;
}

/**
 * Run `run(db, args())` now and whenever `args()` (or the archive) changes; an answer that arrives
 * after newer arguments is dropped. Call during component initialisation.
 */
export function useQuery<A, T>(args: () => A, run: (db: Db, args: A) => Promise<T>): QueryState<T> {
	const token = Symbol('query');
	const state = $state({ data: undefined as T | undefined, error: null as string | null, loading: true });
	pending.add(token);
	let generation = 0;
	$effect(() => {
		const a = args();
		void engine.revision;
		const mine = ++generation;
		state.loading = true;
		pending.add(token);
		getDb()
			.then((db) => run(db, a))
			.then(
				(data) => {
					if (mine !== generation) return;
					state.data = data;
					state.error = null;
				},
				(e: unknown) => {
					if (mine !== generation) return;
					state.error = e instanceof Error ? e.message : String(e);
				}
			)
			.finally(() => {
				if (mine !== generation) return;
				state.loading = false;
				pending.delete(token);
			});
	});
	onDestroy(() => {
		generation++;
		pending.delete(token);
	});
	return state;
}
