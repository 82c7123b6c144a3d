/**
 * Byte decoding for bulletin files: detect the encoding (BOM, strict UTF-8, GB18030), never guess
 * silently, and refuse anything that is not clean text with the byte offset of the first problem.
 * Uses TextDecoder only, so it runs unchanged in Node and in the browser.
 */

/** The encodings a bulletin file may be in. */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** A decoded file: its text (BOM removed) and the encoding it was found to be in. */
export interface DecodedText {
	text: string;
	encoding: TextEncodingName;
}

/** A file that cannot be read as text; `offset` is the 0-based byte offset of the problem, if any. */
export class DecodeError extends Error {
	file: string;
	offset: number | null;
	constructor(message: string, file: string, offset: number | null) {
		super(message);
		this.name = 'DecodeError';
		this.file = file;
		this.offset = offset;
	}
}

const LABEL: Record<TextEncodingName, string> = {
	'utf-8': 'UTF-8',
	'utf-8-bom': 'UTF-8',
	'utf-16le': 'UTF-16LE',
	'utf-16be': 'UTF-16BE',
	gb18030: 'GB18030'
};

/** Share of non-ASCII bytes that must form valid UTF-8 for a failing file to count as broken UTF-8. */
const UTF8_LIKELY = 0.8;
/** Non-ASCII bytes needed before that share is trusted over a clean GB18030 decode (GB18030 text
 * scores about 0.35, and never above 0.55 on any 24-byte line of the real bulletin). */
const UTF8_EVIDENCE = 24;

function invalidError(file: string, encoding: TextEncodingName, offset: number): DecodeError {
	const label = LABEL[encoding];
	return new DecodeError(
		`文件 ${file} 无法解码：字节偏移 ${offset} 处不是有效的 ${label} 文本 (${file}: invalid ${label} at byte ${offset})`,
		file,
		offset
	);
}

function fatalDecode(encoding: string, bytes: Uint8Array): string | null {
	try {
		return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		return null;
	}
}

interface Utf8Scan {
	firstBad: number;
	goodHigh: number;
	totalHigh: number;
}

function isCont(b: Uint8Array, i: number): boolean {
	return i < b.length && ((b[i] as number) & 0xc0) === 0x80;
}

/** Length of the well-formed UTF-8 sequence at `i`, or 0 if the bytes there are not one. */
function utf8SeqLength(b: Uint8Array, i: number): number {
	const c = b[i] as number;
	if (c < 0x80) return 1;
	const c1 = i + 1 < b.length ? (b[i + 1] as number) : -1;
	if (c >= 0xc2 && c <= 0xdf) return isCont(b, i + 1) ? 2 : 0;
	if (c >= 0xe0 && c <= 0xef) {
		if (c === 0xe0 && c1 < 0xa0) return 0; // overlong
		if (c === 0xed && c1 > 0x9f) return 0; // surrogate
		return isCont(b, i + 1) && isCont(b, i + 2) ? 3 : 0;
	}
	if (c >= 0xf0 && c <= 0xf4) {
		if (c === 0xf0 && c1 < 0x90) return 0; // overlong
		if (c === 0xf4 && c1 > 0x8f) return 0; // above U+10FFFF
		return isCont(b, i + 1) && isCont(b, i + 2) && isCont(b, i + 3) ? 4 : 0;
	}
	return 0;
}

/** Walks the bytes as UTF-8: first bad offset (-1 if none) and how much of the non-ASCII is valid. */
function scanUtf8(b: Uint8Array, start: number): Utf8Scan {
	let firstBad = -1;
	let goodHigh = 0;
	let totalHigh = 0;
	let i = start;
	while (i < b.length) {
		const n = utf8SeqLength(b, i);
		if (n === 1) {
			i++;
		} else if (n > 1) {
			goodHigh += n;
			totalHigh += n;
			i += n;
		} else {
			if (firstBad < 0) firstBad = i;
			if ((b[i] as number) >= 0x80) totalHigh++;
			i++;
		}
	}
	return { firstBad, goodHigh, totalHigh };
}

/**
 * Length of the GB18030 sequence at `i` per the WHATWG decoder (1, 2 or 4 bytes), or 0 if the
 * bytes there are invalid: a bad trail byte, a truncated sequence, or an unmapped four-byte pointer.
 */
