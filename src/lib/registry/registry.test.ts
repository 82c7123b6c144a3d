import { describe, expect, it } from 'vitest';
import { RegistryDataError } from './csv';
import { createRegistry } from './registry';
import { loadRegistry } from './registry-node';
import type { Resolution } from './types';

const registry = loadRegistry('data');

/** The 15 alliances of 2026-01: id, title short name, body name, attribution (供稿) name. */
const BULLETIN_2026_01: [string, string, string, string][] = [
	[
		'semiconductor-lighting',
		'半导体照明联盟',
		'半导体照明产业技术创新战略联盟',
		'半导体照明产业技术创新战略联盟秘书处'
	],
	[
		'powder-metallurgy',
		'粉末冶金联盟',
		'粉末冶金产业技术创新战略联盟',
		'粉末冶金产业技术创新战略联盟秘书处'
	],
	['chemical-fibre', '化纤联盟', '化纤联盟', '化纤产业技术创新战略联盟秘书处'],
	[
		'recycled-resources',
		'再生资源战略联盟',
		'再生资源产业技术创新战略联盟',
		'再生资源产业技术创新战略联盟秘书处'
	],
	[
		'emergency-rescue-equipment',
		'应急救援装备联盟',
		'应急救援装备产业技术创新战略联盟',
		'应急装备产业技术创新战略联盟秘书处'
	],
	[
		'auto-lightweighting',
		'汽车轻量化联盟',
		'汽车轻量化产业技术创新战略联盟',
		'汽车轻量化产业技术创新战略联盟秘书处'
	],
	[
		'electric-vehicle',
		'电动汽车联盟',
		'电动汽车产业技术创新战略联盟',
		'电动汽车产业技术创新战略联盟秘书处'
	],
	[
		'visual-intelligence',
		'视觉智能联盟',
		'视觉智能产业技术创新战略联盟',
		'视觉智能产业技术创新战略联盟秘书处'
	],
	[
		'third-gen-semiconductor',
		'第三代半导体联盟',
		'第三代半导体产业技术创新战略联盟',
		'第三代半导体产业技术创新战略联盟秘书处'
	],
	[
		'meat-processing',
		'肉类加工联盟',
		'国家肉类加工产业科技创新联盟',
		'肉类加工产业技术创新战略联盟秘书处'
	],
	['igrs', '闪联联盟', '闪联产业技术创新战略联盟', '闪联产业技术创新战略联盟秘书处'],
	[
		'bim',
		'建筑信息模型联盟',
		'建筑信息模型（BIM）产业技术创新战略联盟',
		'BIM产业技术创新战略联盟秘书处'
	],
	[
		'sludge-treatment',
		'污泥处理处置联盟',
		'污泥处理处置产业技术创新战略联盟',
		'污泥处理处置产业技术创新战略联盟秘书处'
	],
	['wapi', 'WAPI联盟', 'WAPI产业技术创新战略联盟', 'WAPI产业技术创新战略联盟秘书处'],
	['housing', '住宅联盟', '住宅产业技术创新战略联盟', '住宅产业技术创新战略联盟秘书处']
];

function allianceOf(r: Resolution): string {
	return r.status === 'alliance' ? r.alliance.id : `(${r.status})`;
}

describe('resolve: the 15 alliances of 2026-01', () => {
	it.each(BULLETIN_2026_01)(
		'%s: title, body and attribution names agree',
		(id, title, body, attribution) => {
			for (const name of [title, body, attribution]) {
				const r = registry.resolve(name);
				expect(allianceOf(r), name).toBe(id);
				expect(r.status === 'alliance' && r.method, name).toBe('exact');
			}
		}
	);
});

describe('resolve: other forms', () => {
	it.each([
		['应急装备', 'emergency-rescue-equipment', 'normalised'],
		['应急装备联盟', 'emergency-rescue-equipment', 'exact'],
		['半導體照明產業技術創新戰略聯盟', 'semiconductor-lighting', 'normalised'],
		['半导体联盟', 'semiconductor-lighting', 'exact'],
		['[闪联联盟]', 'igrs', 'exact'],
		['CSA', 'semiconductor-lighting', 'exact'],
		['CASA', 'third-gen-semiconductor', 'exact'],
		['wapi联盟', 'wapi', 'normalised'],
		['建筑信息模型(BIM)产业技术创新战略联盟秘书处', 'bim', 'normalised'],
		['中国电动汽车产业技术创新战略联盟', 'electric-vehicle', 'normalised'],
		['肉类加工产业科技创新联盟', 'meat-processing', 'exact'],
		['住宅科技联盟', 'housing-technology', 'exact'],
		['住宅科技产业技术创新战略联盟', 'housing-technology', 'exact'],
		['住宅联盟', 'housing', 'exact'],
		['第三代半导体联盟', 'third-gen-semiconductor', 'exact'],
		['再生资源联盟', 'recycled-resources', 'exact'],
		['淮河流域再生水利用与风险控制产业技术创新战略联盟', 'huai-river-water-reuse', 'exact'],
		['光热联盟', 'solar-thermal', 'exact'],
		['新一代煤（能源）化工产业技术创新战略联盟', 'new-gen-coal-chemical', 'normalised'],
		['数字音视频编解码(AVS)产业技术创新战略联盟', 'avs', 'normalised'],
		['烟气治理联盟', 'flue-gas', 'exact']
	])('%s → %s (%s)', (name, id, method) => {
		const r = registry.resolve(name);
		expect(allianceOf(r)).toBe(id);
		expect(r.status === 'alliance' && r.method).toBe(method);
	});

	it('gives no two alliances the same core', () => {
		const owner = new Map<string, string>();
		for (const a of registry.alliances) {
			for (const form of [a.name, ...a.shortNames, ...a.aliases]) {
				const core = registry.core(form);
				expect(owner.get(core) ?? a.id, `${form} (${core})`).toBe(a.id);
				owner.set(core, a.id);
			}
		}
	});
});

