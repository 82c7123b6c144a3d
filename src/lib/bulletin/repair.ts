/**
 * Restore line breaks that text extraction lost or added, using what the bulletin itself tells:
 * attribution lines, section markers, and the titles listed in its contents.
 */
import { countsInKey, EMBEDDED_ATTRIBUTION, titleKey, type Line } from './lines';

const MID_MARKER = /(?<=\S)\s*(?=[➤►▶]\s*\S)/g;

/** Split one line at embedded attributions and section markers; pieces keep the line number. */
function splitMarkers(line: Line): Line[] {
	const text = line.text;
	// Most lines hold neither: skip the regexes for them.
	const attribution = /供稿|提供|报送|摘述|摘编|整理/.test(text) && /[(（]/.test(text);
	const marker = /[➤►▶]/.test(text);
	if (!attribution && !marker) return [line];
	const pieces: string[] = [];
	const rest = text;
	EMBEDDED_ATTRIBUTION.lastIndex = 0;
	let m: RegExpExecArray | null;
	let from = 0;
	while ((m = EMBEDDED_ATTRIBUTION.exec(rest)) !== null) {
		if (m.index > from) pieces.push(rest.slice(from, m.index));
		pieces.push(m[0]);
		from = m.index + m[0].length;
	}
	if (from < rest.length) pieces.push(rest.slice(from));
	const out: Line[] = [];
	for (const p of pieces) {
		for (const q of p.split(MID_MARKER)) {
			const t = q.trim();
			if (t) out.push({ text: t, no: line.no });
		}
	}
	return out.length > 0 ? out : [line];
}

const CLOSERS = /[》」』”’）)\]】〉]/;

/** Raw offset just past the first `keyLen` key characters of `text` (see titleKey) and any closing brackets. */
function rawOffsetOfKey(text: string, keyLen: number): number {
	let seen = 0;
	let i = 0;
	for (; i < text.length && seen < keyLen; i++) {
		if (countsInKey(text[i]!)) seen++;
	}
	while (i < text.length && CLOSERS.test(text[i]!)) i++;
	return i;
}

/** Split a marked heading from a contents title that follows it on the same line. */
function splitHeading(line: Line, keys: string[]): Line[] {
	if (!/^[★➤►▶]/.test(line.text)) return [line];
	const key = titleKey(line.text);
	let at = -1;
	for (const k of keys) {
		const i = key.indexOf(k);
		if (i > 0 && (at < 0 || i < at)) at = i;
	}
	if (at < 0) return [line];
	const cut = rawOffsetOfKey(line.text, at);
	return [
		{ text: line.text.slice(0, cut).trim(), no: line.no },
		{ text: line.text.slice(cut).trim(), no: line.no }
	];
}

/**
 * Repair body lines: split at embedded attributions and markers, join an attribution that
 * wrapped, join a title that wrapped, and split a title from the body it ran into.
 */
export function repairLines(lines: Line[], titles: string[]): Line[] {
	const keys = titles.map(titleKey).filter((k) => k.length >= 4);
	// Only a line's opening can hold a title: key just enough of it to compare.
	const reach = 2 * Math.max(0, ...keys.map((k) => k.length)) + 8;
	const keyOf = (text: string) => titleKey(text.length > reach ? text.slice(0, reach) : text);
	const split = lines.flatMap((l) =>
		l.text === '' ? [l] : splitMarkers(l).flatMap((p) => splitHeading(p, keys))
	);
	// A title seen on a line of its own is not split off again: a body may open with its title's words.
	const consumed = new Set<string>();
	const out: Line[] = [];
	for (let i = 0; i < split.length; i++) {
		let line = split[i]!;
		// An attribution that wrapped onto the following line(s).
		if (/^[(（]/.test(line.text) && !/[)）]/.test(line.text)) {
			let j = i + 1;
			let text = line.text;
			while (j < split.length && j <= i + 3 && split[j]!.text !== '' && !/[)）]/.test(text)) {
				text += split[j]!.text;
				j++;
			}
			if (/[)）]$/.test(text) && splitMarkers({ text, no: line.no }).length === 1) {
				line = { text, no: line.no };
				i = j - 1;
			}
		}
		let key = keyOf(line.text);
		// A title wrapped over two or three lines.
		if (key.length >= 4 && keys.some((k) => k.length > key.length && k.startsWith(key))) {
			let text = line.text;
			let j = i + 1;
			while (j < split.length && j <= i + 2 && split[j]!.text !== '') {
				const next = text + split[j]!.text;
				const nk = keyOf(next);
				if (!keys.some((k) => nk.startsWith(k) || k.startsWith(nk))) break;
				text = next;
				j++;
				if (keys.some((k) => nk.startsWith(k))) break;
			}
			if (j > i + 1) {
				line = { text, no: line.no };
				key = keyOf(text);
				i = j - 1;
			}
		}
		if (keys.includes(key)) consumed.add(key);
		// A title that ran into the body after it.
		const title = keys.find((k) => key.length > k.length && key.startsWith(k) && !consumed.has(k));
		if (title) {
			consumed.add(title);
			const at = rawOffsetOfKey(line.text, title.length);
			out.push({ text: line.text.slice(0, at).trim(), no: line.no });
			const rest = line.text.slice(at).trim();
			if (rest) out.push({ text: rest, no: line.no });
			continue;
		}
		out.push(line);
	}
	return out;
}