function gbSeqLength(b: Uint8Array, i: number): number {
	const c = b[i] as number;
	if (c <= 0x80) return 1; // ASCII, and 0x80 which WHATWG maps to U+20AC
	if (c === 0xff || i + 1 >= b.length) return 0;
	const c1 = b[i + 1] as number;
	if (c1 >= 0x30 && c1 <= 0x39) {
		if (i + 3 >= b.length) return 0;
		const c2 = b[i + 2] as number;
		const c3 = b[i + 3] as number;
		if (c2 < 0x81 || c2 > 0xfe || c3 < 0x30 || c3 > 0x39) return 0;
		const pointer = ((c - 0x81) * 10 + (c1 - 0x30)) * 1260 + (c2 - 0x81) * 10 + (c3 - 0x30);
		if ((pointer > 39419 && pointer < 189000) || pointer > 1237575) return 0;
		return 4;
	}
	return (c1 >= 0x40 && c1 <= 0x7e) || (c1 >= 0x80 && c1 <= 0xfe) ? 2 : 0;
}

/** Offset of the first invalid GB18030 sequence, found by walking the byte structure. */
function gbInvalidOffset(b: Uint8Array): number {
	for (let i = 0; i < b.length;) {
		const n = gbSeqLength(b, i);
		if (n === 0) return i;
		i += n;
	}
	// The structure walk found nothing the decoder rejected: fall back to locating the smallest
	// failing prefix (streaming decode does not fail on a sequence cut at the end of the prefix).
	let lo = 1;
	let hi = b.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		try {
			new TextDecoder('gb18030', { fatal: true }).decode(b.subarray(0, mid), { stream: true });
			lo = mid + 1;
		} catch {
			hi = mid;
		}
	}
	return lo - 1;
}

/** Byte offset in the file of UTF-16 code unit `index` of the decoded text (BOM included). */
function byteOffsetOf(b: Uint8Array, text: string, index: number, enc: TextEncodingName): number {
	if (enc === 'utf-16le' || enc === 'utf-16be') return 2 + index * 2;
	if (enc === 'utf-8' || enc === 'utf-8-bom') {
		return (enc === 'utf-8-bom' ? 3 : 0) + new TextEncoder().encode(text.slice(0, index)).length;
	}
	let units = 0;
	let i = 0;
	while (i < b.length && units < index) {
		const n = gbSeqLength(b, i) || 1;
		units += n === 4 && (b[i] as number) >= 0x90 ? 2 : 1;
		i += n;
	}
	return i;
}

/**
 * First C0 control byte (other than \t \n \f \r) or DEL. Without a BOM these bytes are always a
 * character of their own, in UTF-8 and GB18030 alike (neither uses them inside a sequence).
 */
function firstControlByte(b: Uint8Array): number {
	for (let i = 0; i < b.length; i++) {
		const c = b[i] as number;
		if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f) return i;
	}
	return -1;
}

function controlError(b: Uint8Array, file: string, offset: number): DecodeError {
	const hex = 'U+' + (b[offset] as number).toString(16).toUpperCase().padStart(4, '0');
	// UTF-16 puts the NUL half of every ASCII character on the same byte parity.
	let even = 0;
	let odd = 0;
	for (let i = 0; i < b.length; i++) {
		if (b[i] !== 0) continue;
		if (i & 1) odd++;
		else even++;
	}
	const utf16 = even + odd >= 4 && Math.max(even, odd) >= 0.9 * (even + odd);
	const hint = utf16 ? '；疑似无 BOM 的 UTF-16 (looks like UTF-16 without a BOM)' : '';
	return new DecodeError(
		`文件 ${file} 不是文本文件：字节偏移 ${offset} 处有控制字符 ${hex} (${file}: control character ${hex} at byte ${offset}, not a text file)${hint}`,
		file,
		offset
	);
}

