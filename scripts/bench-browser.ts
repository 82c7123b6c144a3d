/**
 * npm run bench:browser: the production build served on 127.0.0.1, driven in Debian's Chromium, on the
 * embedded dataset and then on a 1M-item demo archive. For each it prints medians over cold starts (a new
 * browser context each: no cache, no storage) of the time to the first chart drawn and to
 * <main data-state="ready">, where start-up went (DuckDB, the core tables' fetch and insert, the first
 * queries), and the median and p95 from a filter change to ready on the overview and alliances pages, both from
 * the moment the page is ready and once it has settled (the engine's warm-up done, src/lib/data/warm-up.ts);
 * then the size of the application's JavaScript (gzip), DuckDB excluded.
 *
 * BENCH_DATASETS=embedded,1000000 (the default) picks the datasets: `embedded` is static/data; a number N
 * is an N-item archive (scripts/bench/archive.ts, BENCH_SCALE=issues|items as in bench:queries) written
 * by scripts/bench/big-dataset.ts into .bench-data/<N>-<scale> on first use (about 2 minutes and 1.6 GB at
 * 1M items; reused while its inputs and code are unchanged). BENCH_DATA=DIR serves DIR (a folder written
 * like static/data) as the one big dataset instead. BENCH_RUNS (cold starts, default 5), BENCH_CHANGES
 * (filter changes per page, default 20), BENCH_BUILD (a build folder to measure as it is; by default `npm run build`
 * rebuilds `build` first).
 */
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/browser/browser';
import { serveBuild } from '../tests/browser/server';
import type { DatasetManifest } from '../src/lib/data/dataset';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CHANGES = Number(process.env.BENCH_CHANGES ?? 20);
const BUILD = process.env.BENCH_BUILD ?? 'build';
const SCALE = process.env.BENCH_SCALE ?? 'issues';
const DATASETS = (
	process.env.BENCH_DATA ? 'embedded,dir' : (process.env.BENCH_DATASETS ?? 'embedded,1000000')
)
	.split(',')
	.map((s) => s.trim())
	.filter(Boolean);
/** Targets of issue 4: cold start on every dataset; filter change p95 by size. */
const TARGET = { firstChart: 1000, ready: 2500, changeSmall: 150, changeBig: 400 };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) =>
	[...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)]!;
