import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DecodeError, decodeBytes } from './decode';
import { decodeAndNormalize, normalizeText } from './normalize';

const root = new URL('../../../', import.meta.url);
const read = (path: string) => new Uint8Array(readFileSync(new URL(path, root)));
const fixture = (name: string) => read(`tests/fixtures/${name}`);
const utf8 = (s: string) => new TextEncoder().encode(s);

const originalBytes = read('data/bulletins/2026-01.txt');
const originalText = new TextDecoder().decode(originalBytes);
const expected = normalizeText(originalText);

/** Runs `fn`, expecting a DecodeError, and returns it. */
function decodeError(fn: () => unknown): DecodeError {
	try {
		fn();
	} catch (e) {
		expect(e).toBeInstanceOf(DecodeError);
		return e as DecodeError;
	}
	throw new Error('expected a DecodeError');
}

describe('decodeBytes: fixtures', () => {
	it('reads the UTF-8 original as utf-8, unchanged', () => {
		const r = decodeBytes(originalBytes, '2026-01.txt');
		expect(r.encoding).toBe('utf-8');
		expect(r.text).toBe(originalText);
	});

	it.each([
		['2026-01.gb18030.txt', 'gb18030'],
		['2026-01.bom.txt', 'utf-8-bom'],
		['2026-01.crlf.txt', 'utf-8'],
		['2026-01.utf16le.txt', 'utf-16le']
	] as const)('%s decodes as %s to the same normalised text', (name, encoding) => {
		const r = decodeAndNormalize(fixture(name), name);
		expect(r.encoding).toBe(encoding);
		expect(r.text).toBe(expected);
	});

	it('decodes the exact original text from GB18030, BOM and UTF-16 (before normalisation)', () => {
		for (const name of ['2026-01.gb18030.txt', '2026-01.bom.txt', '2026-01.utf16le.txt']) {
			expect(decodeBytes(fixture(name), name).text).toBe(originalText);
		}
	});

	it('decodes UTF-16BE with a BOM (byte-swapped UTF-16LE fixture)', () => {
		const le = fixture('2026-01.utf16le.txt');
		const be = new Uint8Array(le.length);
		for (let i = 0; i + 1 < le.length; i += 2) {
			be[i] = le[i + 1] as number;
			be[i + 1] = le[i] as number;
		}
		const r = decodeAndNormalize(be, 'be.txt');
		expect(r.encoding).toBe('utf-16be');
		expect(r.text).toBe(expected);
	});

	it('refuses junk.bin with the file name and a byte offset', () => {
		const bytes = fixture('junk.bin');
		const e = decodeError(() => decodeBytes(bytes, 'junk.bin'));
		expect(e.file).toBe('junk.bin');
		expect(e.offset).toEqual(expect.any(Number));
		expect(e.offset).toBeGreaterThanOrEqual(0);
		expect(e.offset).toBeLessThan(bytes.length);
		expect(e.message).toContain('junk.bin');
		expect(e.message).toContain(`byte ${e.offset}`);
	});

	it('refuses empty.txt (0 bytes) as empty, without an offset', () => {
		const e = decodeError(() => decodeBytes(fixture('empty.txt'), 'empty.txt'));
		expect(e.file).toBe('empty.txt');
		expect(e.offset).toBeNull();
		expect(e.message).toContain('文件为空');
		expect(e.message).toContain('file is empty');
		expect(e.message).toContain('empty.txt');
	});

	it.each(['2026-01.pdf', '2026-01.docx'])('refuses the binary %s', (name) => {
		const e = decodeError(() => decodeBytes(fixture(name), name));
		expect(e.offset).toEqual(expect.any(Number));
		expect(e.message).toContain(name);
	});
});

