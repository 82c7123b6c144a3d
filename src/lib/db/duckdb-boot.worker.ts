/// <reference lib="webworker" />
/// <reference types="vite/client" />
/**
 * DuckDB's Web Worker, with its wasm compiling from the worker's first moment. duckdb-wasm's own worker fetches
 * and compiles its 35 MB of wasm only when the page asks it to instantiate, and the page can ask only once it
 * has loaded duckdb-wasm's bindings (browser.ts): the compile started 200–450 ms after the worker did. Here the
 * download and streaming compile start as this worker starts; when duckdb-wasm's worker (loaded below, unchanged)
 * then fetches the wasm and instantiates it, it is handed the module already compiled (or compiling).
 *
 * Only duckdb-wasm's two calls are stood in for, and only for its wasm: `fetch` of a .wasm answers an empty
 * body (the bytes are already here), and `WebAssembly.instantiateStreaming` instantiates the early module.
 * Should the early download or compile fail, both fall back to the browser's own (fetching this worker's wasm
 * URL) and duckdb-wasm reports what it finds, as it would have without this worker.
 */
// Only the exception-handling build: every browser the liaison group uses (Chromium, Firefox, Safari 15+)
// has wasm exceptions, and shipping the MVP build too would double a 35 MB download and the build time.
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const wasmUrl = new URL(ehWasm, scope.location.href).href;
const nativeFetch = scope.fetch.bind(scope);
const nativeInstantiate = WebAssembly.instantiateStreaming.bind(WebAssembly);

/** The wasm, compiling as it downloads; null once it failed (then duckdb-wasm fetches and compiles it itself). */
let early: Promise<WebAssembly.Module> | null = WebAssembly.compileStreaming(
	nativeFetch(wasmUrl, { credentials: 'same-origin' })
);
early.catch(() => (early = null));

/** This worker fetches one wasm, DuckDB's: the page names it by file name only (browser.ts DUCKDB_WASM). */
const isWasm = (input: RequestInfo | URL) =>
	new URL(
		input instanceof Request ? input.url : String(input),
		scope.location.href
	).pathname.endsWith('.wasm');

scope.fetch = (input, init) => {
	if (!isWasm(input)) return nativeFetch(input, init);
	const module = early;
	if (!module) return nativeFetch(wasmUrl, init);
	return module.then(
		() => new Response(new Uint8Array(0), { headers: { 'content-type': 'application/wasm' } }),
		() => nativeFetch(wasmUrl, init)
	);
};

WebAssembly.instantiateStreaming = async (source, imports) => {
	const module = early;
	if (!module) return nativeInstantiate(source, imports);
	const compiled = await module;
	return { module: compiled, instance: await WebAssembly.instantiate(compiled, imports) };
};

// Messages the page sends before duckdb-wasm's worker has set its handler are kept, then handed to it in order.
const queued: MessageEvent[] = [];
scope.onmessage = (e) => queued.push(e);
await import(/* @vite-ignore */ ehWorker);
for (const e of queued.splice(0)) scope.onmessage?.(e);
