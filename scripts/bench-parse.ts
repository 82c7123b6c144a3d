/**
 * npm run bench:parse: parser throughput over a 1,000-issue demo archive (decode + normalise + parse,
 * the same path as `npm run parse`), on one core and on every core with worker threads. Prints medians.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { loadParseContext } from '../src/lib/bulletin/context-node';
import { parseBulletinBytes } from '../src/lib/bulletin/context';
import { generateArchive } from '../src/lib/demo/generate';
import { renderIssue } from '../src/lib/demo/render';
import { loadDemoAlliances } from '../src/lib/demo/archive-node';

const ISSUES = Number(process.env.BENCH_ISSUES ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The archive as file bytes, as `npm run parse` would read them. */
function archiveBytes(): Uint8Array[] {
	const issues = generateArchive({
		issues: ISSUES,
		seed: 1,
		alliances: loadDemoAlliances('data/alliances.csv'),
		latestReal: { year: 2026, number: 1, serial: ISSUES + 1, date: '2026-04-20' }
	});
	const enc = new TextEncoder();
	return issues.map((i) => enc.encode(renderIssue(i)));
}

/** Parse every file once on this thread; returns [ms, items, warnings]. */
function parseAll(files: Uint8Array[]): [number, number, number] {
	const ctx = loadParseContext('data');
	const t = performance.now();
	let items = 0;
	let warnings = 0;
	files.forEach((b, i) => {
		const p = parseBulletinBytes(b, `${i}.txt`, ctx);
		items += p.items.length;
		warnings += p.warnings.length;
	});
	return [performance.now() - t, items, warnings];
}

/** Parse the files split over `n` worker threads; wall time in ms of the timed pass. */
async function parseParallel(files: Uint8Array[], n: number): Promise<number> {
	const chunks = Array.from({ length: n }, (_, k) => files.filter((_, i) => i % n === k));
	// A worker does not inherit tsx's loader: register it, then load this file.
	const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(import.meta.url)}); })`;
	const workers = chunks.map((chunk) => new Worker(boot, { eval: true, workerData: chunk }));
	// Each worker loads its context and parses its share once untimed (as the one-thread run warms up), then waits.
	await Promise.all(workers.map((w) => new Promise((r) => w.once('message', r))));
	const t = performance.now();
	await Promise.all(
		workers.map(
			(w) =>
				new Promise<void>((resolve) => {
					w.once('message', () => resolve());
					w.postMessage('go');
				})
		)
	);
	const ms = performance.now() - t;
	await Promise.all(workers.map((w) => w.terminate()));
	return ms;
}

const { isMainThread, parentPort, workerData } = await import('node:worker_threads');
if (!isMainThread) {
	const ctx = loadParseContext('data');
	const files = workerData as Uint8Array[];
	const parse = () => files.forEach((b, i) => parseBulletinBytes(b, `${i}.txt`, ctx));
	parse();
	parentPort!.postMessage('ready');
	parentPort!.on('message', () => {
		parse();
		parentPort!.postMessage('done');
	});
} else {
	const files = archiveBytes();
	const mb = files.reduce((s, b) => s + b.length, 0) / 1e6;
	parseAll(files.slice(0, 100)); // warm up the JIT
	const single: number[] = [];
	let items = 0;
	let warnings = 0;
	for (let r = 0; r < RUNS; r++) {
		const [ms, n, w] = parseAll(files);
		single.push(ms);
		[items, warnings] = [n, w];
	}
	const cores = availableParallelism();
	const multi: number[] = [];
	for (let r = 0; r < RUNS; r++) multi.push(await parseParallel(files, cores));
	const s = median(single);
	const m = median(multi);
	console.log(
		`bench:parse — ${files.length} demo issues (${mb.toFixed(1)} MB), ${items} items, ${warnings} warnings, median of ${RUNS} runs`
	);
	console.log(
		`  1 thread : ${s.toFixed(0)} ms  → ${((files.length / s) * 1000).toFixed(0)} issues/s, ${((items / s) * 1000).toFixed(0)} items/s`
	);
	console.log(
		`  ${cores} threads: ${m.toFixed(0)} ms  → ${((files.length / m) * 1000).toFixed(0)} issues/s, ${((items / m) * 1000).toFixed(0)} items/s`
	);
	console.log(`  target: ≥ 2000 issues/s`);
}
