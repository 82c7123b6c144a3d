import { readFileSync } from 'node:fs';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * The dev server loads duckdb-wasm's worker script as a module (src/lib/db/duckdb-boot.worker.ts imports it), and
 * its source map names 117 files outside the package, each a warning in the terminal: served here without it.
 */
const duckdbWorkerWithoutSourceMap: Plugin = {
	name: 'duckdb-worker-without-source-map',
	apply: 'serve',
	load(id) {
		if (!id.split('?')[0]!.endsWith('/duckdb-browser-eh.worker.js')) return null;
		return readFileSync(id.split('?')[0]!, 'utf8').replace(/^\/\/# sourceMappingURL=.*$/m, '');
	}
};

export default defineConfig({
	plugins: [sveltekit(), duckdbWorkerWithoutSourceMap],
	server: { host: '127.0.0.1', port: 5173, fs: { allow: ['data'] } },
	preview: { host: '127.0.0.1', port: 4173 },
	worker: { format: 'es' },
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	test: {
		testTimeout: 60_000,
		hookTimeout: 120_000,
		pool: 'forks',
		projects: [
			{
				// Components mount with Svelte's browser build in jsdom.
				extends: true,
				resolve: { conditions: ['browser'] },
				test: { name: 'client', environment: 'jsdom', include: ['src/**/*.svelte.{test,spec}.ts'] }
			},
			{
				// Everything else runs in Node, where duckdb-wasm uses its Node build.
				extends: true,
				test: {
					name: 'server',
					environment: 'node',
					include: ['src/**/*.{test,spec}.ts'],
					exclude: ['src/**/*.svelte.{test,spec}.ts']
				}
			},
			{
				// The built app in Debian's Chromium, driven by playwright-core; one file at a time.
				extends: true,
				test: {
					name: 'browser',
					environment: 'node',
					include: ['tests/browser/**/*.test.ts'],
					globalSetup: ['tests/browser/global-setup.ts'],
					fileParallelism: false,
					testTimeout: 120_000
				}
			}
		]
	}
});
