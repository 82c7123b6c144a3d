/** Write a synthetic bulletin archive to a folder (Node only): N-1 synthetic issues plus the real latest issue. */
import {
	copyFileSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	writeFileSync
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { allianceForms, parseAlliancesCsv } from '../registry/csv';
import type { Alliance } from '../registry/types';
import type { LatestReal } from './cadence';
import { generateArchive } from './generate';
import { renderIssue } from './render';

/** What `npm run demo` takes. */
export interface DemoArgs {
	/** Files to write: issues - 1 synthetic ones plus the real one. */
	issues: number;
	seed: number;
	out: string;
	/** The alliance registry CSV. */
	alliances: string;
	/** The real latest bulletin, copied byte for byte. */
	real: string;
}

/** A command-line mistake; the message says what to do. */
export class DemoArgsError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'DemoArgsError';
	}
}

/** Usage text for `npm run demo`. */
export const DEMO_USAGE = `usage: npm run demo -- --issues N --seed S --out DIR [--alliances data/alliances.csv] [--real data/bulletins/2026-01.txt]
  --issues N   files to write: N-1 synthetic issues plus a copy of the real latest issue (1 ≤ N ≤ its 总第 number)
  --seed S     whole number 0..4294967295 (default 1); the same seed gives byte-identical files
  --out DIR    folder to write YYYY-NN.txt files into (created if missing; not the real bulletin's folder)`;

const FLAGS = ['issues', 'seed', 'out', 'alliances', 'real'] as const;

/** Parse and check the arguments; `null` means --help was asked for. Throws DemoArgsError. */
export function parseDemoArgs(argv: string[]): DemoArgs | null {
	const raw: Partial<Record<(typeof FLAGS)[number], string>> = {};
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (arg === '--help' || arg === '-h') return null;
		const m = /^--([a-z]+)(?:=(.*))?$/.exec(arg);
		const name = m?.[1] as (typeof FLAGS)[number] | undefined;
		if (!m || !name || !FLAGS.includes(name)) throw new DemoArgsError(`unknown argument “${arg}”`);
		const value = m[2] ?? argv[++i];
		if (value === undefined || value.startsWith('--'))
			throw new DemoArgsError(`--${name} needs a value`);
		if (raw[name] !== undefined) throw new DemoArgsError(`--${name} given twice`);
		raw[name] = value;
	}
	if (raw.issues === undefined) throw new DemoArgsError('--issues is required');
	if (!/^\d+$/.test(raw.issues) || Number(raw.issues) < 1) {
		throw new DemoArgsError(`--issues must be a positive integer, got “${raw.issues}”`);
	}
	const seed = raw.seed ?? '1';
	if (!/^\d+$/.test(seed) || Number(seed) > 0xffffffff) {
		throw new DemoArgsError(`--seed must be a whole number from 0 to 4294967295, got “${seed}”`);
	}
	if (raw.out === undefined || raw.out.trim() === '')
		throw new DemoArgsError('--out DIR is required');
	return {
		issues: Number(raw.issues),
		seed: Number(seed),
		out: raw.out,
		alliances: raw.alliances ?? 'data/alliances.csv',
		real: raw.real ?? 'data/bulletins/2026-01.txt'
	};
}

/** The masthead of a real bulletin: 2026年第1期（总第84期） and its date line, or null. */
export function latestRealOf(text: string): LatestReal | null {
	const issue = /(\d{4})年第(\d{1,3})期（总第(\d{1,5})期）/.exec(text);
	const date = /^\s*(\d{4})年(\d{1,2})月(\d{1,2})日\s*$/m.exec(text);
	if (!issue || !date) return null;
	const pad = (s: string) => s.padStart(2, '0');
	return {
		year: Number(issue[1]),
		number: Number(issue[2]),
		serial: Number(issue[3]),
		date: `${date[1]}-${pad(date[2]!)}-${pad(date[3]!)}`
	};
}

/** Ids of alliances a text names (by full name, short name or alias of 3+ characters). */
export function recentAlliances(text: string, alliances: Alliance[]): string[] {
	return alliances
		.filter((a) =>
			allianceForms(a).some((f) => f.length >= 3 && f !== a.acronym && text.includes(f))
		)
		.map((a) => a.id);
}

/** Read the alliance registry CSV (data/alliances.csv). Throws RegistryDataError on a bad row. */
export function loadDemoAlliances(file = 'data/alliances.csv'): Alliance[] {
	return parseAlliancesCsv(readFileSync(file, 'utf8'), file);
}

/** What writeDemoArchive did. */
export interface DemoSummary {
	files: string[];
	synthetic: number;
	items: number;
	/** Other .txt files that were already in the folder. */
	others: string[];
	line: string;
}

/** `2025-06.txt`. */
function fileName(year: number, number: number): string {
	return `${year}-${String(number).padStart(2, '0')}.txt`;
}

/** Generate and write the archive; throws DemoArgsError when the inputs do not allow it. */
export function writeDemoArchive(args: DemoArgs): DemoSummary {
	if (!existsSync(args.real)) throw new DemoArgsError(`real bulletin not found: ${args.real}`);
	if (!existsSync(args.alliances))
		throw new DemoArgsError(`alliance registry not found: ${args.alliances}`);
	if (resolve(args.out) === resolve(dirname(args.real))) {
		throw new DemoArgsError(
			`--out must not be the real bulletin's folder (${dirname(args.real)}): pick another folder`
		);
	}
	const realText = readFileSync(args.real, 'utf8');
	const latest = latestRealOf(realText);
	if (!latest)
		throw new DemoArgsError(`${args.real} has no “YYYY年第N期（总第N期）” masthead and date line`);
	if (args.issues > latest.serial) {
		throw new DemoArgsError(
			`--issues must be at most ${latest.serial}: the real issue is 总第${latest.serial}期, so at most ${latest.serial - 1} synthetic issues fit before it`
		);
	}
	const alliances = loadDemoAlliances(args.alliances);
	const issues = generateArchive({
		issues: args.issues - 1,
		seed: args.seed,
		alliances,
		latestReal: latest,
		recent: recentAlliances(realText, alliances)
	});

	mkdirSync(args.out, { recursive: true });
	const files: string[] = [];
	let items = 0;
	for (const issue of issues) {
		const name = fileName(issue.year, issue.number);
		writeFileSync(join(args.out, name), renderIssue(issue), 'utf8');
		files.push(name);
		items +=
			issue.sections.policy.length + issue.sections.liaison.length + issue.sections.alliance.length;
	}
	const realName = fileName(latest.year, latest.number);
	copyFileSync(args.real, join(args.out, realName));
	files.push(realName);
	const written = new Set(files);
	const others = readdirSync(args.out).filter((f) => f.endsWith('.txt') && !written.has(f));

	const first = issues[0];
	const last = issues[issues.length - 1];
	const span =
		first && last
			? ` (${first.year}年第${first.number}期…${last.year}年第${last.number}期, 总第${first.serial}–${last.serial}期, ${first.date}…${last.date}, ${items} items)`
			: '';
	const note =
		others.length > 0 ? `; note: ${others.length} other .txt file(s) already in the folder` : '';
	const line = `demo: wrote ${files.length} file${files.length === 1 ? '' : 's'} to ${args.out}: ${issues.length} synthetic${span} + real ${realName} (总第${latest.serial}期), seed ${args.seed}, ${alliances.length} alliances${note}`;
	return { files, synthetic: issues.length, items, others, line };
}