const ms = (x: number) => (x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${x.toFixed(0)} ms`);
const verdict = (x: number, target: number) => (x < target ? 'PASS' : 'FAIL');
const load = () =>
	loadavg()
		.map((x) => x.toFixed(2))
		.join(' ');

// Always measure the code as it is: an existing build may predate the last change (BENCH_BUILD names another
// folder to measure as it stands).
if (!process.env.BENCH_BUILD || !existsSync(join(BUILD, '200.html'))) {
	console.error(`bench:browser: building into ${BUILD} (npm run build)…`);
	execSync('npm run build', { stdio: 'inherit' });
}

/** Wait for <main data-state="ready">. */
async function untilReady(page: Page, timeout: number) {
	await page.waitForFunction(
		() => document.querySelector('main')?.dataset.state === 'ready',
		null,
		{ timeout, polling: 'raf' }
	);
}

/** The engine's start-up steps (performance.measure in engine.svelte.ts) and the dataset files' downloads. */
interface StartSteps {
	duckdb: number;
	coreEnd: number;
	coreMs: number;
	coreFetchWait: number;
	coreInsert: number;
	coreBytes: number;
	engineReady: number;
	/** Download time of the core dataset files (first request start to last response end). */
	dataFetch: number;
	/** Raw tables loaded by the time the page was ready, and when the last was in. */
	detailTables: number;
	detailEnd: number | null;
}

async function startSteps(page: Page): Promise<StartSteps> {
	return (await page.evaluate(`(() => {
		const m = (n) => performance.getEntriesByName(n, 'measure')[0];
		const core = m('pulse:core');
		const detail = performance.getEntriesByType('measure').filter((x) => x.name.startsWith('pulse:detail:'));
		const files = performance.getEntriesByType('resource').filter((r) => /\\/data\\/.*\\.arrow$/.test(r.name));
		const coreFiles = files.filter((r) => r.startTime <= core.startTime + core.duration);
		return {
			duckdb: m('pulse:duckdb').startTime + m('pulse:duckdb').duration,
			coreEnd: core.startTime + core.duration,
			coreMs: core.duration,
			coreFetchWait: core.detail.fetchWaitMs,
			coreInsert: core.detail.insertMs,
			coreBytes: core.detail.bytes,
			engineReady: m('pulse:ready').startTime + m('pulse:ready').duration,
			dataFetch: coreFiles.length
				? Math.max(...coreFiles.map((r) => r.responseEnd)) - Math.min(...coreFiles.map((r) => r.startTime))
				: 0,
			detailTables: detail.length,
			detailEnd: detail.length ? Math.max(...detail.map((x) => x.startTime + x.duration)) : null
		};
	})()`)) as StartSteps;
}

async function coldStarts(url: string, timeout: number) {
	const browser = await launchChromium();
	const firstChart: number[] = [];
	const ready: number[] = [];
	const steps: StartSteps[] = [];
	for (let r = 0; r < RUNS; r++) {
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		const page = await context.newPage();
		const t0 = Date.now();
		await page.goto(url);
		await page.waitForSelector('main figure svg rect, main figure svg path', { timeout });
		firstChart.push(Date.now() - t0);
		await untilReady(page, timeout);
		ready.push(Date.now() - t0);
		steps.push(await startSteps(page));
		await context.close();
	}
	await browser.close();
	const med = (f: (s: StartSteps) => number) => ms(median(steps.map(f)));
	const fc = median(firstChart);
	const rd = median(ready);
	console.log(
		`  cold start (overview): first chart ${ms(fc)} (< ${TARGET.firstChart} ms ${verdict(fc, TARGET.firstChart)}), ready ${ms(rd)} (< ${TARGET.ready} ms ${verdict(rd, TARGET.ready)})  [ready runs: ${ready.map(ms).join(', ')}]`
	);
	console.log(
		`    where it went (medians, from navigation): DuckDB up + schema at ${med((s) => s.duckdb)}; core tables in at ${med((s) => s.coreEnd)} ` +
			`(load step ${med((s) => s.coreMs)}: waiting for files ${med((s) => s.coreFetchWait)}, Arrow insert ${med((s) => s.coreInsert)}; ` +
			`${(median(steps.map((s) => s.coreBytes)) / 1e6).toFixed(1)} MB, downloads ${med((s) => s.dataFetch)}); engine ready at ${med((s) => s.engineReady)}; ` +
			`first queries and drawing until ready ${ms(median(ready.map((x, i) => x - steps[i]!.engineReady)))}` +
			(steps.every((s) => s.detailEnd !== null)
				? `; raw tables loaded by then: ${median(steps.map((s) => s.detailTables))}, the last in at ${med((s) => s.detailEnd!)}`
				: '; no raw table loaded by then')
	);
}

/** Cold starts on the items page, which needs the raw tables (loaded on first need for a big dataset). */
async function rawTablesStart(url: string, timeout: number) {
	const browser = await launchChromium();
	const ready: number[] = [];
	const tables: { name: string; ms: number; insert: number; wait: number; mb: number }[][] = [];
	const runs = Math.min(RUNS, 3);
	for (let r = 0; r < runs; r++) {
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		const page = await context.newPage();
		const t0 = Date.now();
		await page.goto(url);
		await untilReady(page, timeout);
		ready.push(Date.now() - t0);
		const alerts = await page.locator('main [role=alert]').allTextContents();
		if (alerts.length) console.log(`    items page shows an error: ${alerts.join(' / ')}`);
		tables.push(
			(await page.evaluate(`performance.getEntriesByType('measure')
				.filter((x) => x.name.startsWith('pulse:detail:'))
				.map((x) => ({ name: x.name.slice(13), ms: x.duration, insert: x.detail.insertMs, wait: x.detail.fetchWaitMs, mb: x.detail.bytes / 1e6 }))`)) as (typeof tables)[number]
		);
		await context.close();
	}
	await browser.close();
	const names = [...new Set(tables.flat().map((t) => t.name))];
	const per = names.map((n) => {
		const xs = tables.map((run) => run.find((t) => t.name === n)).filter((t) => t !== undefined);
		return `${n} ${ms(median(xs.map((t) => t.ms)))} (${median(xs.map((t) => t.mb)).toFixed(0)} MB; insert ${ms(median(xs.map((t) => t.insert)))}, waiting for files ${ms(median(xs.map((t) => t.wait)))})`;
	});
	console.log(
		`  cold start (items page, needs raw tables): ready ${ms(median(ready))} over ${runs} runs; raw tables: ${per.join(', ') || 'none loaded'}`
	);
}

/** The filter changes measured, the same on every dataset: section, type, dimension, real-only, alliances, a year, a range. */
const FILTERS = [
	'?section=alliance',
	'?section=policy',
	'?type=standards',
	'?dim=exchange',
	'?real=1',
	'?alliance=wapi',
	'?alliance=wapi&alliance=igrs',
	'?year=2024',
	'?from=2025-01&to=2025-12',
	''
];

/**
 * Filter changes on a fresh page: from the moment it is ready (`settled` false: the first changes share the engine
 * with the deferred tables' load and the warm-up, src/lib/data/warm-up.ts), or once it has settled (`settled`:
 * the warm-up done, as for a person who reads the page before the first click).
 */
async function filterChanges(
	url: string,
	label: string,
	target: number,
	timeout: number,
	settled = false
) {
	const browser = await launchChromium();
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	await page.goto(url);
	await untilReady(page, timeout);
	let settledAfter = '';
	if (settled) {
		const t0 = Date.now();
		// A string, not a function (as below); polled in the page, whose CSP forbids waitForFunction's eval.
		await page.evaluate(`new Promise((resolve, reject) => {
			const t0 = performance.now();
			const look = () => performance.getEntriesByName('pulse:warm-up').length > 0 ? resolve()
				: performance.now() - t0 > ${timeout} ? reject(new Error('no warm-up within the timeout')) : setTimeout(look, 50);
			look();
		})`);
		settledAfter = ` (settled ${ms(Date.now() - t0)} after ready)`;
	}
	const times: number[] = [];
	for (let i = 0; i < CHANGES; i++) {
		const q = FILTERS[i % FILTERS.length]!;
		// A string, not a function: tsx would wrap a function with helpers the page does not have.
		const t = (await page.evaluate(`(async (search) => {
			const main = document.querySelector('main');
			const t0 = performance.now();
			// Change the URL the way the filter bar does (the contract's pulse:navigate event: goto, focus and scroll
			// kept), then wait for loading → ready. Not a link click: SvelteKit waits for a frame before following a
			// link, and resets focus and scroll, none of which a filter change does.
			window.dispatchEvent(new CustomEvent('pulse:navigate', { detail: location.pathname + search }));
			await new Promise((resolve) => {
				let seenLoading = false;
				// A change answered from the query cache goes loading → ready within one frame: catch it as it happens.
				new MutationObserver((records, observer) => {
					if (records.some((r) => r.oldValue === 'loading') || main.dataset.state === 'loading') {
						seenLoading = true;
						observer.disconnect();
					}
				}).observe(main, { attributeFilter: ['data-state'], attributeOldValue: true });
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
	process.stderr.write(
		`${label}: ${times.map((t, i) => `${FILTERS[i % FILTERS.length] || '(none)'} ${t.toFixed(0)}`).join(', ')}\n`
	);
	const p = p95(times);
	console.log(
		`  ${label}${settledAfter}: filter change → ready median ${ms(median(times))}, p95 ${ms(p)} over ${times.length} changes (p95 < ${target} ms ${verdict(p, target)})`
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
	let initial = 0;
	let lazy = 0;
	for (const f of files) {
		const gz = gzipSync(readFileSync(f)).length;
		const name = f.split('/').pop()!;
		// pdf.js, mammoth and their workers load only when a person imports a .pdf or .docx.
		if (/pdf|mammoth|worker/.test(name) || statSync(f).size > 250_000) lazy += gz;
		else initial += gz;
	}
	console.log(
		`application JavaScript (gzip, DuckDB excluded): ${(initial / 1024).toFixed(0)} KB (target < 300 KB); import-only libraries loaded on demand: ${(lazy / 1024).toFixed(0)} KB`
	);
}

/** The folder served as /data for a dataset name (undefined: the build's own static/data copy). */
function dataDir(name: string): string | undefined {
	if (name === 'embedded') return undefined;
	if (name === 'dir') return process.env.BENCH_DATA;
	const items = Number(name.replace(/k$/i, '000').replace(/m$/i, '000000'));
	if (!Number.isInteger(items) || items <= 0)
		throw new Error(`BENCH_DATASETS: '${name}' is neither 'embedded' nor an item count`);
	const dir = join('.bench-data', `${items}-${SCALE}`);
	// Cached: big-dataset.ts returns at once when the folder is complete and current.
	execFileSync(
		'npx',
		[
			'tsx',
			'scripts/bench/big-dataset.ts',
			'--items',
			String(items),
			'--out',
			dir,
			'--scale',
			SCALE
		],
		{ stdio: 'inherit' }
	);
	return dir;
}

console.log(
	`bench:browser — ${BUILD}, Chromium headless, ${RUNS} cold starts, ${CHANGES} filter changes per page`
);
// Build (or find) every big dataset first, so no build runs between measurements.
const dirs = DATASETS.map(dataDir);
for (const dir of dirs) {
	const manifest = JSON.parse(
		readFileSync(join(dir ?? join(BUILD, 'data'), 'manifest.json'), 'utf8')
	) as DatasetManifest;
	const big = manifest.items >= 100_000;
	const timeout = big ? 600_000 : 120_000;
	const { url, server } = await serveBuild(BUILD, 0, dir);
	console.log(
		`\n${dir ? `dataset ${dir}` : 'embedded dataset'}: ${manifest.items} items, ${manifest.issues} issues (version ${manifest.version}) on ${url} — load average ${load()}`
	);
	await coldStarts(url + '/', timeout);
	await rawTablesStart(url + '/items', timeout);
	const target = big ? TARGET.changeBig : TARGET.changeSmall;
	await filterChanges(url + '/', 'overview, from ready', target, timeout);
	await filterChanges(url + '/alliances', 'alliances, from ready', target, timeout);
	await filterChanges(url + '/', 'overview, settled', target, timeout, true);
	await filterChanges(url + '/alliances', 'alliances, settled', target, timeout, true);
	console.log(`  load average after: ${load()}`);
	server.close();
}
console.log('');
jsSize(BUILD);
