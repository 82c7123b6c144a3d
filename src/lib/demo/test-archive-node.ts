/** For tests (Node only): a seeded demo archive in a temporary folder, opened as a Db. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bulletinFiles, openArchiveDb } from '../archive/archive-node';
import type { Db } from '../db/types';
import { writeDemoArchive } from './archive-node';

/**
 * For tests: a seeded demo archive of `issues` issues before the real bulletin (data/), written to a temporary folder
 * and opened as a Db. `close` closes it and removes the folder.
 */
export async function openDemoArchive(
	issues: number,
	seed: number
): Promise<{ db: Db; close(): Promise<void> }> {
	const dir = mkdtempSync(join(tmpdir(), 'pulse-demo-'));
	try {
		writeDemoArchive({
			issues,
			seed,
			out: dir,
			alliances: 'data/alliances.csv',
			real: 'data/bulletins/2026-01.txt'
		});
		const db = await openArchiveDb(bulletinFiles(dir));
		return {
			db,
			close: async () => {
				await db.close();
				rmSync(dir, { recursive: true, force: true });
			}
		};
	} catch (error) {
		rmSync(dir, { recursive: true, force: true });
		throw error;
	}
}
