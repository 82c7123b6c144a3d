/// <reference types="vite/client" />
/**
 * DuckDB's Web Worker, started on its own: this module is a URL and nothing else, so the worker can load its
 * script (770 kB) while the page still fetches duckdb-wasm's bindings to talk to it (browser.ts).
 */
// Only the exception-handling build: every browser the liaison group uses (Chromium, Firefox, Safari 15+)
// has wasm exceptions, and shipping the MVP build too would double a 35 MB download and the build time.
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';

let worker: Worker | undefined;

/** The page's DuckDB worker, started on first call; handed to browser.ts, which owns it from then on. */
export function duckdbWorker(): Worker {
	worker ??= new Worker(ehWorker);
	return worker;
}

/** Forget the worker (it was terminated): the next call starts a new one. */
export function forgetDuckdbWorker(): void {
	worker = undefined;
}
