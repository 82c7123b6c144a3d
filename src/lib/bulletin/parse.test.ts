import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadParseContext } from './context-node';
import { parseBulletinBytes } from './context';
import { parseBulletin } from './parse';
import type { ParsedIssue, ParsedItem } from './types';

const ctx = loadParseContext('data');
const bytes = (f: string) => new Uint8Array(readFileSync(f));
const real = parseBulletinBytes(bytes('data/bulletins/2026-01.txt'), '2026-01.txt', ctx);
const contributors = (it: ParsedItem) =>
	it.alliances.filter((a) => a.role === 'contributor').map((a) => a.id);

describe('the real bulletin 2026-01', () => {
	it('has the masthead a reader sees', () => {
		expect(real.issue).toMatchObject({
			id: '2026-01',
			title: '产业技术创新战略联盟试点工作简报',
			year: 2026,
			number: 1,
			serial: 84,
			date: '2026-04-20',
			publisher: '联盟试点工作联络组办公室',
			editor: '杨丹泽',
			reviewer: '尚辉良',
			signer: '李新男',
			synthetic: false
		});
	});

	it('parses into 26 items: 8 policy, 3 liaison, 15 alliance, with no warnings', () => {
		expect(real.items).toHaveLength(26);
		const count = (s: string) => real.items.filter((i) => i.section === s).length;
		expect([count('policy'), count('liaison'), count('alliance')]).toEqual([8, 3, 15]);
		expect(real.warnings).toEqual([]);
		expect(real.unresolved).toEqual([]);
	});

	// Each policy item: title, information source, event date.
	const policy: [string, string, string][] = [
		['习近平总书记：建设社会主义现代化强国，关键在科技自立自强', '新华社', '2026-02-09'],
		['李强总理主持国务院第十九次专题学习', '中国政府网', '2026-04-20'],
		['丁薛祥副总理出席2026中关村论坛年会开幕式并致辞', '中国政府网', '2026-03-25'],
		['四部门联合提出20项政策举措推动科技保险高质量发展', '科技部', '2026-02-23'],
		['科技部修订并发布《科学技术活动违规行为调查处理规定》', '科技部', '2026-03-20'],
		[
			'科技部印发新版《国家重大科研基础设施和大型科研仪器开放共享评价考核实施细则》',
			'科技部',
			'2026-02-01'
		],
		['央行、科技部等四部门联合召开科技金融工作交流推进会', '科技部', '2026-03-31'],
		['九部门联合印发推动物联网产业创新发展三年行动方案', '工信部', '2026-03-16']
	];
	it.each(policy.map((p, i) => [i + 1, ...p] as const))(
		'policy item %i: %s is a digest from %s dated %s',
		(seq, title, source, date) => {
			const it = real.items[seq - 1]!;
			expect(it).toMatchObject({
				section: 'policy',
				seq,
				title,
				kind: 'digest',
				infoSource: source
			});
			expect(it.contributor).toBe('联盟协发网秘书处和联盟试点工作联络组');
			expect(it.eventDate).toBe(date);
			expect(it.eventPrecision).toBe('day');
			expect(it.alliances).toEqual([]);
			expect(it.topics.length).toBeGreaterThan(0);
		}
	);

	it('has three liaison items contributed by the network, none by an alliance', () => {
		const liaison = real.items.filter((i) => i.section === 'liaison');
		expect(liaison.map((i) => i.title)).toEqual([
			'2025年度产业技术创新战略联盟活跃度评价工作有序推进',
			'联盟协发网启动内部治理自查自纠工作',
			'国联中心联合电动汽车联盟赴京平谷调研电池循环产业'
		]);
		expect(liaison.every((i) => i.kind === 'contributed' && contributors(i).length === 0)).toBe(
			true
		);
		expect(liaison[2]!.contributor).toBe('联盟协发网秘书处');
		// The 国联中心 item names the EV alliance without being contributed by it.
		expect(liaison[2]!.alliances.map((a) => `${a.id}:${a.role}`).sort()).toEqual([
			'electric-vehicle:mentioned',
			'electric-vehicle:subject'
		]);
		expect(liaison[2]!.topics.map((t) => t.id)).toContain('visits');
		expect(liaison[2]!.eventDate).toBe('2026-04-02');
	});

	// Each alliance item: title, the one contributing alliance, the attribution's name, event date and precision, a main activity type.
	const alliance: [string, string, string, string | null, string | null, string][] = [
		[
			'半导体照明联盟6项团标纳入国标采信计划',
			'semiconductor-lighting',
			'半导体照明产业技术创新战略联盟秘书处',
			null,
			null,
			'standards'
		],
		[
			'粉末冶金联盟召开2026年度标准工作启动会',
			'powder-metallurgy',
			'粉末冶金产业技术创新战略联盟秘书处',
			null,
			null,
			'standards'
		],
		[
			'化纤联盟启动纤维流行趋势下游合作伙伴推荐活动',
			'chemical-fibre',
			'化纤产业技术创新战略联盟秘书处',
			null,
			null,
			'services'
		],
		[
			'再生资源战略联盟与青海省乌兰县政府深化合作',
			'recycled-resources',
			'再生资源产业技术创新战略联盟秘书处',
			'2026-03-17',
			'day',
			'cooperation'
		],
		[
			'应急救援装备联盟成立城市消防等8个专委会',
			'emergency-rescue-equipment',
			'应急装备产业技术创新战略联盟秘书处',
			'2025-01-01',
			'year',
			'committees'
		],
		[
			'汽车轻量化联盟启动热成形钢项目',
			'auto-lightweighting',
			'汽车轻量化产业技术创新战略联盟秘书处',
			'2026-01-29',
			'day',
			'projects'
		],
		[
			'电动汽车联盟筹备低空动力工作组',
			'electric-vehicle',
			'电动汽车产业技术创新战略联盟秘书处',
			'2026-01-06',
			'day',
			'committees'
		],
		[
			'视觉智能联盟召开2025年度理事会工作会议',
			'visual-intelligence',
			'视觉智能产业技术创新战略联盟秘书处',
			'2026-01-21',
			'day',
			'governance'
		],
		[
			'第三代半导体联盟举办半导体产业CEO大会',
			'third-gen-semiconductor',
			'第三代半导体产业技术创新战略联盟秘书处',
			'2026-01-19',
			'day',
			'events'
		],
		[
			'肉类加工联盟揭榜国家级检验项目',
			'meat-processing',
			'肉类加工产业技术创新战略联盟秘书处',
			null,
			null,
			'projects'
		],
		[
			'闪联联盟召开两项国际标准研讨会',
			'igrs',
			'闪联产业技术创新战略联盟秘书处',
			'2026-01-12',
			'day',
			'international'
		],
		[
			'建筑信息模型联盟开展智能建造标准体系研究',
			'bim',
			'BIM产业技术创新战略联盟秘书处',
			'2026-01-01',
			'year',
			'standards'
		],
		[
			'污泥处理处置联盟举办TOCB技术观摩会',
			'sludge-treatment',
			'污泥处理处置产业技术创新战略联盟秘书处',
			'2026-01-11',
			'day',
			'events'
		],
		[
			'WAPI联盟发布市场应用洞察报告',
			'wapi',
			'WAPI产业技术创新战略联盟秘书处',
			'2026-02-01',
			'month',
			'research'
		],
		[
			'住宅联盟标准《居住类建筑防控病原微生物技术标准图集》 正式启动',
			'housing',
			'住宅产业技术创新战略联盟秘书处',
			'2026-04-02',
			'day',
			'standards'
		]
	];
	it.each(alliance.map((a, i) => [i + 12, ...a] as const))(
		'alliance item %i: %s, contributed by %s',
		(seq, title, id, contributor, date, precision, type) => {
			const it = real.items[seq - 1]!;
			expect(it).toMatchObject({
				section: 'alliance',
				seq,
				title,
				kind: 'contributed',
				contributor,
				infoSource: null
			});
			expect(it.id).toBe(`2026-01-${seq}`);
			// Exactly one contributor, the same alliance the title names.
			expect(contributors(it)).toEqual([id]);
			expect(it.alliances.filter((a) => a.role === 'subject').map((a) => a.id)).toEqual([id]);
			expect([it.eventDate, it.eventPrecision]).toEqual([date, precision]);
			expect(it.topics.map((t) => t.id)).toContain(type);
			for (const t of it.topics) for (const w of t.words) expect(it.title + it.body).toContain(w);
		}
	);

	it('gives 15 distinct contributing alliances', () => {
		expect(new Set(real.items.flatMap(contributors)).size).toBe(15);
	});

	it('keeps every body paragraph of an item, verbatim', () => {
		const it = real.items.find((i) => i.title.startsWith('国联中心'))!;
		expect(it.body.startsWith('4月2日，为协助民革北京市委')).toBe(true);
		expect(it.body.endsWith('共建绿色循环产业链达成重要共识。')).toBe(true);
		const source = readFileSync('data/bulletins/2026-01.txt', 'utf8');
		for (const item of real.items) expect(source).toContain(item.body);
	});
});

