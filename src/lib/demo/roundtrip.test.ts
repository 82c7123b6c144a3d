import { describe, expect, it } from 'vitest';
import { parseBulletinBytes } from '../bulletin/context';
import { loadParseContext } from '../bulletin/context-node';
import type { Section } from '../bulletin/types';
import { loadDemoAlliances } from './archive-node';
import { generateArchive, type DemoItem } from './generate';
import { renderIssue } from './render';

const ctx = loadParseContext('data');
const alliances = loadDemoAlliances('data/alliances.csv');
const SECTIONS: Section[] = ['policy', 'liaison', 'alliance'];

describe.each([1, 2, 7])('parse(render(generate())) with seed %i', (seed) => {
	const issues = generateArchive({ issues: 83, seed, alliances });
	const parsed = issues.map((issue) => {
		const text = renderIssue(issue);
		return parseBulletinBytes(new TextEncoder().encode(text), `demo-${issue.serial}.txt`, ctx);
	});

	it('gives back every issue’s masthead, marked synthetic, with zero warnings', () => {
		issues.forEach((issue, k) => {
			const p = parsed[k]!;
			expect(p.warnings).toEqual([]);
			expect(p.unresolved).toEqual([]);
			expect(p.issue).toMatchObject({
				id: `${issue.year}-${String(issue.number).padStart(2, '0')}`,
				year: issue.year,
				number: issue.number,
				serial: issue.serial,
				date: issue.date,
				publisher: '联盟试点工作联络组办公室',
				editor: issue.staff.editor,
				reviewer: issue.staff.reviewer,
				signer: issue.staff.signer,
				synthetic: true
			});
		});
	});

	it('gives back the same items: sections, titles, bodies, attributions, in order', () => {
		issues.forEach((issue, k) => {
			const expected = SECTIONS.flatMap((section) =>
				issue.sections[section].map((x: DemoItem) => ({
					section,
					title: x.title,
					body: x.body,
					attribution: x.attribution
				}))
			);
			const got = parsed[k]!.items.map((x) => ({
				section: x.section,
				title: x.title,
				body: x.body,
				attribution: x.attribution
			}));
			expect(got).toEqual(expected);
		});
	});

	it('resolves each alliance item’s contributor, finds its activity type and its event date', () => {
		issues.forEach((issue, k) => {
			const items = SECTIONS.flatMap((s) => issue.sections[s]);
			parsed[k]!.items.forEach((p, n) => {
				const x = items[n]!;
				expect(p.eventDate).toBe(x.eventDate ?? null);
				expect(p.eventPrecision).toBe(x.eventPrecision ?? null);
				if (p.section !== 'alliance') return;
				expect(p.kind).toBe('contributed');
				expect(p.alliances.filter((a) => a.role === 'contributor').map((a) => a.id)).toEqual([
					x.allianceId
				]);
				expect(p.topics.map((t) => t.id)).toContain(x.type);
			});
		});
	});

	it('policy digests keep their information source', () => {
		issues.forEach((issue, k) => {
			const policy = parsed[k]!.items.filter((p) => p.section === 'policy');
			expect(policy.map((p) => p.kind)).toEqual(issue.sections.policy.map(() => 'digest'));
			expect(
				policy.map((p) => `(联盟协发网秘书处和联盟试点工作联络组摘述，信息来源：${p.infoSource})`)
			).toEqual(issue.sections.policy.map((x) => x.attribution));
		});
	});
});
