import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRegistry } from './registry-node';
import type { Mention } from './types';

const registry = loadRegistry('data');
const lines = readFileSync('data/bulletins/2026-01.txt', 'utf8')
	.split('\n')
	.map((l) => l.trim())
	.filter((l) => l.length > 0);

/** A mention as `text→id`, `text→body:id` or `text→?`. */
function show(m: Mention): string {
	const r = m.resolution;
	if (r.status === 'alliance') return `${m.text}→${r.alliance.id}`;
	if (r.status === 'body') return `${m.text}→body:${r.body}`;
	return `${m.text}→?`;
}

function mentions(text: string): string[] {
	return registry.findMentions(text).map(show);
}

describe('findMentions on the real bulletin 2026-01', () => {
	it('finds no unresolved name on any line', () => {
		const unresolved = lines.flatMap((l) =>
			registry
				.findMentions(l)
				.filter((m) => m.resolution.status === 'unresolved')
				.map((m) => `${m.text}  ← ${l.slice(0, 40)}`)
		);
		if (unresolved.length) console.log(unresolved.join('\n'));
		expect(unresolved).toEqual([]);
	});

	it('finds the body and the EV alliance in the 国联中心 title and body', () => {
		expect(mentions('国联中心联合电动汽车联盟赴京平谷调研电池循环产业')).toEqual([
			'国联中心→body:guolian-center',
			'电动汽车联盟→electric-vehicle'
		]);
		const body = lines.find((l) => l.includes('中关村国联产业协同发展创新中心携手')) ?? '';
		expect(mentions(body)).toEqual([
			'中关村国联产业协同发展创新中心→body:guolian-center',
			'电动汽车产业技术创新战略联盟→electric-vehicle'
		]);
	});

	it('finds the alliance of every contributed item in its title, body and attribution', () => {
		const from = lines.indexOf('★ 试点联盟及协发网网员单位动态');
		const titled = lines.slice(from + 1, from + 16);
		expect(titled.every((l) => l.startsWith('- '))).toBe(true);
		for (const l of titled) {
			expect(registry.findMentions(l)[0]?.resolution.status, l).toBe('alliance');
		}
		const attributions = lines.filter((l) => /^\(.+联盟秘书处供稿\)$/.test(l));
		expect(attributions).toHaveLength(15);
		for (const l of attributions)
			expect(registry.findMentions(l)[0]?.resolution.status, l).toBe('alliance');
	});

	it('reports the alliance, not the association, in the 化纤 body', () => {
		expect(mentions('化纤联盟理事长单位中国化学纤维工业协会联合东华大学')).toEqual([
			'化纤联盟→chemical-fibre'
		]);
	});

	it('finds both names of one alliance, with offsets into the text', () => {
		const text = '乌兰县期待与再生资源战略联盟发挥各自优势，到访再生资源产业技术创新战略联盟';
		const found = registry.findMentions(text);
		expect(found.map(show)).toEqual([
			'再生资源战略联盟→recycled-resources',
			'再生资源产业技术创新战略联盟→recycled-resources'
		]);
		for (const m of found) expect(text.slice(m.index, m.index + m.text.length)).toBe(m.text);
	});

	it('finds the digest attribution bodies', () => {
		expect(mentions('联盟协发网秘书处和联盟试点工作联络组摘述，信息来源：新华社')).toEqual([
			'联盟协发网秘书处→body:citisa',
			'联盟试点工作联络组→body:liaison-group'
		]);
	});
});

describe('findMentions on unknown and generic names', () => {
	it.each([
		['1月3日，由量子计算产业技术创新战略联盟主办的大会', ['量子计算产业技术创新战略联盟→?']],
		['量子联盟召开年度会议', ['量子联盟→?']],
		['[量子联盟]召开年度会议', ['量子联盟→?']],
		[
			'会议邀请了氢能产业联盟和储能技术创新战略联盟参加',
			['氢能产业联盟→?', '储能技术创新战略联盟→?']
		],
		['（量子计算产业技术创新战略联盟秘书处供稿）', ['量子计算产业技术创新战略联盟→?']],
		['携手中国电动汽车联盟', ['电动汽车联盟→electric-vehicle']],
		[
			'国家半导体照明产业技术创新战略联盟秘书处',
			['半导体照明产业技术创新战略联盟→semiconductor-lighting']
		],
		[
			'国聯中心聯合電動汽車聯盟赴京平谷調研',
			['国聯中心→body:guolian-center', '電動汽車聯盟→electric-vehicle']
		],
		['ＷＡＰＩ联盟发布报告', ['ＷＡＰＩ联盟→wapi']],
		[
			'水环境治理产业技术创新战略联盟走进华南绿色工业联盟',
			[
				'水环境治理产业技术创新战略联盟→water-environment',
				'华南绿色工业联盟→south-china-green-industry'
			]
		],
		[
			'调研组走访了干细胞与再生医学产业技术创新战略联盟',
			['干细胞与再生医学产业技术创新战略联盟→stem-cell']
		],
		['住宅科技联盟与住宅联盟', ['住宅科技联盟→housing-technology', '住宅联盟→housing']],
		[
			'第三代半导体联盟与半导体照明联盟',
			['第三代半导体联盟→third-gen-semiconductor', '半导体照明联盟→semiconductor-lighting']
		]
	])('%s', (text, expected) => {
		expect(mentions(text)).toEqual(expected);
	});

	it.each([
		'各联盟应不忘初心',
		'联盟将聚焦深化协同创新',
		'试点联盟动态',
		'要求各网员联盟深入开展',
		'该联盟、本联盟和联盟',
		'送：各试点产业技术创新战略联盟',
		'2025年度产业技术创新战略联盟活跃度评价工作有序推进',
		'由科技部试点联盟专家和部分熟悉联盟工作的外部专家组成',
		'通知严格强调联盟须依规运营',
		'出台联盟发展支持政策的重要依据'
	])('ignores the generic words in %s', (text) => {
		expect(mentions(text)).toEqual([]);
	});
});

describe('findMentions speed', () => {
	it('scans a bulletin body in well under 50 µs', () => {
		const bodies = lines.filter((l) => l.length > 100);
		const rounds = 400;
		for (const b of bodies) registry.findMentions(b);
		const t0 = performance.now();
		for (let i = 0; i < rounds; i++) for (const b of bodies) registry.findMentions(b);
		const perBody = ((performance.now() - t0) * 1000) / (rounds * bodies.length);
		console.log(`findMentions: ${perBody.toFixed(1)} µs per body (${bodies.length} bodies)`);
		expect(perBody).toBeLessThan(50);
	});
});
