/** Find organisation names in a text: registered forms by a precompiled first-character table, then unknown "…联盟" names. */
import { FUNCTION_CHARS, isGenericCore, LEAD_WORDS_BY_FIRST } from './generic-words';
import { foldText, normalizeName } from './normalize';
import type { Mention, Resolution } from './types';

/** One written form to look for, and what it resolves to. */
export interface ScanEntry {
	/** The form, already passed through foldText. */
	text: string;
	resolution: Resolution;
}

/** Longest span before 联盟 considered for an unknown name. */
const MAX_RUN = 40;

function isNameCode(c: number): boolean {
	return (
		(c >= 0x3400 && c <= 0x9fff) ||
		(c >= 0xf900 && c <= 0xfaff) ||
		(c >= 48 && c <= 57) ||
		(c >= 65 && c <= 90) ||
		(c >= 97 && c <= 122) ||
		c === 40 ||
		c === 41 ||
		c === 45
	);
}

/**
 * The rightmost place at or before position `i` where a name may start: after a function word or a lead verb
 * ending by `tail`, else `from`. Returns that start and where to look for the next one further left.
 */
function boundary(t: string, from: number, tail: number, i: number): [number, number] {
	for (; i >= from; i--) {
		const ch = t[i] as string;
		if (FUNCTION_CHARS.has(ch)) return [i + 1, i - 1];
		for (const w of LEAD_WORDS_BY_FIRST.get(ch) ?? []) {
			if (i + w.length <= tail && t.startsWith(w, i)) return [i + w.length, i - 1];
		}
	}
	return [from, from - 1];
}

/** Move a start past an unbalanced bracket and a leading date (2025年度, 3月17日). */
function trimStart(t: string, from: number, tail: number): number {
	let start = from;
	let open = -1;
	for (let i = start; i < tail; i++) {
		const ch = t[i];
		if (ch === '(') open = i;
		else if (ch === ')') {
			if (open < 0) start = i + 1;
			open = -1;
		}
	}
	if (open >= 0) start = open + 1;
	const date = /^(?:\d+年度?|\d+月|\d+日)+/.exec(t.slice(start, tail));
	return date ? start + date[0].length : start;
}

/** Compile the registered forms into a scanner. `resolve` names whatever unknown "…联盟" runs it finds. */
export function compileScanner(
	entries: ScanEntry[],
	resolve: (name: string) => Resolution
): (text: string) => Mention[] {
	const byFirst = new Map<number, ScanEntry[]>();
	const flags = new Uint8Array(0x10000);
	const seen = new Set<string>();
	for (const e of entries) {
		if (e.text.length < 2 || seen.has(e.text)) continue;
		seen.add(e.text);
		const c = e.text.charCodeAt(0);
		flags[c] = 1;
		const list = byFirst.get(c);
		if (list) list.push(e);
		else byFirst.set(c, [e]);
	}
	for (const list of byFirst.values()) list.sort((a, b) => b.text.length - a.text.length);
	const generic = new Map<string, boolean>();
	const isGeneric = (words: string): boolean => {
		let g = generic.get(words);
		if (g === undefined) {
			g = isGenericCore(normalizeName(words));
			if (generic.size >= 5000) generic.clear();
			generic.set(words, g);
		}
		return g;
	};

	return (text: string): Mention[] => {
		const t = foldText(text);
		const out: Mention[] = [];
		const n = t.length;
		for (let i = 0; i < n;) {
			const c = t.charCodeAt(i);
			let step = 1;
			if (flags[c] === 1) {
				for (const e of byFirst.get(c) as ScanEntry[]) {
					if (t.startsWith(e.text, i)) {
						out.push({
							text: text.slice(i, i + e.text.length),
							index: i,
							resolution: e.resolution
						});
						step = e.text.length;
						break;
					}
				}
			}
			i += step;
		}
		const found = out.length;
		let m = 0;
		let limit = 0;
		for (let k = t.indexOf('联盟'); k >= 0; k = t.indexOf('联盟', k + 2)) {
			while (m < found && (out[m] as Mention).index + (out[m] as Mention).text.length <= k) {
				const prev = out[m] as Mention;
				limit = Math.max(limit, prev.index + prev.text.length);
				m++;
			}
			const end = k + 2;
			if (m < found && (out[m] as Mention).index < end) {
				limit = Math.max(limit, k + 2);
				continue;
			}
			let from = k;
			while (from > limit && from > end - MAX_RUN && isNameCode(t.charCodeAt(from - 1))) from--;
			limit = end;
			const tail = end - 2;
			let [raw, next] = boundary(t, from, tail, tail - 1);
			const start = trimStart(t, raw, tail);
			if (end - start <= 2 || isGeneric(t.slice(start, end))) continue;
			let mention: Mention = {
				text: text.slice(start, end),
				index: start,
				resolution: resolve(t.slice(start, end))
			};
			// A registered name may hold a function word (干细胞与再生医学…联盟): widen before calling it unknown.
			while (mention.resolution.status === 'unresolved' && raw > from) {
				[raw, next] = boundary(t, from, tail, next);
				const s = trimStart(t, raw, tail);
				const r = resolve(t.slice(s, end));
				if (r.status !== 'unresolved')
					mention = { text: text.slice(s, end), index: s, resolution: r };
			}
			out.push(mention);
		}
		if (out.length > found) out.sort((a, b) => a.index - b.index);
		return out;
	};
}
