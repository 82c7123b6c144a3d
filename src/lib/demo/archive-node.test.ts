import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
	DemoArgsError,
	latestRealOf,
	loadDemoAlliances,
	parseDemoArgs,
	recentAlliances,
	writeDemoArchive,
	type DemoArgs
} from './archive-node';
import { REAL_LATEST } from './cadence';

const REAL = 'data/bulletins/2026-01.txt';
const realBytes = readFileSync(REAL);
const tmp = mkdtempSync(join(tmpdir(), 'alliance-pulse-demo-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const args = (out: string, issues = 12, seed = 5): DemoArgs => ({
	issues,
	seed,
	out: join(tmp, out),
	alliances: 'data/alliances.csv',
	real: REAL
});

describe('parseDemoArgs', () => {
	it('reads --flag value and --flag=value, with defaults', () => {
		expect(parseDemoArgs(['--issues', '24', '--seed', '7', '--out', 'x'])).toEqual({
			issues: 24,
			seed: 7,
			out: 'x',
			alliances: 'data/alliances.csv',
			real: 'data/bulletins/2026-01.txt'
		});
		expect(parseDemoArgs(['--issues=3', '--out=y'])).toMatchObject({
			issues: 3,
			seed: 1,
			out: 'y'
		});
		expect(parseDemoArgs(['--help'])).toBeNull();
	});

	it.each([
		[['--out', 'x'], '--issues is required'],
		[['--issues', '0', '--out', 'x'], '--issues must be a positive integer, got “0”'],
		[['--issues', '2.5', '--out', 'x'], '--issues must be a positive integer, got “2.5”'],
		[['--issues', 'ten', '--out', 'x'], '--issues must be a positive integer, got “ten”'],
		[['--issues', '-3', '--out', 'x'], '--issues must be a positive integer, got “-3”'],
		[
			['--issues', '3', '--seed', 'abc', '--out', 'x'],
			'--seed must be a whole number from 0 to 4294967295, got “abc”'
		],
		[
			['--issues', '3', '--seed', '4294967296', '--out', 'x'],
			'--seed must be a whole number from 0 to 4294967295'
		],
		[['--issues', '3'], '--out DIR is required'],
		[['--issues'], '--issues needs a value'],
		[['--issues', '--out', 'x'], '--issues needs a value'],
		[['--issues', '3', '--issues', '4', '--out', 'x'], '--issues given twice'],
		[['--count', '3'], 'unknown argument “--count”'],
		[['stray'], 'unknown argument “stray”']
	])('%j → %s', (argv, message) => {
		expect(() => parseDemoArgs(argv)).toThrow(DemoArgsError);
		expect(() => parseDemoArgs(argv)).toThrow(message);
	});
});

describe('the real issue', () => {
	const text = realBytes.toString('utf8');
	it('masthead gives the anchor of the synthetic archive', () => {
		expect(latestRealOf(text)).toEqual(REAL_LATEST);
		expect(latestRealOf('no masthead')).toBeNull();
	});

	it('names the 15 alliances of its items', () => {
		const recent = recentAlliances(text, loadDemoAlliances('data/alliances.csv'));
		expect(recent).toHaveLength(15);
		expect(recent).toEqual(
			expect.arrayContaining([
				'semiconductor-lighting',
				'meat-processing',
				'bim',
				'wapi',
				'housing'
			])
		);
		expect(recent).not.toContain('housing-technology');
	});
});

describe('writeDemoArchive', () => {
	it('writes N-1 synthetic issues and a byte-identical copy of the real one, oldest first', () => {
		const summary = writeDemoArchive(args('a'));
		expect(summary.files).toHaveLength(12);
		expect(summary.synthetic).toBe(11);
		expect(summary.files.at(-1)).toBe('2026-01.txt');
		expect(summary.files.every((f) => /^\d{4}-\d{2}\.txt$/.test(f))).toBe(true);
		expect([...summary.files].sort()).toEqual(summary.files);
		expect(readdirSync(join(tmp, 'a')).sort()).toEqual(summary.files);
		expect(readFileSync(join(tmp, 'a', '2026-01.txt')).equals(realBytes)).toBe(true);
		expect(summary.line).toMatch(
			/^demo: wrote 12 files to .*: 11 synthetic \(.*总第73–83期.*\) \+ real 2026-01\.txt \(总第84期\), seed 5, \d+ alliances$/
		);
		const last = readFileSync(join(tmp, 'a', summary.files.at(-2)!), 'utf8');
		expect(last).toContain('（总第83期）');
		expect(last).toContain('【合成数据 SYNTHETIC DEMO DATA】');
	});

	it('is deterministic: the same seed gives byte-identical files, another seed different ones', () => {
		const one = writeDemoArchive(args('b1', 20, 9));
		writeDemoArchive(args('b2', 20, 9));
		writeDemoArchive(args('c', 20, 10));
		for (const f of one.files) {
			const a = readFileSync(join(tmp, 'b1', f));
			expect(a.equals(readFileSync(join(tmp, 'b2', f)))).toBe(true);
		}
		const synthetic = one.files.slice(0, -1);
		const differs = synthetic.some((f) => {
			try {
				return !readFileSync(join(tmp, 'b1', f)).equals(readFileSync(join(tmp, 'c', f)));
			} catch {
				return true;
			}
		});
		expect(differs).toBe(true);
	});

	it('--issues 1 writes only the real issue', () => {
		expect(writeDemoArchive(args('d', 1)).files).toEqual(['2026-01.txt']);
	});

	it('notes other .txt files already in the folder', () => {
		writeDemoArchive(args('e', 3));
		writeFileSync(join(tmp, 'e', '1999-01.txt'), 'x');
		const again = writeDemoArchive(args('e', 3));
		expect(again.others).toEqual(['1999-01.txt']);
		expect(again.line).toContain('1 other .txt file(s)');
	});

	it('refuses what it cannot do, with a clear message', () => {
		expect(() => writeDemoArchive(args('f', 85))).toThrow('--issues must be at most 84');
		expect(() => writeDemoArchive({ ...args('f'), out: 'data/bulletins' })).toThrow(
			"must not be the real bulletin's folder"
		);
		expect(() => writeDemoArchive({ ...args('f'), real: 'nope.txt' })).toThrow(
			'real bulletin not found: nope.txt'
		);
		expect(() => writeDemoArchive({ ...args('f'), alliances: 'nope.csv' })).toThrow(
			'alliance registry not found'
		);
	});
});