/** Control characters other than \t \n \f \r (C0, DEL, C1), and the replacement character. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const BAD_CHAR = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufffd]/;

function checkText(b: Uint8Array, file: string, decoded: DecodedText): DecodedText {
	const { text, encoding } = decoded;
	const m = BAD_CHAR.exec(text);
	if (m) {
		const offset = byteOffsetOf(b, text, m.index, encoding);
		const cp = m[0].charCodeAt(0);
		const hex = 'U+' + cp.toString(16).toUpperCase().padStart(4, '0');
		const message =
			cp === 0xfffd
				? `文件 ${file} 无法解码：字节偏移 ${offset} 处含替换字符 ${hex} (${file}: replacement character ${hex} at byte ${offset})`
				: `文件 ${file} 不是文本文件：字节偏移 ${offset} 处有控制字符 ${hex} (${file}: control character ${hex} at byte ${offset}, not a text file)`;
		throw new DecodeError(message, file, offset);
	}
	if (text.replace(/[\s\u200b-\u200d\u2060\ufeff]/g, '') === '') {
		throw new DecodeError(`文件为空：${file} (file is empty: ${file})`, file, null);
	}
	return decoded;
}

function decodeWithBom(b: Uint8Array, file: string): DecodedText | null {
	const [b0, b1, b2] = [b[0], b[1], b[2]];
	if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
		const text = fatalDecode('utf-8', b.subarray(3));
		if (text === null) throw invalidError(file, 'utf-8-bom', scanUtf8(b, 3).firstBad);
		return { text, encoding: 'utf-8-bom' };
	}
	const encoding =
		b0 === 0xff && b1 === 0xfe ? 'utf-16le' : b0 === 0xfe && b1 === 0xff ? 'utf-16be' : null;
	if (encoding === null) return null;
	const text = fatalDecode(encoding, b.subarray(2));
	if (text === null)
		throw invalidError(file, encoding, utf16InvalidOffset(b, encoding === 'utf-16le'));
	return { text, encoding };
}

/** Offset of the first odd trailing byte or unpaired surrogate in BOM-prefixed UTF-16. */
function utf16InvalidOffset(b: Uint8Array, le: boolean): number {
	const unit = (i: number) =>
		le
			? (b[i] as number) | ((b[i + 1] as number) << 8)
			: ((b[i] as number) << 8) | (b[i + 1] as number);
	let i = 2;
	while (i + 1 < b.length) {
		const u = unit(i);
		if (u >= 0xd800 && u <= 0xdbff) {
			if (i + 3 >= b.length) return i;
			const v = unit(i + 2);
			if (v < 0xdc00 || v > 0xdfff) return i;
			i += 4;
		} else if (u >= 0xdc00 && u <= 0xdfff) {
			return i;
		} else {
			i += 2;
		}
	}
	return i;
}

/** Decodes a bulletin file's bytes, detecting BOM / UTF-8 / GB18030; throws DecodeError if not clean text. */
export function decodeBytes(bytes: Uint8Array, file: string): DecodedText {
	if (bytes.length === 0) {
		throw new DecodeError(`文件为空：${file} (file is empty: ${file})`, file, null);
	}
	const withBom = decodeWithBom(bytes, file);
	if (withBom) return checkText(bytes, file, withBom);
	const control = firstControlByte(bytes);
	if (control >= 0) throw controlError(bytes, file, control);
	const utf8 = fatalDecode('utf-8', bytes);
	if (utf8 !== null) return checkText(bytes, file, { text: utf8, encoding: 'utf-8' });
	// Not UTF-8. If nearly all of its non-ASCII bytes are still well-formed UTF-8, it is a damaged
	// UTF-8 file, not GB18030: say where it broke instead of producing GB18030 mojibake.
	const scan = scanUtf8(bytes, 0);
	const utf8Likely = scan.totalHigh > 0 && scan.goodHigh / scan.totalHigh >= UTF8_LIKELY;
	if (utf8Likely && scan.totalHigh >= UTF8_EVIDENCE)
		throw invalidError(file, 'utf-8', scan.firstBad);
	const gb = fatalDecode('gb18030', bytes);
	if (gb === null) {
		throw utf8Likely
			? invalidError(file, 'utf-8', scan.firstBad)
			: invalidError(file, 'gb18030', gbInvalidOffset(bytes));
	}
	return checkText(bytes, file, { text: gb, encoding: 'gb18030' });
}
