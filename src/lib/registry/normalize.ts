/** Name normalisation: one "core" per organisation name, whatever its width, script, prefix or suffix. */
import { TRAD_TO_SIMP } from './trad';

/** Generic alliance suffixes, longest first so 产业技术创新战略联盟 wins over 联盟. */
export const ALLIANCE_SUFFIXES: readonly string[] = [
	'产业技术创新战略联盟',
	'产业链技术创新战略联盟',
	'技术创新战略联盟',
	'产业技术创新联盟',
	'产业科技创新联盟',
	'科技创新联盟',
	'技术创新联盟',
	'产业创新联盟',
	'战略联盟',
	'产业联盟',
	'联盟'
].sort((a, b) => b.length - a.length);

/** Prefixes the 2026 naming rule bans, so older and newer names differ by them. */
const PREFIXES = ['国家', '中国', '全国', '中华'];

/** Words a contributor adds after the organisation's name. */
const ROLE_WORDS = ['理事长单位', '秘书长单位', '秘书处', '理事会'];

/**
 * Characters foldText changes, by code unit (a table beats a regex class of 900 characters ~20×).
 * Full-width punctuation other than brackets and hyphens is left alone: it never occurs inside a name.
 */
const NEEDS_FOLD = (() => {
	const table = new Uint8Array(0x10000);
	table[0xff08] = table[0xff09] = table[0xff0d] = 1;
	table.fill(1, 0xff10, 0xff1a);
	table.fill(1, 0xff21, 0xff3b);
	table.fill(1, 0xff41, 0xff5b);
	for (const t of TRAD_TO_SIMP.keys()) table[t.charCodeAt(0)] = 1;
	return table;
})();

function foldChar(ch: string): string {
	const code = ch.charCodeAt(0);
	if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
	return TRAD_TO_SIMP.get(ch) ?? ch;
}

/** Full-width letters, digits and brackets → half-width and traditional → simplified, one for one, so offsets stay valid. */
export function foldText(s: string): string {
	let i = 0;
	while (i < s.length && NEEDS_FOLD[s.charCodeAt(i)] === 0) i++;
	if (i === s.length) return s;
	let out = s.slice(0, i);
	for (; i < s.length; i++) {
		const ch = s[i] as string;
		out += NEEDS_FOLD[s.charCodeAt(i)] === 1 ? foldChar(ch) : ch;
	}
	return out;
}

/** Remove trailing 秘书处 / 理事会 / 理事长单位 (repeatedly). */
export function stripRoleWords(s: string): string {
	let t = s;
	for (let changed = true; changed;) {
		changed = false;
		for (const w of ROLE_WORDS) {
			if (t.length > w.length && t.endsWith(w)) {
				t = t.slice(0, -w.length);
				changed = true;
			}
		}
	}
	return t;
}

const EDGE_PUNCT =
	/^[\s[\]【】「」『』《》〈〉"'“”‘’,，.。:：;；!！?？、·\-—_/]+|[\s[\]【】「」『』《》〈〉"'“”‘’,，.。:：;；!！?？、·\-—_/]+$/g;

/** Trim quotes, tags like [闪联联盟] and punctuation at both ends, and a bracket left open or closed. */
export function trimEdges(s: string): string {
	let t = s.replace(EDGE_PUNCT, '');
	if (t.startsWith('(') && !t.includes(')')) t = t.slice(1);
	if (t.endsWith(')') && !t.includes('(')) t = t.slice(0, -1);
	if (t.startsWith('(') && t.endsWith(')') && t.indexOf(')') === t.length - 1) t = t.slice(1, -1);
	return t.replace(EDGE_PUNCT, '');
}

/** The core of an organisation name: 建筑信息模型（BIM）产业技术创新战略联盟秘书处 → 建筑信息模型. Latin letters upper-cased. */
export function normalizeName(s: string): string {
	let t = foldText(s.normalize('NFKC')).replace(/\s+/g, '');
	t = stripRoleWords(trimEdges(t));
	t = t.replace(/\([A-Za-z0-9][A-Za-z0-9.&+-]*\)/g, '').replace(/[()]/g, '');
	for (const suffix of ALLIANCE_SUFFIXES) {
		if (t.endsWith(suffix)) {
			t = t.slice(0, -suffix.length);
			break;
		}
	}
	for (let changed = true; changed;) {
		changed = false;
		for (const p of PREFIXES) {
			if (t.startsWith(p)) {
				t = t.slice(p.length);
				changed = true;
			}
		}
	}
	if (t.length > 3 && t.endsWith('产业')) t = t.slice(0, -2);
	return t.toUpperCase();
}

/** How many characters of a core carry meaning (CJK ideographs and Latin letters). */
export function meaningfulLength(core: string): number {
	let n = 0;
	for (const ch of core) if (/[\u3400-\u9fffA-Za-z]/.test(ch)) n++;
	return n;
}
