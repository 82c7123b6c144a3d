import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createParseContext } from '../bulletin/context';
import { loadTopics } from '../bulletin/context-node';
import { parseBulletinFile } from '../ingest/extract-node';
import { loadArchive } from '../db/load';
import { openNodeDb } from '../db/node';
import { migrate } from '../db/schema';
import type { Db } from '../db/types';
import { createRegistry } from '../registry/registry';
import { loadRegistry } from '../registry/registry-node';
import { applyAlias, replaceUserAlliances, unresolvedNameTexts } from './aliases';

const full = loadRegistry('data');
const topics = loadTopics('data');
const MISSING = 'semiconductor-lighting';

/** The real bulletin parsed with a registry that lacks one alliance, stored with the full alliance table. */
async function openDb(
	registryAlliances = full.alliances.filter((a) => a.id !== MISSING)
): Promise<Db> {
	const ctx = createParseContext(createRegistry(registryAlliances, full.bodies), topics);
	const parsed = await parseBulletinFile(
		new Uint8Array(readFileSync('data/bulletins/2026-01.txt')),
		'2026-01.txt',
		ctx
	);
	const db = await openNodeDb();
	await migrate(db);
	await loadArchive(db, {
		issues: [{ parsed, sourceFile: '2026-01.txt', contentHash: 'x' }],
		alliances: full.alliances,
		topics
	});
	return db;
}

const links = (db: Db) =>
	db.query<{ item_id: string; alliance_id: string; role: string }>(
		'SELECT item_id, alliance_id, role FROM item_alliances ORDER BY ALL'
	);
const agg = (db: Db) =>
	db.query(
		'SELECT alliance_id, contributors, tmask, issue_id, section, items FROM agg_facts ORDER BY ALL'
	);

let partial: Db;
let complete: Db;
beforeAll(async () => {
	[partial, complete] = await Promise.all([openDb(), openDb(full.alliances)]);
});
afterAll(async () => {
	await partial?.close();
	await complete?.close();
});

describe('applyAlias', () => {
	it('turns every unresolved occurrence of a name into the alliance, as if the registry had known it', async () => {
		const texts = await unresolvedNameTexts(partial);
		expect(texts.length).toBeGreaterThan(0);
		const semiconductor = texts.filter(
			(t) =>
				full.resolve(t).status === 'alliance' &&
				(full.resolve(t) as { alliance: { id: string } }).alliance.id === MISSING
		);
		expect(semiconductor.length).toBeGreaterThan(0);
		for (const text of semiconductor)
			expect(await applyAlias(partial, text, MISSING)).toEqual(['2026-01']);
		expect(await links(partial)).toEqual(await links(complete));
		expect(await agg(partial)).toEqual(await agg(complete));
		expect(await unresolvedNameTexts(partial)).toEqual(await unresolvedNameTexts(complete));
		const warnings = (db: Db) =>
			db.query("SELECT count(*)::INTEGER AS n FROM parse_warnings WHERE code = 'unresolved-name'");
		expect(await warnings(partial)).toEqual(await warnings(complete));
	});
	it('does nothing for a name that is not unresolved', async () => {
		expect(await applyAlias(complete, '没有这个名字', MISSING)).toEqual([]);
	});
});

describe('replaceUserAlliances', () => {
	it('adds user-created alliances, replaces them, and refuses an id that exists', async () => {
		const mine = {
			id: 'my-alliance',
			name: '我的产业技术创新战略联盟',
			shortNames: ['我的联盟'],
			aliases: [],
			acronym: null,
			domain: ''
		};
		await replaceUserAlliances(complete, [mine]);
		expect(
			await complete.query(
				'SELECT id, name, short_names, user_created FROM alliances WHERE user_created'
			)
		).toEqual([
			{
				id: 'my-alliance',
				name: '我的产业技术创新战略联盟',
				short_names: ['我的联盟'],
				user_created: true
			}
		]);
		await replaceUserAlliances(complete, []);
		expect(await complete.query('SELECT id FROM alliances WHERE user_created')).toEqual([]);
		await expect(replaceUserAlliances(complete, [{ ...mine, id: MISSING }])).rejects.toThrow(
			/已存在/
		);
		expect(await complete.query('SELECT count(*)::INTEGER AS n FROM alliances')).toEqual([
			{ n: full.alliances.length }
		]);
	});
});