/** The facts a reader compares between two copies of one bulletin. */
const facts = (p: ParsedIssue) =>
	p.items.map((i) => ({
		title: i.title.replace(/\s/g, ''),
		body: i.body.replace(/\s/g, ''),
		section: i.section,
		attribution: i.attribution,
		alliances: i.alliances,
		topics: i.topics,
		eventDate: i.eventDate
	}));

describe('the same bulletin in other encodings and forms', () => {
	it.each([
		'tests/fixtures/2026-01.gb18030.txt',
		'tests/fixtures/2026-01.bom.txt',
		'tests/fixtures/2026-01.crlf.txt',
		'tests/fixtures/2026-01.utf16le.txt',
		'tests/fixtures/2026-01.pdf.txt'
	])('%s parses to the same items with no warnings', (file) => {
		const p = parseBulletinBytes(bytes(file), file, ctx);
		expect(p.issue).toEqual(real.issue);
		expect(facts(p)).toEqual(facts(real));
		expect(p.warnings).toEqual([]);
	});

	it('finds titles in text whose line breaks were lost', () => {
		const text = readFileSync('data/bulletins/2026-01.txt', 'utf8');
		const [head, body] = [text.slice(0, text.indexOf('➤')), text.slice(text.indexOf('➤'))];
		// Glue every body line to the next, as a careless copy from a web page does.
		const glued = head + body.split('\n').filter(Boolean).join('');
		const p = parseBulletin(glued, ctx, 'glued.txt');
		expect(facts(p).map((f) => [f.title, f.section, f.attribution])).toEqual(
			facts(real).map((f) => [f.title, f.section, f.attribution])
		);
	});
});

