/** The bulletin's masthead: title, 第N期, 总第N期, publisher, publication date, synthetic marker. */
import type { Line } from './lines';
import type { ParseWarning } from './types';

/** What the masthead says; fields it does not give are null. */
export interface Header {
	title: string;
	year: number | null;
	number: number | null;
	serial: number | null;
	date: string | null;
	publisher: string | null;
	synthetic: boolean;
	line: number | null;
}

const ISSUE = /(\d{4})\s*年\s*第\s*(\d{1,3})\s*期(?:\s*[(（]\s*总\s*第\s*(\d{1,5})\s*期\s*[)）])?/;
const DATE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;
const SYNTHETIC = /合成数据|SYNTHETIC/i;
const TITLE_PART =
	/^(?:产业技术创新战略联盟试点工作|简\s*报|产业技术创新战略联盟试点工作\s*简\s*报)$/;

/** A valid 'YYYY-MM-DD' from numbers, or null (string arithmetic only, never a JS Date). */
export function isoDate(y: number, m: number, d: number): string | null {
	if (m < 1 || m > 12 || d < 1) return null;
	const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
	const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
	if (d > days) return null;
	return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Read the masthead from the lines before the contents; every line it cannot place is a warning. */
export function parseHeader(lines: Line[], warnings: ParseWarning[]): Header {
	const h: Header = {
		title: '产业技术创新战略联盟试点工作简报',
		year: null,
		number: null,
		serial: null,
		date: null,
		publisher: null,
		synthetic: false,
		line: null
	};
	for (const { text, no } of lines) {
		if (text === '' || TITLE_PART.test(text)) continue;
		if (SYNTHETIC.test(text)) {
			h.synthetic = true;
			continue;
		}
		const issue = ISSUE.exec(text);
		if (issue && h.year === null) {
			h.year = Number(issue[1]);
			h.number = Number(issue[2]);
			h.serial = issue[3] ? Number(issue[3]) : null;
			h.line = no;
			continue;
		}
		const date = DATE.exec(text);
		if (date && h.date === null) {
			h.date = isoDate(Number(date[1]), Number(date[2]), Number(date[3]));
			if (h.date === null) {
				warnings.push({ code: 'header-missing', message: `刊头日期无效：${text}`, line: no, text });
			}
			continue;
		}
		if (h.publisher === null && /(办公室|联络组|秘书处|协发网)$/.test(text) && text.length <= 30) {
			h.publisher = text;
			continue;
		}
		warnings.push({
			code: 'orphan-text',
			message: `刊头中无法归类的文字：${text}`,
			line: no,
			text
		});
	}
	return h;
}
