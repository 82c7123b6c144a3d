import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb } from '../db/node';
import { migrate } from '../db/schema';
import { loadArchive } from '../db/load';
import type { Db } from '../db/types';
import { parseAlliancesCsv } from '../registry/csv';
import { allianceRecords } from './alliance-records';

const registered = parseAlliancesCsv(readFileSync('data/alliances.csv', 'utf8'));
const quantum = {
	id: 'quantum-communication',
	name: '量子通信产业技术创新战略联盟',
	shortNames: ['量子通信联盟'],
	aliases: [],
	acronym: null,
	domain: 'quantum communication',
	userCreated: true
};

let db: Db;
beforeAll(async () => {
	db = await openNodeDb();
	await migrate(db);
	await loadArchive(db, { issues: [], alliances: [...registered, quantum], topics: [] });
});
afterAll(() => db?.close());

describe('allianceRecords', () => {
	it('gives every alliance of data/alliances.csv as the file has it, and a created one flagged', async () => {
		const rows = await allianceRecords(db);
		expect(rows).toHaveLength(registered.length + 1);
		const byId = new Map(rows.map((r) => [r.id, r]));
		for (const a of registered) expect(byId.get(a.id)).toEqual({ ...a, userCreated: false });
		expect(byId.get('quantum-communication')).toEqual(quantum);
		expect(rows.map((r) => r.id)).toEqual([...rows.map((r) => r.id)].sort());
	});
});