describe('decodeBytes: refusals with exact offsets', () => {
	it.each([
		['spaces and newlines', ' \n\r\n\t '],
		['full-width spaces', '\u3000\u3000\n'],
		['a BOM and nothing else', '\ufeff'],
		['zero-width characters', '\u200b\u2060\n']
	])('treats a file of only %s as empty', (_, text) => {
		const e = decodeError(() => decodeBytes(utf8(text), 'blank.txt'));
		expect(e.offset).toBeNull();
		expect(e.message).toContain('文件为空');
	});

	it('finds a NUL byte in otherwise good UTF-8', () => {
		const bytes = utf8('联盟简报\n第一行\u0000第二行');
		const e = decodeError(() => decodeBytes(bytes, 'nul.txt'));
		expect(e.offset).toBe(bytes.indexOf(0));
		expect(e.message).toContain('U+0000');
		expect(e.message).toContain('nul.txt');
	});

	it('finds a control byte in GB18030 text at its byte offset', () => {
		const gb = fixture('2026-01.gb18030.txt');
		const at = gb.indexOf(0x0a, 1000) + 1;
		const bytes = new Uint8Array([...gb.subarray(0, at), 0x07, ...gb.subarray(at)]);
		const e = decodeError(() => decodeBytes(bytes, 'bell.txt'));
		expect(e.offset).toBe(at);
		expect(e.message).toContain('U+0007');
	});

	it('reads a short GB18030 text as GB18030', () => {
		const bytes = new Uint8Array([0xc1, 0xaa, 0xc3, 0xcb, 0xbc, 0xf2, 0xb1, 0xa8]);
		expect(decodeBytes(bytes, 'short.txt')).toEqual({ text: '联盟简报', encoding: 'gb18030' });
	});

	it('accepts \\t \\f \\r \\n', () => {
		expect(decodeBytes(utf8('a\tb\fc\r\nd\n'), 'ok.txt').text).toBe('a\tb\fc\r\nd\n');
	});

	it('refuses a literal U+FFFD in UTF-8 at its byte offset', () => {
		const bytes = utf8('简报：\ufffd乱码');
		const e = decodeError(() => decodeBytes(bytes, 'fffd.txt'));
		expect(e.offset).toBe(utf8('简报：').length);
		expect(e.message).toContain('U+FFFD');
	});

	it('refuses damaged UTF-8 (one bad byte) as UTF-8, not as GB18030 mojibake', () => {
		const at = originalBytes.indexOf(0x0a, 5000) + 1;
		const bytes = new Uint8Array([
			...originalBytes.subarray(0, at),
			0xff,
			...originalBytes.subarray(at)
		]);
		const e = decodeError(() => decodeBytes(bytes, 'bad.txt'));
		expect(e.offset).toBe(at);
		expect(e.message).toContain(`invalid UTF-8 at byte ${at}`);
	});

	it('refuses UTF-8 cut in the middle of a character at the cut', () => {
		const char = originalBytes.lastIndexOf(0x0a) + 1; // first byte of 新 in the last line
		const bytes = originalBytes.subarray(0, char + 2);
		expect(decodeError(() => decodeBytes(bytes, 'cut.txt')).offset).toBe(char);
	});

	it('refuses a short damaged UTF-8 text as UTF-8 when GB18030 fails too', () => {
		const bytes = new Uint8Array([...utf8('联盟简报'), 0xff]);
		const e = decodeError(() => decodeBytes(bytes, 'short.txt'));
		expect(e.message).toContain('invalid UTF-8 at byte 12');
	});

	it('refuses a BOM-prefixed UTF-8 file with a bad byte at the right offset', () => {
		const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('联盟'), 0xc0, 0x80]);
		const e = decodeError(() => decodeBytes(bytes, 'bom.txt'));
		expect(e.offset).toBe(9);
	});

	it('refuses GB18030 with a bad trail byte at the lead byte', () => {
		const gb = fixture('2026-01.gb18030.txt');
		const bytes = new Uint8Array([...gb.subarray(0, 40), 0xb0, 0x0a, ...gb.subarray(40)]);
		expect(new TextDecoder('gb18030').decode(gb.subarray(0, 40))).not.toContain('\ufffd');
		const e = decodeError(() => decodeBytes(bytes, 'gb.txt'));
		expect(e.offset).toBe(40);
		expect(e.message).toBe(
			'文件 gb.txt 无法解码：字节偏移 40 处不是有效的 GB18030 文本 (gb.txt: invalid GB18030 at byte 40)'
		);
	});

	it('refuses GB18030 cut after a lead byte', () => {
		const gb = fixture('2026-01.gb18030.txt');
		const bytes = new Uint8Array([...gb, 0xd6]);
		expect(decodeError(() => decodeBytes(bytes, 'gb.txt')).offset).toBe(gb.length);
	});

	it('refuses an unmapped GB18030 four-byte sequence', () => {
		const bytes = new Uint8Array([...utf8('ab'), 0x84, 0x31, 0xa5, 0x30, 0xb0, 0xa1]);
		expect(decodeError(() => decodeBytes(bytes, 'gb.txt')).offset).toBe(2);
	});

	it('refuses UTF-16 with an odd byte count or an unpaired surrogate', () => {
		const odd = new Uint8Array([0xff, 0xfe, 0x54, 0x80, 0x41]);
		expect(decodeError(() => decodeBytes(odd, 'u16.txt')).offset).toBe(4);
		const lone = new Uint8Array([0xfe, 0xff, 0x80, 0x54, 0xd8, 0x00, 0x00, 0x41]);
		const e = decodeError(() => decodeBytes(lone, 'u16.txt'));
		expect(e.offset).toBe(4);
		expect(e.message).toContain('UTF-16BE');
	});

	it('refuses UTF-16 without a BOM instead of guessing (NUL bytes)', () => {
		const le = fixture('2026-01.utf16le.txt').subarray(2);
		const e = decodeError(() => decodeBytes(le, 'nobom.txt'));
		expect(e.offset).toBe(1);
		expect(e.message).toContain('U+0000');
		expect(e.message).toContain('UTF-16 without a BOM');
	});
});

