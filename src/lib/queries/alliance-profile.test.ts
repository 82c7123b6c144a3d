import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openArchiveDb } from '../archive/archive-node';
import type { Db } from '../db/types';
import { allianceProfile } from './alliance-profile';

let db: Db;
beforeAll(async () => {
	db = await openArchiveDb(['data/bulletins/2026-01.txt']);
});
afterAll(async () => db?.close());

describe('allianceProfile', () => {
	it('gives every name of a registered alliance and its domain', async () => {
		const p = await allianceProfile(db, 'semiconductor-lighting');
		expect(p).toEqual({
			id: 'semiconductor-lighting',
			name: '半导体照明产业技术创新战略联盟',
			shortNames: ['半导体照明联盟', '半导体联盟'],
			aliases: ['国家半导体照明工程研发及产业联盟'],
			acronym: 'CSA',
			domain: 'semiconductor lighting (LED)',
			userCreated: false
		});
	});

	it('answers null for an id that is not registered, binding it as a value', async () => {
		await expect(allianceProfile(db, 'no-such-alliance')).resolves.toBeNull();
		await expect(allianceProfile(db, "x' OR 1=1 --")).resolves.toBeNull();
	});
});
