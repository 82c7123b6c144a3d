import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAlliancesCsv } from './csv';
import { allianceExportRows, alliancesCsv, allianceRow, type AllianceCsvRow } from './export-rows';
import { createRegistry } from './registry';
import type { Alliance, UserAlias } from './types';

const registered = parseAlliancesCsv(readFileSync('data/alliances.csv', 'utf8'));
const wapi = registered.find((a) => a.id === 'wapi') as Alliance;
const bim = registered.find((a) => a.id === 'bim') as Alliance;

const quantum: Alliance = {
	id: 'quantum-communication',
	name: '量子通信产业技术创新战略联盟',
	shortNames: ['量子通信联盟'],
	aliases: [],
	acronym: null,
	domain: 'quantum communication'
};

const alias = (text: string, allianceId: string): UserAlias => ({ text, allianceId });

describe('allianceRow', () => {
	it.each<[string, Alliance, AllianceCsvRow]>([
		[
			'lists joined with |, acronym kept',
			bim,
			{
				id: 'bim',
				name: '建筑信息模型（BIM）产业技术创新战略联盟',
				short_names: '建筑信息模型联盟|BIM联盟',
				aliases: '建筑信息模型产业技术创新战略联盟|BIM产业技术创新战略联盟',
				acronym: 'BIM',
				domain: 'building information modelling'
			}
		],
		[
			'no acronym and no aliases: empty cells',
			quantum,
			{
				id: 'quantum-communication',
				name: '量子通信产业技术创新战略联盟',
				short_names: '量子通信联盟',
				aliases: '',
				acronym: '',
				domain: 'quantum communication'
			}
		]
	])('%s', (_, a, row) => {
		expect(allianceRow(a)).toEqual(row);
	});
});

describe('allianceExportRows', () => {
	it.each<
		[
			string,
			Alliance[],
			UserAlias[],
			{ action: string; id: string; aliases: string }[],
			UserAlias[]
		]
	>([
		['nothing stored: no rows', [], [], [], []],
		[
			'an alias of a registered alliance replaces its row with the alias appended',
			[],
			[alias('无线局域网鉴别与保密联盟', 'wapi')],
			[{ action: 'replace', id: 'wapi', aliases: '无线局域网鉴别与保密联盟' }],
			[]
		],
		[
			'aliases keep their order, after the existing ones; repeats and existing names are left out',
			[],
			[
				alias('建筑信息化联盟', 'bim'),
				alias('BIM联盟', 'bim'),
				alias(' 建筑信息化联盟 ', 'bim'),
				alias('BIM协会', 'bim')
			],
			[
				{
					action: 'replace',
					id: 'bim',
					aliases: '建筑信息模型产业技术创新战略联盟|BIM产业技术创新战略联盟|建筑信息化联盟|BIM协会'
				}
			],
			[]
		],
		[
			'an alias that is already a name of its alliance makes no row',
			[],
			[alias('WAPI联盟', 'wapi')],
			[],
			[]
		],
		[
			'replacements by id, then created alliances (with their aliases) in order created',
			[quantum, { ...quantum, id: 'aa-new', name: '新联盟甲', shortNames: [] }],
			[
				alias('量子联盟', 'quantum-communication'),
				alias('无线局域网鉴别与保密联盟', 'wapi'),
				alias('建筑信息化联盟', 'bim')
			],
			[
				{
					action: 'replace',
					id: 'bim',
					aliases: '建筑信息模型产业技术创新战略联盟|BIM产业技术创新战略联盟|建筑信息化联盟'
				},
				{ action: 'replace', id: 'wapi', aliases: '无线局域网鉴别与保密联盟' },
				{ action: 'add', id: 'quantum-communication', aliases: '量子联盟' },
				{ action: 'add', id: 'aa-new', aliases: '' }
			],
			[]
		],
		[
			'an alias of an alliance in neither list is an orphan, not a row',
			[],
			[alias('某某联盟', 'no-such-alliance')],
			[],
			[alias('某某联盟', 'no-such-alliance')]
		]
	])('%s', (_, created, aliases, expected, orphans) => {
		const out = allianceExportRows(registered, created, aliases);
		expect(
			out.rows.map((r) => ({ action: r.action, id: r.row.id, aliases: r.row.aliases }))
		).toEqual(expected);
		expect(out.orphans).toEqual(orphans);
	});

	it('keeps every other cell of a replaced row as data/alliances.csv has it', () => {
		const [only] = allianceExportRows(
			registered,
			[],
			[alias('无线局域网鉴别与保密联盟', 'wapi')]
		).rows;
		expect(only?.row).toEqual({ ...allianceRow(wapi), aliases: '无线局域网鉴别与保密联盟' });
	});
});

describe('alliancesCsv', () => {
	it('writes the file header and LF rows with a final newline, no BOM', () => {
		expect(alliancesCsv([allianceRow(quantum)])).toBe(
			'id,name,short_names,aliases,acronym,domain\n' +
				'quantum-communication,量子通信产业技术创新战略联盟,量子通信联盟,,,quantum communication\n'
		);
	});

	it('quotes a cell with a comma or a quote', () => {
		const row = allianceRow({ ...quantum, domain: 'quantum "secure", communication' });
		expect(alliancesCsv([row]).split('\n')[1]).toBe(
			'quantum-communication,量子通信产业技术创新战略联盟,量子通信联盟,,,"quantum ""secure"", communication"'
		);
	});

	it('round-trips: the file with its replaced rows swapped in and new rows appended parses, and the registry resolves the aliases', () => {
		const { rows } = allianceExportRows(
			registered,
			[quantum],
			[alias('无线局域网鉴别与保密联盟', 'wapi'), alias('量子联盟', 'quantum-communication')]
		);
		const replace = new Map(
			rows.filter((r) => r.action === 'replace').map((r) => [r.row.id, r.row])
		);
		const merged = [
			...registered.map((a) => replace.get(a.id) ?? allianceRow(a)),
			...rows.filter((r) => r.action === 'add').map((r) => r.row)
		];
		const parsed = parseAlliancesCsv(alliancesCsv(merged));
		expect(parsed).toHaveLength(registered.length + 1);
		const registry = createRegistry(parsed);
		const idOf = (name: string) => {
			const r = registry.resolve(name);
			return r.status === 'alliance' ? r.alliance.id : r.status;
		};
		expect(idOf('无线局域网鉴别与保密联盟')).toBe('wapi');
		expect(idOf('量子联盟')).toBe('quantum-communication');
		expect(idOf('量子通信产业技术创新战略联盟')).toBe('quantum-communication');
	});
});
