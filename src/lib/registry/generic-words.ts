/** Word lists that tell a generic use of 联盟 ("各联盟", "试点联盟", "强调联盟") from the name of an alliance. */
import { meaningfulLength } from './normalize';

/** Characters that end a phrase before a name: a name starts after the last of them. */
export const FUNCTION_CHARS: ReadonlySet<string> = new Set([
	...'了的对为将把被在和与及等由向从给让使是也都就还又并而或于以之其该本各此这那们到至即'
]);

/** Verbs and quantifiers that precede a name in bulletin prose; a name starts after the last of them. */
export const LEAD_WORDS: readonly string[] = (
	'携手 联合 会同 到访 访问 走进 走访 参加 参与 出席 加入 成立 组建 ' +
	'发起 牵头 支持 指导 依托 通过 要求 鼓励 引导 推动 推进 促进 加强 ' +
	'发挥 完善 总结 强调 打造 出台 掌握 夯实 熟悉 评价 考核 授予 认定 ' +
	'批准 获批 入选 当选 担任 作为 属于 代表 邀请 受邀 协助 配合 面向 ' +
	'围绕 关于 召开 举办 主办 承办 协办 发布 启动 开展 设立 筹建 新增 ' +
	'包括 涵盖 覆盖 其中 同时 此外 近日 日前 目前 今年 去年 考察 调研 ' +
	'会见 拜访 看望 听取 审议 批复 成为 建立 部分 多家 全体 所有 广大 ' +
	'一些 若干 众多 多个 相关 有关 其他 兄弟 国内 省内 一批 首批'
).split(' ');

/** LEAD_WORDS by first character, for a backward scan. */
export const LEAD_WORDS_BY_FIRST: ReadonlyMap<string, string[]> = (() => {
	const map = new Map<string, string[]>();
	for (const w of LEAD_WORDS) map.set(w[0] as string, [...(map.get(w[0] as string) ?? []), w]);
	return map;
})();

/** Cores that are generic words, not names (各试点联盟, 网员联盟, 2025年度产业技术创新战略联盟). */
const STOP_CORES = new Set(
	(
		'试点 网员 成员 会员 年度 兄弟 重点 部分 多家 广大 我们 各类 各级 ' +
		'行业 产业 科技 技术 创新 技术创新 国家级 省级 地方 区域 这些 上述 ' +
		'以上 下属 合作 新型 新成立 试点工作 科技部 科技部试点'
	).split(' ')
);
const GENERIC_ENDINGS = ['试点', '网员', '成员', '会员'];

/** Whether a core is a generic word rather than the name of an alliance. */
export function isGenericCore(core: string): boolean {
	if (meaningfulLength(core) < 2 || STOP_CORES.has(core)) return true;
	return GENERIC_ENDINGS.some((e) => core.endsWith(e));
}
