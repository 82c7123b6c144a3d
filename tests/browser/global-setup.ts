/**
 * Browser tests' setup: build the app once (into .test-build, without brotli, only when sources changed),
 * serve it on 127.0.0.1, and hand the URL to the tests. A lock keeps parallel runs from building at once.
 */
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmdirSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveBuild } from './server';

const OUT = '.test-build';

function sourcesHash(): string {
	const hash = createHash('sha256');
	const walk = (dir: string) => {
		for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
			a.name.localeCompare(b.name)
		)) {
			const p = join(dir, e.name);
			if (e.isDirectory()) walk(p);
			else hash.update(p).update(readFileSync(p));
		}
	};
	for (const d of ['src', 'static']) walk(d);
	for (const f of ['svelte.config.js', 'vite.config.ts', 'package-lock.json'])
		hash.update(readFileSync(f));
	return hash.digest('hex');
}

async function withLock<T>(fn: () => T): Promise<T> {
	const lock = `${OUT}.lock`;
	for (let i = 0; ; i++) {
		try {
			mkdirSync(lock);
			break;
		} catch {
			// A lock older than 15 minutes belongs to a run that died.
			if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 15 * 60_000) rmdirSync(lock);
			await new Promise((r) => setTimeout(r, 1000));
		}
	}
	try {
		return fn();
	} finally {
		rmdirSync(lock);
	}
}

export default async function setup(project: TestProject) {
	await withLock(() => {
		const hash = sourcesHash();
		const stamp = join(OUT, '.stamp');
		if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return;
		execSync('npx vite build', {
			stdio: 'inherit',
			env: { ...process.env, PULSE_BUILD_DIR: OUT, PULSE_FAST_BUILD: '1' }
		});
		writeFileSync(stamp, hash);
	});
	const { url, server } = await serveBuild(OUT);
	project.provide('baseUrl', url);
	return () => new Promise<void>((r) => server.close(() => r()));
}

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}