describe('decodeBytes: properties', () => {
	it('on any bytes, returns clean text or a DecodeError whose offset is a real failure point', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
				let result;
				try {
					result = decodeBytes(bytes, 'p.bin');
				} catch (e) {
					expect(e).toBeInstanceOf(DecodeError);
					const { offset, message } = e as DecodeError;
					if (offset === null) {
						expect(message).toContain('文件为空');
						return;
					}
					expect(offset).toBeGreaterThanOrEqual(0);
					expect(offset).toBeLessThanOrEqual(bytes.length);
					if (message.includes('invalid GB18030')) {
						// Everything before the offset is valid GB18030 on its own.
						const prefix = bytes.subarray(0, offset);
						expect(() => new TextDecoder('gb18030', { fatal: true }).decode(prefix)).not.toThrow();
					}
					return;
				}
				// eslint-disable-next-line no-control-regex -- finding control characters is the point
				expect(result.text).not.toMatch(/[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufffd]/);
			}),
			{ numRuns: 2000 }
		);
	});

	it('reports the exact offset of a bad byte inserted into GB18030 text', () => {
		const gb = fixture('2026-01.gb18030.txt').subarray(0, 3000);
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 2999 }), (at) => {
				// Insert 0xFF (never valid in GB18030) at a character boundary at or after `at`.
				let i = 0;
				while (i < at) {
					const second = gb[i + 1] as number;
					i += (gb[i] as number) < 0x80 ? 1 : second >= 0x30 && second <= 0x39 ? 4 : 2;
				}
				const bytes = new Uint8Array([...gb.subarray(0, i), 0xff, ...gb.subarray(i)]);
				expect(decodeError(() => decodeBytes(bytes, 'g.txt')).offset).toBe(i);
			}),
			{ numRuns: 200 }
		);
	});
});

describe('decodeBytes: speed', () => {
	/** Median milliseconds of `fn` over `runs` runs. */
	function median(fn: () => void, runs = 41): number {
		const times: number[] = [];
		for (let i = 0; i < runs; i++) {
			const t = performance.now();
			fn();
			times.push(performance.now() - t);
		}
		return times.sort((a, b) => a - b)[runs >> 1] as number;
	}

	it('decodes a 30 KB UTF-8 or GB18030 file in well under a millisecond (median)', () => {
		const cut = originalBytes.indexOf(0x0a, 9000) + 1;
		const big = new Uint8Array([...originalBytes, ...originalBytes.subarray(0, cut)]);
		expect(big.length).toBeGreaterThan(30_000);
		const gb = fixture('2026-01.gb18030.txt');
		const gbBig = new Uint8Array([...gb, ...gb]);
		expect(gbBig.length).toBeGreaterThan(29_000);
		expect(median(() => decodeBytes(big, 'big.txt'))).toBeLessThan(1);
		expect(median(() => decodeBytes(gbBig, 'big.txt'))).toBeLessThan(1);
	});
});
