import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// PULSE_BUILD_DIR / PULSE_FAST_BUILD let the browser tests build beside the real build without brotli.
		adapter: adapter({
			pages: process.env.PULSE_BUILD_DIR ?? 'build',
			assets: process.env.PULSE_BUILD_DIR ?? 'build',
			fallback: '200.html',
			precompress: !process.env.PULSE_FAST_BUILD
		}),
		prerender: { entries: ['*'], handleHttpError: 'warn' }
	}
};

export default config;
