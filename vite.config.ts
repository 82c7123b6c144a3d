import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
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