describe('bad input', () => {
	const text = readFileSync('data/bulletins/2026-01.txt', 'utf8');

	it('refuses an empty file and binary junk with a message naming the file', () => {
		expect(() => parseBulletinBytes(new Uint8Array(), 'empty.txt', ctx)).toThrow(/empty\.txt/);
		expect(() => parseBulletinBytes(bytes('tests/fixtures/junk.bin'), 'junk.bin', ctx)).toThrow(
			/junk\.bin.*\d/
		);
	});

	it('refuses text that is not a bulletin', () => {
		expect(() => parseBulletin('会议纪要\n\n今天开会。', ctx, 'notes.txt')).toThrow(
			/notes\.txt.*第N期/
		);
	});

	it('warns for an item missing its attribution and still keeps both items apart', () => {
		const cut = text.replace('(粉末冶金产业技术创新战略联盟秘书处供稿)', '');
		const p = parseBulletin(cut, ctx, 'cut.txt');
		expect(p.items).toHaveLength(26);
		const w = p.warnings.filter((x) => x.code === 'no-attribution');
		expect(w).toHaveLength(1);
		expect(w[0]!.text).toBe('粉末冶金联盟召开2026年度标准工作启动会');
		// The warning's line points at the title in the file a person opens.
		expect(cut.split('\n')[w[0]!.line! - 1]).toBe('粉末冶金联盟召开2026年度标准工作启动会');
		expect(p.items[13]!.title).toBe('化纤联盟启动纤维流行趋势下游合作伙伴推荐活动');
	});

	it('warns for every contents entry a truncated bulletin lost', () => {
		const truncated = text.slice(0, text.indexOf('肉类加工联盟揭榜国家级检验项目\n\n国家'));
		const p = parseBulletin(truncated, ctx, 'truncated.txt');
		expect(p.items).toHaveLength(20);
		const lost = p.warnings.filter((w) => w.code === 'toc-unmatched').map((w) => w.text);
		expect(lost).toEqual([
			'肉类加工联盟揭榜国家级检验项目',
			'闪联联盟召开两项国际标准研讨会',
			'建筑信息模型联盟开展智能建造标准体系研究',
			'污泥处理处置联盟举办TOCB技术观摩会',
			'WAPI联盟发布市场应用洞察报告',
			'住宅联盟标准《居住类建筑防控病原微生物技术标准图集》正式启动'
		]);
		expect(p.warnings.map((w) => w.code)).toContain('closing-missing');
	});

	it('quotes text that belongs to no item', () => {
		const stray = text.replace('报：科技部', '这是一段不属于任何条目的文字\n\n报：科技部');
		const p = parseBulletin(
			stray.replace(
				'(住宅产业技术创新战略联盟秘书处供稿)\n',
				'(住宅产业技术创新战略联盟秘书处供稿)\n\n'
			),
			ctx,
			's.txt'
		);
		const stray2 = p.warnings.filter((w) => w.text?.includes('这是一段不属于任何条目的文字'));
		expect(stray2.length).toBeGreaterThan(0);
	});

	it('reports an unknown alliance name with suggestions', () => {
		const renamed = text.replaceAll('WAPI产业技术创新战略联盟', '量子通信产业技术创新战略联盟');
		const p = parseBulletin(renamed, ctx, 'renamed.txt');
		const names = p.unresolved.map((u) => u.text);
		expect(names.some((n) => n.includes('量子通信'))).toBe(true);
		expect(
			p.warnings.some((w) => w.code === 'unresolved-name' && w.text?.includes('量子通信'))
		).toBe(true);
	});
});