describe('resolve: bodies and unknown names', () => {
	it.each([
		['联盟试点工作联络组', 'liaison-group'],
		['产业技术创新战略联盟试点工作联络组', 'liaison-group'],
		['联盟联络组', 'liaison-group'],
		['联盟协发网秘书处', 'citisa'],
		['产业技术创新战略联盟协同发展网', 'citisa'],
		['CITISA', 'citisa'],
		['國聯中心', 'guolian-center'],
		['中关村国联产业协同发展创新中心', 'guolian-center']
	])('%s is the body %s', (name, body) => {
		expect(registry.resolve(name)).toEqual({ status: 'body', body });
	});

	it('leaves an invented alliance unresolved, with suggestions', () => {
		const r = registry.resolve('量子计算产业技术创新战略联盟');
		expect(r.status).toBe('unresolved');
		if (r.status !== 'unresolved') return;
		expect(r.suggestions.length).toBeGreaterThan(0);
		expect(r.suggestions.length).toBeLessThanOrEqual(3);
	});

	it('ranks the near names first', () => {
		const r = registry.resolve('宽禁带半导体联盟');
		expect(
			r.status === 'unresolved' &&
				r.suggestions
					.map((a) => a.id)
					.slice(0, 2)
					.sort()
		).toEqual(['semiconductor-lighting', 'third-gen-semiconductor']);
		const water = registry.resolve('再生水利用联盟');
		expect(water.status === 'unresolved' && water.suggestions[0]?.id).toBe(
			'huai-river-water-reuse'
		);
	});

	it('keeps near-collisions apart', () => {
		// 半导体联盟 is the website tag of 半导体照明, per the reference.
		expect(allianceOf(registry.resolve('半导体产业技术创新战略联盟'))).toBe(
			'semiconductor-lighting'
		);
		expect(allianceOf(registry.resolve('住宅'))).toBe('housing');
		expect(allianceOf(registry.resolve('住宅科技'))).toBe('housing-technology');
		expect(allianceOf(registry.resolve('再生资源'))).toBe('recycled-resources');
		expect(registry.resolve('再生水联盟').status).toBe('unresolved');
		expect(registry.resolve('产业技术创新战略联盟').status).toBe('unresolved');
	});
});

describe('user aliases', () => {
	const alliances = registry.alliances;
	it('resolve with method user, in resolve and in findMentions', () => {
		const r = createRegistry(alliances, registry.bodies, [
			{ text: '量子联盟', allianceId: 'igrs' }
		]);
		expect(r.resolve('量子联盟')).toMatchObject({
			status: 'alliance',
			method: 'user',
			alliance: { id: 'igrs' }
		});
		expect(r.resolve('量子联盟秘书处')).toMatchObject({ method: 'user' });
		expect(r.resolve('国家量子产业技术创新战略联盟')).toMatchObject({ method: 'user' });
		const [m] = r.findMentions('由量子联盟主办');
		expect(m).toMatchObject({ text: '量子联盟', index: 1, resolution: { method: 'user' } });
	});

	it('must name a registered alliance', () => {
		expect(() => createRegistry(alliances, [], [{ text: 'x联盟', allianceId: 'nope' }])).toThrow(
			RegistryDataError
		);
	});

	it('never shadow a registered name', () => {
		const r = createRegistry(
			alliances,
			[],
			[{ text: '住宅联盟', allianceId: 'housing-technology' }]
		);
		expect(allianceOf(r.resolve('住宅联盟'))).toBe('housing');
	});
});

it('rejects a name that is both an alliance and a body', () => {
	const a = registry.alliances;
	expect(() => createRegistry(a, [{ id: 'x', name: '化纤联盟', aliases: [] }])).toThrow(/化纤联盟/);
});
