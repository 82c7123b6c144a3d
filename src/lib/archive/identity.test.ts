import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadParseContext } from '../bulletin/context-node';
import { parseBulletinFile } from '../ingest/extract-node';
import {
	allowedActions,
	contentKey,
	findDuplicates,
	nextVariantId,
	renameIssue,
	variantBase,
	type Candidate,
	type KnownIssue
} from './identity';

const ctx = loadParseContext('data');
const parse = async (path: string) =>
	parseBulletinFile(new Uint8Array(readFileSync(path)), path, ctx);

describe('contentKey', () => {
	it('is the same for the real bulletin as text, GB18030, .docx and .pdf (the PDF adds spaces)', async () => {
		const keys = await Promise.all(
			[
				'data/bulletins/2026-01.txt',
				'tests/fixtures/2026-01.gb18030.txt',
				'tests/fixtures/2026-01.docx',
				'tests/fixtures/2026-01.pdf'
			].map(async (p) => contentKey((await parse(p)).items))
		);
		expect(new Set(keys).size).toBe(1);
	});
	it('differs when a title changes', () => {
		expect(contentKey([{ section: 'policy', title: '甲', body: '乙' }])).not.toBe(
			contentKey([{ section: 'policy', title: '丙', body: '乙' }])
		);
	});
});

describe('variant ids', () => {
	it.each([
		['2026-01', [], '2026-01b'],
		['2026-01', ['2026-01b'], '2026-01c']
	])('%s with %j taken → %s', (id, taken, expected) =>
		expect(nextVariantId(id, new Set(taken))).toBe(expected)
	);
	it.each([
		['2026-01b', '2026-01'],
		['2026-01', null],
		['2026-01-02', null],
		['abc', null]
	])('variantBase(%s) → %s', (id, expected) => expect(variantBase(id)).toBe(expected));
	it('renames every item and unresolved name', async () => {
		const parsed = await parse('data/bulletins/2026-01.txt');
		const renamed = renameIssue(parsed, '2026-01b');
		expect(renamed.issue.id).toBe('2026-01b');
		expect(renamed.items.map((i) => i.id).slice(0, 2)).toEqual(['2026-01b-01', '2026-01b-02']);
		expect(renamed.items.every((i) => i.id.startsWith('2026-01b-'))).toBe(true);
		expect(parsed.issue.id).toBe('2026-01');
	});
});

describe('findDuplicates', () => {
	const known: KnownIssue[] = [
		{ id: '2026-01', contentHash: 'h1', key: 'k1' },
		{ id: '2025-24', contentHash: 'h2' }
	];
	const c = (file: string, hash: string, id: string, key: string): Candidate => ({
		file,
		hash,
		issues: [{ id, key }]
	});
	it.each<[string, Candidate[], ReturnType<typeof findDuplicates>]>([
		['new issue', [c('a.txt', 'h9', '2026-02', 'k9')], [null]],
		[
			'same bytes',
			[c('a.txt', 'h1', '2026-01', 'k1')],
			[{ kind: 'same-hash', existingIssueId: '2026-01' }]
		],
		[
			'same content, other format',
			[c('a.pdf', 'h7', '2026-01', 'k1')],
			[{ kind: 'same-content', existingIssueId: '2026-01' }]
		],
		[
			'same number, other content',
			[c('a.txt', 'h7', '2026-01', 'kX')],
			[{ kind: 'same-issue', existingIssueId: '2026-01' }]
		],
		[
			'the same file twice in one import',
			[c('a.txt', 'h9', '2026-02', 'k9'), c('b.txt', 'h9', '2026-02', 'k9')],
			[null, { kind: 'same-hash', existingIssueId: '2026-02', batchFile: 'a.txt' }]
		],
		[
			'two formats of a new issue in one import',
			[
				c('a.txt', 'h8', '2026-02', 'k9'),
				c('a.docx', 'h9', '2026-02', 'k9'),
				c('c.txt', 'h10', '2026-02', 'kZ')
			],
			[
				null,
				{ kind: 'same-content', existingIssueId: '2026-02', batchFile: 'a.txt' },
				{ kind: 'same-issue', existingIssueId: '2026-02', batchFile: 'a.txt' }
			]
		]
	])('%s', (_, candidates, expected) =>
		expect(findDuplicates(candidates, known)).toEqual(expected)
	);
});

describe('allowedActions', () => {
	it('offers keep-both only when the content truly differs', () => {
		expect(allowedActions(null)).toEqual(['add', 'skip']);
		expect(allowedActions({ kind: 'same-hash', existingIssueId: 'x' })).toEqual([
			'skip',
			'replace'
		]);
		expect(allowedActions({ kind: 'same-content', existingIssueId: 'x' })).toEqual([
			'skip',
			'replace'
		]);
		expect(allowedActions({ kind: 'same-issue', existingIssueId: 'x' })).toEqual([
			'skip',
			'replace',
			'keep-both'
		]);
	});
});
