/**
 * npm run bench:queries — how fast one filter change refreshes the overview and alliances pages.
 *
 * For demo archives of 10k, 100k and 1M items (BENCH_SIZES=10000,100000 to pick), in duckdb-wasm's
 * Node build (the engine the browser runs) and, in the same run, native DuckDB (@duckdb/node-api,
 * scripts/bench/native-node.ts, installed with `npm install --no-save` on first use) on the same SQL:
 *  - load: migrate + loadArchive (one transaction, Arrow appends, refreshAggregates), per engine;
 *  - full refresh: refreshQueries(db, filters) — totals, items over time (per issue, per month above 120 issues), ranking, alliance × month
 *    matrix, activity types by month: every query one filter change triggers, a statement asked twice with the same
 *    values run once (as the browser's shared reads answer it) — over a fixed sequence
 *    of FILTERS (alliance sets, a year, a section, a type, a dimension, real-only, a month range and
 *    combinations; no free text), one first pass over them (printed apart), then up to BENCH_RUNS (default 36) timed ones
 *    (at least 10; BENCH_BUDGET_S, default 60 s, stops a slow size early and the count is printed);
 *    median and p95 per engine, the wasm/native ratio, PASS/FAIL against the targets (wasm p95 < 50 ms
 *    at 100k items, < 250 ms at 1M; wasm ≤ 3× native, judged on medians: on a shared machine a p95 of
 *    native's two threads is one scheduling hiccup);
 *  - free text (q): the same refresh with q set, a raw scan of titles and bodies, reported apart;
 *  - breakdowns: time per query module (its statements, timed where the Db runs them) and per filter,
 *    and CPU time per refresh (less sensitive than wall time to a busy machine).
 *
 * How the archives are built: scripts/bench/archive.ts — parsed demo issues (8 seeds × 20 years, through
 * the real parser) cloned over a 20-year span of 240 months, with the real 46 alliances and activity
 * types; BENCH_SCALE=issues (default) adds issues of ~25 items (40,000 issues at 1M), BENCH_SCALE=items
 * keeps 240 monthly issues and grows them (~4,200 items each at 1M). The aggregates are per issue, so
 * the two shapes cost differently: run both when judging a change.
 * Machine load matters on a shared box: the load average is printed with every table.
 * Progress goes to stderr, the tables to stdout.
 */
import { availableParallelism, loadavg } from 'node:os';
import { openNodeDb } from '../src/lib/db/node';
import { loadArchive } from '../src/lib/db/load';
import { migrate } from '../src/lib/db/schema';
import type { Db } from '../src/lib/db/types';
import { refreshQueries } from '../src/lib/queries/index';
import { noFilters, type QueryFilters } from '../src/lib/queries/where';
import { basePool, scaledArchive, type ScaleMode } from './bench/archive';
import { execSync } from 'node:child_process';
import { createRequire } from 'node:module';

// Native DuckDB is a benchmark-only tool: install it when missing rather than ship it in the lock file.
try {
	createRequire(import.meta.url).resolve('@duckdb/node-api');
} catch {
	console.error(
		'bench:queries: installing @duckdb/node-api@1.4.3-r.3 (native DuckDB, same version as duckdb-wasm 1.32)…'
	);
	execSync('npm install --no-save --no-audit --no-fund @duckdb/node-api@1.4.3-r.3', {
		stdio: 'inherit'
	});
}
const { openNativeDb } = await import('./bench/native-node');

