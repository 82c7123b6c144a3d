import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DecodeError } from '../ingest/decode';
import { parseBulletinBytes } from './context';
import { loadParseContext } from './context-node';
import { BulletinError, parseBulletin } from './parse';

const ctx = loadParseContext('data');
const real = readFileSync('data/bulletins/2026-01.txt', 'utf8');
const realLines = real.split('\n');

/** A parse either succeeds or fails with one of the two documented errors. */
function outcome(run: () => unknown): 'ok' | 'refused' {
	try {
		run();
		return 'ok';
	} catch (e) {
		if (e instanceof BulletinError || e instanceof DecodeError) return 'refused';
		throw e;
	}
}

describe('parser properties', () => {
	it('any text gives a result or a clear error, never an exception', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => {
				expect(['ok', 'refused']).toContain(outcome(() => parseBulletin(s, ctx, 'x.txt')));
			}),
			{ numRuns: 500 }
		);
	});

	it('any bytes give a result or a clear error', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 400 }), (b) => {
				expect(['ok', 'refused']).toContain(outcome(() => parseBulletinBytes(b, 'x.bin', ctx)));
			}),
			{ numRuns: 500 }
		);
	});

	it('the real bulletin with lines deleted, duplicated or replaced never crashes and never loses text silently', () => {
		const edit = fc.array(
			fc.record({
				at: fc.nat({ max: realLines.length - 1 }),
				op: fc.constantFrom('delete', 'duplicate', 'replace'),
				text: fc.string({ maxLength: 30 })
			}),
			{ maxLength: 6 }
		);
		fc.assert(
			fc.property(edit, (edits) => {
				const lines = [...realLines];
				for (const e of edits) {
					e.at = Math.min(e.at, lines.length - 1);
					if (e.op === 'delete') lines.splice(e.at, 1);
					else if (e.op === 'duplicate') lines.splice(e.at, 0, lines[e.at] ?? '');
					else lines[e.at] = e.text;
				}
				const text = lines.join('\n');
				let parsed;
				try {
					parsed = parseBulletin(text, ctx, 'edited.txt');
				} catch (e) {
					expect(e).toBeInstanceOf(BulletinError);
					return;
				}
				// Every non-empty line of the edited text is in an item, the masthead, or a warning.
				const placed = [
					...parsed.items.flatMap((i) => [i.title, i.body, i.attribution ?? '']),
					...parsed.warnings.map((w) => `${w.text ?? ''}${w.message}`)
				]
					.join('\n')
					.replace(/\s/g, '');
				const header = new Set(
					realLines.slice(0, realLines.indexOf('本期导读') + 1).map((l) => l.trim())
				);
				for (const line of lines) {
					const t = line.trim();
					if (!t || header.has(t) || /^[★➤-]|报：|送：|编辑|审核|签发|地址|电话|网站|邮箱/.test(t))
						continue;
					if (realLines.includes(line) && /^- /.test(line)) continue;
					expect(placed).toContain(t.replace(/\s/g, ''));
				}
			}),
			{ numRuns: 200 }
		);
	});
});
