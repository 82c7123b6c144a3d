/** A small hand-built archive for the db tests: 2 issues, 5 items, 2 alliances, 2 topics. */
import type { ParsedIssue, ParsedItem } from '../bulletin/types';
import type { ArchiveInput, ArchiveIssue } from './load';

function item(id: string, fields: Partial<ParsedItem>): ParsedItem {
	return {
		id,
		section: 'alliance',
		seq: Number(id.slice(-2)),
		title: `标题 ${id}`,
		body: `正文 ${id}`,
		attribution: null,
		kind: null,
		contributor: null,
		infoSource: null,
		alliances: [],
		topics: [],
		eventDate: null,
		eventPrecision: null,
		line: 10,
		...fields
	};
}

const LIGHT = { id: 'semiconductor-lighting', name: '半导体照明产业技术创新战略联盟' };
const STEEL = { id: 'steel', name: '钢铁可循环流程技术创新战略联盟' };

/** 2026-01: a policy item, an item by both alliances with two topics, an item with no contributor. */
export const issue1: ParsedIssue = {
	issue: {
		id: '2026-01',
		title: '产业技术创新战略联盟试点工作简报',
		year: 2026,
		number: 1,
		serial: 101,
		date: '2026-01-01',
		publisher: '联络组',
		editor: '张三',
		reviewer: '李四',
		signer: '王五',
		synthetic: true
	},
	items: [
		item('2026-01-01', { section: 'policy', title: '政策：关于推动创新联盟发展的意见' }),
		item('2026-01-02', {
			attribution: '（半导体照明联盟、钢铁联盟供稿）',
			kind: 'contributed',
			contributor: '半导体照明联盟、钢铁联盟',
			alliances: [
				{ ...LIGHT, role: 'contributor', text: '半导体照明联盟' },
				{ ...STEEL, role: 'contributor', text: '钢铁联盟' },
				{ ...STEEL, role: 'mentioned', text: '钢铁联盟' }
			],
			topics: [
				{ id: 'meeting', words: ['年会', '会议'] },
				{ id: 'standard', words: ['标准'] }
			],
			eventDate: '2025-12-20',
			eventPrecision: 'day'
		}),
		item('2026-01-03', { section: 'liaison', topics: [{ id: 'meeting', words: ['会议'] }] })
	],
	warnings: [
		{ code: 'no-attribution', message: '条目没有供稿署名', line: 40, text: '联络组召开会议' }
	],
	unresolved: [
		{
			text: '某某联盟',
			itemId: '2026-01-03',
			role: 'mentioned',
			suggestions: [{ id: 'steel', name: STEEL.name }]
		}
	]
};

/** 2026-02: one item by the lighting alliance, one by steel; event date with month precision. */
export const issue2: ParsedIssue = {
	issue: {
		id: '2026-02',
		title: '产业技术创新战略联盟试点工作简报',
		year: 2026,
		number: 2,
		serial: null,
		date: '2026-04-20',
		publisher: null,
		editor: null,
		reviewer: null,
		signer: null,
		synthetic: true
	},
	items: [
		item('2026-02-01', {
			kind: 'contributed',
			contributor: '半导体照明联盟',
			alliances: [{ ...LIGHT, role: 'contributor', text: '半导体照明联盟' }],
			topics: [{ id: 'standard', words: ['团体标准'] }],
			eventDate: '2026-03',
			eventPrecision: 'month'
		}),
		item('2026-02-02', {
			kind: 'digest',
			infoSource: '钢铁联盟',
			alliances: [{ ...STEEL, role: 'contributor', text: '钢铁联盟' }]
		})
	],
	warnings: [],
	unresolved: []
};

/** The issue wrapped as a stored file. */
export function archiveIssue(parsed: ParsedIssue): ArchiveIssue {
	return { parsed, sourceFile: `${parsed.issue.id}.txt`, contentHash: `hash-${parsed.issue.id}` };
}

/** The whole small archive. */
export const archive: ArchiveInput = {
	issues: [archiveIssue(issue1), archiveIssue(issue2)],
	alliances: [
		{ ...LIGHT, shortNames: ['半导体照明联盟'], aliases: [], acronym: 'CSA', domain: '新材料' },
		{
			...STEEL,
			shortNames: ['钢铁联盟'],
			aliases: ['钢铁可循环联盟'],
			acronym: null,
			domain: '冶金',
			userCreated: true
		}
	],
	topics: [
		{
			id: 'meeting',
			zh: '会议活动',
			en: 'Meetings',
			dimension: 'exchange',
			sections: ['alliance', 'liaison'],
			keywords: ['会议', '年会']
		},
		{
			id: 'standard',
			zh: '标准制定',
			en: 'Standards',
			dimension: 'innovation',
			sections: ['alliance'],
			keywords: ['标准']
		}
	]
};
