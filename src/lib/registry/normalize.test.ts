import { describe, expect, it } from 'vitest';
import { foldText, meaningfulLength, normalizeName, stripRoleWords } from './normalize';
import { TRAD_TO_SIMP } from './trad';

describe('normalizeName', () => {
	it.each([
		['半导体照明产业技术创新战略联盟', '半导体照明'],
		['半导体照明产业技术创新战略联盟秘书处', '半导体照明'],
		['半导体照明联盟', '半导体照明'],
		['国家肉类加工产业科技创新联盟', '肉类加工'],
		['肉类加工产业技术创新战略联盟秘书处', '肉类加工'],
		['应急装备产业技术创新战略联盟秘书处', '应急装备'],
		['建筑信息模型（BIM）产业技术创新战略联盟', '建筑信息模型'],
		['建筑信息模型(BIM)产业技术创新战略联盟', '建筑信息模型'],
		['BIM产业技术创新战略联盟秘书处', 'BIM'],
		['集成电路封测产业链技术创新战略联盟', '集成电路封测'],
		['半導體照明產業技術創新戰略聯盟', '半导体照明'],
		['ＷＡＰＩ联盟', 'WAPI'],
		['wapi联盟', 'WAPI'],
		[' 化纤 联盟 ', '化纤'],
		['化纤联盟理事长单位', '化纤'],
		['再生资源战略联盟', '再生资源'],
		['中国电动汽车联盟理事会', '电动汽车'],
		['中华全国住宅产业联盟', '住宅'],
		['新一代煤（能源）化工产业技术创新战略联盟', '新一代煤能源化工'],
		['[闪联联盟]', '闪联'],
		['“第三代半导体联盟”', '第三代半导体'],
		['抗生素技术创新战略联盟', '抗生素'],
		['钢铁可循环流程技术创新战略联盟', '钢铁可循环流程'],
		['汽车轻量化产业联盟', '汽车轻量化'],
		['半导体照明产业联盟', '半导体照明'],
		['产业技术创新战略联盟', ''],
		['联盟协发网', '联盟协发网'],
		['中关村国联产业协同发展创新中心', '中关村国联产业协同发展创新中心']
	])('%s → %s', (name, core) => {
		expect(normalizeName(name)).toBe(core);
	});
});

describe('foldText', () => {
	it.each([
		['半導體照明產業技術創新戰略聯盟', '半导体照明产业技术创新战略联盟'],
		['ＷＡＰＩ联盟（ＢＩＭ）', 'WAPI联盟(BIM)'],
		['国联中心，电动汽车联盟。', '国联中心，电动汽车联盟。'],
		['', '']
	])('%s → %s, same length', (text, folded) => {
		expect(foldText(text)).toBe(folded);
		expect(foldText(text).length).toBe(text.length);
	});
});

describe('stripRoleWords and meaningfulLength', () => {
	it.each([
		['化纤联盟理事长单位', '化纤联盟'],
		['联盟协发网秘书处', '联盟协发网'],
		['视觉智能联盟理事会秘书处', '视觉智能联盟'],
		['秘书处', '秘书处']
	])('stripRoleWords(%s) = %s', (name, stripped) => {
		expect(stripRoleWords(name)).toBe(stripped);
	});
	it('counts ideographs and Latin letters only', () => {
		expect(meaningfulLength('2025年度')).toBe(2);
		expect(meaningfulLength('AVS')).toBe(3);
	});
});

describe('traditional → simplified table', () => {
	it('maps single characters to different single characters, in one pass', () => {
		const values = new Set(TRAD_TO_SIMP.values());
		expect(TRAD_TO_SIMP.size).toBeGreaterThan(500);
		for (const [t, s] of TRAD_TO_SIMP) {
			expect(t.length).toBe(1);
			expect(s.length).toBe(1);
			expect(t).not.toBe(s);
			expect(values.has(t), `${t} is also a simplified form`).toBe(false);
		}
	});
	it('covers every character of the alliance names written in traditional script', () => {
		for (const ch of '聯盟產業技術創新戰略導體閃聯築應急裝備輕電動車視覺類協發網關國處汙質鎢鈦釩') {
			expect(foldText(ch)).toMatch(/[\u4e00-\u9fff]/);
			expect(TRAD_TO_SIMP.has(ch) || '盟技新略急'.includes(ch)).toBe(true);
		}
	});
});