const SIZES = (process.env.BENCH_SIZES ?? '10000,100000,1000000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 36);
const MODE = (process.env.BENCH_SCALE ?? 'issues') as ScaleMode;
if (MODE !== 'issues' && MODE !== 'items')
	throw new Error(`BENCH_SCALE must be 'issues' or 'items', got '${MODE}'`);
/**
 * Before timing, one pass over the filter sequence: in a fresh process duckdb-wasm's code starts in V8's baseline
 * tier and is optimised as it runs, and each statement is prepared the first time it is seen. That pass is timed
 * too and printed apart ("first pass"): it is what a cold page pays on its first change of each kind.
 */
/** Time budget of each timed loop, and the fewest refreshes it takes regardless. */
const BUDGET_S = Number(process.env.BENCH_BUDGET_S ?? 60);
const MIN_RUNS = 10;
const TARGET_P95: Record<number, number> = { 100_000: 50, 1_000_000: 250 };
const MAX_RATIO = 3;

const log = (s: string) =>
	process.stderr.write(
		`[bench ${new Date().toISOString().slice(11, 19)} load ${loadavg()[0]!.toFixed(1)}] ${s}\n`
	);
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => {
	const s = sorted(xs);
	return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
/** Nearest-rank p95. */
const p95 = (xs: number[]) => sorted(xs)[Math.max(0, Math.ceil(0.95 * xs.length) - 1)]!;
const ms = (x: number) =>
	x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(x < 10 ? 1 : 0)} ms`;
const load = () =>
	loadavg()
		.map((x) => x.toFixed(2))
		.join(' ');

interface Labelled {
	label: string;
	f: QueryFilters;
}

/** The filter changes a person makes on the overview and alliances pages, in order; `a` = busiest alliances. */
function filterSequence(a: string[]): Labelled[] {
	const f = (label: string, x: Partial<QueryFilters>): Labelled => ({
		label,
		f: { ...noFilters(), ...x }
	});
	return [
		f('none', {}),
		f('1 alliance', { alliances: [a[0]!] }),
		f('3 alliances', { alliances: [a[0]!, a[1]!, a[2]!] }),
		f('year', { year: 2020 }),
		f('year+section', { year: 2020, section: 'alliance' }),
		f('type', { type: 'standards' }),
		f('dimension', { dim: 'innovation' }),
		f('real only', { real: true }),
		f('from–to', { from: '2015-01', to: '2019-12' }),
		f('1 alliance+year+type', { alliances: [a[0]!], year: 2020, type: 'events' }),
		f('2 alliances+dim+real', { alliances: [a[0]!, a[1]!], dim: 'exchange', real: true }),
		f('section+from–to', { section: 'policy', from: '2010-01', to: '2020-12' })
	];
}

/** Free-text filters: a Chinese word (no lower()), one with letters (lower() on every body), and combined. */
function textSequence(a: string[]): Labelled[] {
	const f = (label: string, x: Partial<QueryFilters>): Labelled => ({
		label,
		f: { ...noFilters(), ...x }
	});
	return [
		f('q 标准', { q: '标准' }),
		f('q ISO', { q: 'ISO' }),
		f('q 新能源+alliance', { q: '新能源', alliances: [a[0]!] }),
		f('q 年会+year', { q: '年会', year: 2020 })
	];
}

/** Which query module a statement belongs to, by its SQL (refreshQueries runs these and nothing else). */
const MODULES: [string, RegExp][] = [
	['totals', /AS silentAlliances/],
	[
		'itemsOverTime',
		/counts AS \(SELECT issue_id, section|::INTEGER AS n FROM issues s|SELECT month, section, sum/
	],
	['ranking', /AS longestGap|list\(g\.k\)|list\(k\.k/],
	['allianceMatrix(month)', /x\.periods|FROM alliances a WHERE/],
	['topicTrends(month)', /SELECT month, topic_id AS key|SELECT id FROM topics/],
	['monthSpan (matrix, trends)', /min\(strftime\(s\.date/]
];

/**
 * The Db with each statement timed where it runs (refreshQueries starts all five modules at once and
 * the Db runs them one at a time, so timing a module's promise would count the wait for the others).
 */
function instrumented(db: Db): { db: Db; take: () => Map<string, number> } {
	let tail: Promise<unknown> = Promise.resolve();
	let spent = new Map<string, number>();
	const query = <T>(sql: string, params?: unknown[]): Promise<T[]> => {
		const run = tail.then(async () => {
			const t = performance.now();
			try {
				return await db.query<T>(sql, params);
			} finally {
				const name = MODULES.find(([, re]) => re.test(sql))?.[0] ?? 'other';
				spent.set(name, (spent.get(name) ?? 0) + performance.now() - t);
			}
		});
		tail = run.catch(() => undefined);
		return run;
	};
	return {
		db: { ...db, query },
		take: () => {
			const out = spent;
			spent = new Map();
			return out;
		}
	};
}

interface Sample {
	label: string;
	wall: number;
	/** Process CPU time (all threads): less sensitive than wall time to a busy machine. */
	cpu: number;
	modules: Map<string, number>;
}

/**
 * Up to `runs` timed refreshes cycling through `filters`, after one first pass over them; stops early (but not
 * before MIN_RUNS) once BUDGET_S seconds are spent, so a slow size cannot hold the whole run hostage.
 */
async function refreshSamples(
	raw: Db,
	filters: Labelled[],
	runs: number,
	minRuns = MIN_RUNS
): Promise<{ samples: Sample[]; firstPass: number[] }> {
	const { db, take } = instrumented(raw);
	const firstPass: number[] = [];
	for (const { f } of filters) {
		const t = performance.now();
		await refreshQueries(db, f);
		firstPass.push(performance.now() - t);
	}
	take();
	const samples: Sample[] = [];
	const start = performance.now();
	for (let r = 0; r < runs; r++) {
		if (r >= Math.min(minRuns, runs) && performance.now() - start > BUDGET_S * 1000) break;
		const { label, f } = filters[r % filters.length]!;
		const c = process.cpuUsage();
		const t = performance.now();
		await refreshQueries(db, f);
		const wall = performance.now() - t;
		const used = process.cpuUsage(c);
		samples.push({ label, wall, cpu: (used.user + used.system) / 1000, modules: take() });
	}
	return { samples, firstPass };
}

interface EngineResult {
	loadMs: number;
	refresh: Sample[];
	/** The untimed-for-the-target first pass over the filters: cold code, statements prepared for the first time. */
	firstPass: number[];
	text: Sample[];
}

async function benchEngine(
	name: string,
	open: () => Promise<Db>,
	input: Parameters<typeof loadArchive>[1],
	size: number
): Promise<EngineResult> {
	const db = await open();
	try {
		log(`${size}: ${name}: loading`);
		const t = performance.now();
		await migrate(db);
		await loadArchive(db, input);
		const loadMs = performance.now() - t;
		const busiest = (
			await db.query<{ id: string }>(
				`SELECT alliance_id AS id FROM agg_facts WHERE alliance_id IS NOT NULL GROUP BY 1 ORDER BY sum(items) DESC, 1 LIMIT 3`
			)
		).map((r) => r.id);
		log(
			`${size}: ${name}: loaded in ${ms(loadMs)}; up to ${RUNS} refreshes (budget ${BUDGET_S} s)`
		);
		const { samples: refresh, firstPass } = await refreshSamples(db, filterSequence(busiest), RUNS);
		const wall = refresh.map((s) => s.wall);
		const cpu = refresh.map((s) => s.cpu);
		log(
			`${size}: ${name}: ${refresh.length} refreshes, median ${ms(median(wall))}, p95 ${ms(p95(wall))} (CPU ${ms(median(cpu))} / ${ms(p95(cpu))}); free text`
		);
		const textFilters = textSequence(busiest);
		const text = (await refreshSamples(db, textFilters, textFilters.length * 3, textFilters.length))
			.samples;
		return { loadMs, refresh, firstPass, text };
	} finally {
		await db.close();
	}
}

function counts(input: Parameters<typeof loadArchive>[1]): string {
	// Shape of the archive, from a quick look at the input (the engines hold the same rows).
	const issues = input.issues as {
		parsed: {
			issue: { date: string | null };
			items: { alliances: { role: string }[]; topics: unknown[] }[];
		};
	}[];
	const months = new Set(issues.map((i) => i.parsed.issue.date?.slice(0, 7)));
	let links = 0;
	let topics = 0;
	for (const i of issues)
		for (const it of i.parsed.items) {
			links += it.alliances.length;
			topics += it.topics.length;
		}
	return `${issues.length} issues, ${months.size} months, ${input.alliances.length} alliances, ${input.topics.length} activity types, ${links} item_alliances rows, ${topics} item_topics rows`;
}

const pool = basePool('data', log);
const table: string[] = [];
const verdicts: string[] = [];
const details: string[] = [];
const started = performance.now();
const wallOf = (xs: Sample[]) => xs.map((s) => s.wall);
const cpuOf = (xs: Sample[]) => xs.map((s) => s.cpu);
const medP95 = (xs: number[]) => `${ms(median(xs))} / ${ms(p95(xs))}`;
console.log(
	`bench:queries — BENCH_SCALE=${MODE}: ${MODE === 'issues' ? 'more issues of ~25 items' : '240 monthly issues, more items each'}; up to ${RUNS} timed refreshes per engine and size (at least ${MIN_RUNS}, ${BUDGET_S} s budget) after a first pass over the filters; native threads: DuckDB default; load avg at start ${load()} on ${availableParallelism()} cores (shared)`
);
for (const size of SIZES) {
	const t = performance.now();
	const archive = scaledArchive(pool, size, MODE);
	const shape = counts(archive.input);
	log(`${size}: archive built in ${ms(performance.now() - t)}: ${shape}`);
	const wasm = await benchEngine('wasm', openNodeDb, archive.input, size);
	const native = await benchEngine('native', () => openNativeDb(), archive.input, size);
	const [w, n] = [wallOf(wasm.refresh), wallOf(native.refresh)];
	const ratioMed = median(w) / median(n);
	const ratioP95 = p95(w) / p95(n);
	const target = TARGET_P95[size];
	const meets = target === undefined || p95(w) < target;
	const la = load();
	table.push(
		[
			size.toLocaleString('en').padStart(9),
			String(archive.issues).padStart(6),
			ms(wasm.loadMs).padStart(8),
			ms(native.loadMs).padStart(8),
			`${medP95(w)} (${w.length})`.padStart(24),
			`${medP95(n)} (${n.length})`.padStart(24),
			`${ratioMed.toFixed(1)}× / ${ratioP95.toFixed(1)}×`.padStart(13),
			medP95(cpuOf(wasm.refresh)).padStart(19),
			` ${target === undefined ? '   —' : meets ? 'PASS' : 'FAIL'} / ${ratioMed <= MAX_RATIO ? 'PASS' : 'FAIL'}`,
			` ${la}`
		].join(' │')
	);
	verdicts.push(
		`${size.toLocaleString('en')} items: ${target === undefined ? 'no p95 target' : `wasm p95 ${ms(p95(w))} vs < ${target} ms → ${meets ? 'PASS' : 'FAIL'}`}; wasm/native ${ratioMed.toFixed(1)}× (medians; p95s ${ratioP95.toFixed(1)}×) vs ≤ ${MAX_RATIO}× → ${ratioMed <= MAX_RATIO ? 'PASS' : 'FAIL'}`
	);
	details.push(`${size.toLocaleString('en')} items — ${shape}; load avg ${la}`);
	details.push(
		`  first pass over the ${wasm.firstPass.length} filters (fresh process: code not yet optimised, each statement prepared for the first time), median / max: wasm ${ms(median(wasm.firstPass))} / ${ms(Math.max(...wasm.firstPass))}, native ${ms(median(native.firstPass))} / ${ms(Math.max(...native.firstPass))}`
	);
	details.push(
		`  CPU per refresh (process, all threads), median / p95: wasm ${medP95(cpuOf(wasm.refresh))}, native ${medP95(cpuOf(native.refresh))}`
	);
	details.push(
		`  free text (q: raw scan of titles and bodies), ${wasm.text.length} refreshes: wasm ${medP95(wallOf(wasm.text))}, native ${medP95(wallOf(native.text))} (wall, median / p95), ratio ${(median(wallOf(wasm.text)) / median(wallOf(native.text))).toFixed(1)}× — not in the target`
	);
	details.push(
		'  per module (its statements, summed per refresh; wall ms, median / p95)       wasm                native      ratio'
	);
	for (const name of [...MODULES.map(([m]) => m), 'other']) {
		const of = (xs: Sample[]) => xs.map((s) => s.modules.get(name) ?? 0);
		const [a, b] = [of(wasm.refresh), of(native.refresh)];
		if (Math.max(...a, ...b) === 0) continue;
		details.push(
			`    ${name.padEnd(28)} ${medP95(a).padStart(46)}  ${medP95(b).padStart(19)}  ${(median(a) / median(b)).toFixed(1).padStart(5)}×`
		);
	}
	details.push(
		'  per filter (whole refresh; wall ms, median over its runs)                   wasm                native'
	);
	for (const { label } of filterSequence(['a', 'b', 'c'])) {
		const of = (xs: Sample[]) => xs.filter((s) => s.label === label).map((s) => s.wall);
		const [a, b] = [of(wasm.refresh), of(native.refresh)];
		if (!a.length || !b.length) continue;
		details.push(
			`    ${label.padEnd(28)} ${ms(median(a)).padStart(46)}  ${ms(median(b)).padStart(19)}  ${(median(a) / median(b)).toFixed(1).padStart(5)}×`
		);
	}
	log(`${size}: done in ${ms(performance.now() - t)}`);
}
console.log('');
console.log(
	'    items │ issues │ load wasm│ load nat │ wasm refresh med / p95 (n) │ native med / p95 (n) │ ratio med/p95 │ wasm CPU med / p95 │ p95 target / ≤3× │ load avg 1/5/15'
);
for (const r of table) console.log(r);
console.log('');
for (const v of verdicts) console.log(v);
console.log('');
for (const d of details) console.log(d);
console.log(`\ntotal ${ms(performance.now() - started)}; load avg at end ${load()}`);
