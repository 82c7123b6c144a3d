import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pdfToTextNode } from '../ingest/extract-node';
import { guessMapping } from './csv-items';
import { inspectCsv, isItemList, mapCsv, readBulletin, reparseSource } from './import-core';
import type { StoredSource } from './types';

const none = { userAliases: [], userAlliances: [] };
const bytes = (path: string) => new Uint8Array(readFileSync(path));

describe('readBulletin', () => {
	it.each(['2026-01.gb18030.txt', '2026-01.docx', '2026-01.pdf'])(
		'reads %s into the 26 items of 2026-01, with their keywords',
		async (file) => {
			const r = await readBulletin(bytes(`tests/fixtures/${file}`), file, none, pdfToTextNode);
			if (!r.ok) throw new Error(r.error);
			expect(r.parsed.issue.id).toBe('2026-01');
			expect(r.parsed.items).toHaveLength(26);
			expect(r.keywords).toHaveLength(26);
			expect(r.keywords[0]!.length).toBeGreaterThan(3);
			expect(r.hash).toMatch(/^[0-9a-f]{64}$/);
		}
	);
	it('says why a file is not a bulletin', async () => {
		const junk = await readBulletin(
			bytes('tests/fixtures/junk.bin'),
			'junk.txt',
			none,
			pdfToTextNode
		);
		expect(junk).toMatchObject({ ok: false, error: expect.stringMatching(/junk\.txt/) });
		const text = await readBulletin(
			new TextEncoder().encode('会议纪要\n\n没有刊头。'),
			'note.txt',
			none,
			pdfToTextNode
		);
		expect(text).toMatchObject({ ok: false, error: expect.stringMatching(/不是简报/) });
	});
});

describe('item lists', () => {
	it('are told apart by extension', () => {
		expect([isItemList('a.csv'), isItemList('A.TSV'), isItemList('a.txt')]).toEqual([
			true,
			true,
			false
		]);
	});
	it('inspect, then map', async () => {
		const inspect = await inspectCsv(bytes('tests/fixtures/items.csv'), 'items.csv');
		if (!inspect.ok) throw new Error(inspect.error);
		expect(inspect.headers).toEqual(['标题', '正文', '日期', '联盟', '栏目', '供稿单位']);
		expect(inspect.sample.map((r) => r.line)).toEqual([2, 3, 5, 6, 7]);
		const mapped = await mapCsv(
			bytes('tests/fixtures/items.csv'),
			'items.csv',
			guessMapping(inspect.headers),
			'csv',
			none
		);
		if (!mapped.ok) throw new Error(mapped.error);
		expect(mapped.issues.map((i) => i.issue.id)).toEqual(['csv-2025-11', 'csv-2025-12']);
		expect(mapped.keywords.map((k) => k.length)).toEqual([2, 2]);
		expect(mapped.rows).toBe(6);
		expect(mapped.errors.map((e) => e.line)).toEqual([6, 7]);
	});
	it('refuse a mapping without title or date', async () => {
		const mapped = await mapCsv(
			bytes('tests/fixtures/items.csv'),
			'items.csv',
			{ ...guessMapping(['标题']), title: 0, date: null },
			'csv',
			none
		);
		expect(mapped.ok).toBe(false);
	});
});

describe('reparseSource', () => {
	const text = readFileSync('data/bulletins/2026-01.txt', 'utf8');
	const source = (issueId: string | null): StoredSource => ({
		id: 'h',
		file: '2026-01.txt',
		format: 'txt',
		text,
		addedAt: '2026-04-20 10:00',
		issueId
	});
	it.each([
		['2026-01', '2026-01'],
		['2026-01b', '2026-01b'],
		// a stored id that is not a variant of the parsed one gives way to what the parser reads now
		['2025-07', '2026-01']
	])('stored as %s → %s', (stored, id) => {
		const [parsed] = reparseSource(source(stored), none);
		expect(parsed!.issue.id).toBe(id);
		expect(parsed!.items[0]!.id).toBe(`${id}-01`);
	});
	it('parses a stored item list again, with user aliases applied', async () => {
		const mapped = await mapCsv(
			bytes('tests/fixtures/items.csv'),
			'items.csv',
			guessMapping(['标题', '正文', '日期', '联盟', '栏目', '供稿单位']),
			'csv2',
			none
		);
		if (!mapped.ok) throw new Error(mapped.error);
		const stored = {
			...source(null),
			file: 'items.csv',
			format: 'csv' as const,
			text: JSON.stringify(mapped.stored)
		};
		expect(reparseSource(stored, none).map((i) => i.issue.id)).toEqual([
			'csv2-2025-11',
			'csv2-2025-12'
		]);
	});
});
