/**
 * npm run bench:browser: the production build served on 127.0.0.1, driven in Debian's Chromium.
 * Prints medians over cold starts (a new browser context each: no cache, no storage) of the time to the
 * first chart drawn and to <main data-state="ready">, and the median and p95 from a filter change to ready;
 * then the size of the application's JavaScript (gzip), DuckDB excluded.
 *
 * BENCH_DATA=DIR serves another dataset (a folder written like static/data, e.g. by
 * `npx tsx scripts/bench/big-dataset.ts --items 1000000 --out DIR`) in place of the embedded one.
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/browser/browser';
import { serveBuild } from '../tests/browser/server';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CHANGES = Number(process.env.BENCH_CHANGES ?? 20);
const BUILD = process.env.BENCH_BUILD ?? 'build';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) =>
	[...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)]!;
const ms = (x: number) => `${x.toFixed(0)} ms`;

if (!existsSync(join(BUILD, '200.html'))) {
	console.error(`bench:browser: building into ${BUILD} (npm run build)…`);
	execSync('npm run build', { stdio: 'inherit' });
}

/** Wait for the page to become ready (after having been loading, when `sawLoading` is set). */
async function untilReady(page: Page, timeout = 120_000) {
	await page.waitForFunction(
		() => document.querySelector('main')?.dataset.state === 'ready',
		null,
		{ timeout, polling: 'raf' }
	);
}

async function coldStarts(url: string, label: string) {
	const browser = await launchChromium();
	const firstChart: number[] = [];
	const ready: number[] = [];
	for (let r = 0; r < RUNS; r++) {
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		const page = await context.newPage();
		const t0 = Date.now();
		await page.goto(url);
		await page.waitForSelector('main figure svg rect, main figure svg path', { timeout: 120_000 });
		firstChart.push(Date.now() - t0);
		await untilReady(page);
		ready.push(Date.now() - t0);
		await context.close();
	}
	await browser.close();
	console.log(
		`  ${label}: first chart median ${ms(median(firstChart))} (target < 1000 ms), ready median ${ms(median(ready))} (target < 2500 ms)  [runs: ${ready.map((x) => x.toFixed(0)).join(', ')}]`
	);
}

/** Filter changes on the overview: section, activity type, real-only and an alliance, cycled. */
async function filterChanges(url: string, label: string, target: number) {
	const browser = await launchChromium();
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	await page.goto(url);
	await untilReady(page);
	const queries = [
		'?section=alliance',
		'?section=policy',
		'?type=standards',
		'?dim=exchange',
		'?real=1',
		'?alliance=wapi',
		'?alliance=wapi&alliance=igrs',
		'?from=2025-01&to=2025-12',
		''
	];
	const times: number[] = [];
	for (let i = 0; i < CHANGES; i++) {
		const q = queries[i % queries.length]!;
		// A string, not a function: tsx would wrap a function with helpers the page does not have.
		const t = (await page.evaluate(`(async (search) => {
			const main = document.querySelector('main');
			const t0 = performance.now();
			// Navigate the way the filter bar does (a client-side URL change), then wait for loading → ready.
			const link = document.createElement('a');
			link.href = location.pathname + search;
			document.body.appendChild(link);
			link.click();
			link.remove();
			await new Promise((resolve) => {
				let seenLoading = false;
				const check = () => {
					if (main.dataset.state === 'loading') seenLoading = true;
					if (seenLoading && main.dataset.state === 'ready' && location.search === search) resolve();
					else requestAnimationFrame(check);
				};
				check();
			});
			return performance.now() - t0;
		})(${JSON.stringify(q)})`)) as number;
		times.push(t);
	}
	await browser.close();
	console.log(
		`  ${label}: filter change → ready median ${ms(median(times))}, p95 ${ms(p95(times))} over ${times.length} changes (target p95 < ${target} ms)`
	);
}

/** Gzipped size of the JavaScript the app ships, DuckDB's worker excluded; split into first load and lazy chunks. */
function jsSize(dir: string) {
	const files: string[] = [];
	const walk = (d: string) => {
		for (const e of readdirSync(d, { withFileTypes: true })) {
			const p = join(d, e.name);
			if (e.isDirectory()) walk(p);
			else if (/\.m?js$/.test(e.name) && !/duckdb/.test(e.name)) files.push(p);
		}
	};
	walk(join(dir, '_app'));
	const html = readFileSync(join(dir, '200.html'), 'utf8');
	let initial = 0;
	let lazy = 0;
	const lazyNames: string[] = [];
	for (const f of files) {
		const gz = gzipSync(readFileSync(f)).length;
		const name = f.split('/').pop()!;
		// pdf.js, mammoth and their workers load only when a person imports a .pdf or .docx.
		if (/pdf|mammoth|worker/.test(name) || statSync(f).size > 250_000) {
			lazy += gz;
			lazyNames.push(name);
		} else initial += gz;
	}
	void html;
	console.log(
		`  application JavaScript (gzip, DuckDB excluded): ${(initial / 1024).toFixed(0)} KB (target < 300 KB); import-only libraries loaded on demand: ${(lazy / 1024).toFixed(0)} KB`
	);
}

const { url, server } = await serveBuild(BUILD, 0, process.env.BENCH_DATA);
console.log(
	`bench:browser — ${BUILD} on ${url}${process.env.BENCH_DATA ? ` with data from ${process.env.BENCH_DATA}` : ' (embedded dataset)'}, Chromium headless, ${RUNS} cold starts`
);
const big = Boolean(process.env.BENCH_DATA);
await coldStarts(url + '/', 'overview, cold start');
await filterChanges(url + '/', 'overview', big ? 400 : 150);
await filterChanges(url + '/alliances', 'alliances', big ? 400 : 150);
jsSize(BUILD);
server.close();
