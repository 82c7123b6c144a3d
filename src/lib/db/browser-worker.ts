/**
 * DuckDB's Web Worker, started on its own: this module starts a worker and nothing else, so the worker can load
 * duckdb-wasm's script (770 kB) and compile its wasm (duckdb-boot.worker.ts) while the page still fetches
 * duckdb-wasm's bindings to talk to it (browser.ts).
 */
let worker: Worker | undefined;

/** The page's DuckDB worker, started on first call; handed to browser.ts, which owns it from then on. */
export function duckdbWorker(): Worker {
	worker ??= new Worker(new URL('./duckdb-boot.worker.ts', import.meta.url), {
		type: 'module',
		name: 'duckdb'
	});
	return worker;
}

/** Forget the worker (it was terminated): the next call starts a new one. */
export function forgetDuckdbWorker(): void {
	worker = undefined;
}
