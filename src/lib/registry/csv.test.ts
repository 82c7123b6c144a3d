import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAlliancesCsv, parseBodiesCsv, RegistryDataError } from './csv';

const HEADER = 'id,name,short_names,aliases,acronym,domain';

function errorOf(run: () => unknown): RegistryDataError {
	try {
		run();
	} catch (e) {
		if (e instanceof RegistryDataError) return e;
		throw e;
	}
	throw new Error('expected a RegistryDataError');
}

describe('data/alliances.csv', () => {
	const alliances = parseAlliancesCsv(readFileSync('data/alliances.csv', 'utf8'));

	it('holds the 15 alliances of 2026-01 and the others the reference names', () => {
		expect(alliances.length).toBeGreaterThanOrEqual(45);
		const ids = alliances.map((a) => a.id);
		for (const id of [
			'semiconductor-lighting',
			'powder-metallurgy',
			'chemical-fibre',
			'recycled-resources',
			'emergency-rescue-equipment',
			'auto-lightweighting',
			'electric-vehicle',
			'visual-intelligence',
			'third-gen-semiconductor',
			'meat-processing',
			'igrs',
			'bim',
			'sludge-treatment',
			'wapi',
			'housing',
			'housing-technology',
			'td',
			'solar-thermal',
			'avs',
			'huai-river-water-reuse'
		]) {
			expect(ids).toContain(id);
		}
	});

	it('splits lists and keeps acronyms', () => {
		const bim = alliances.find((a) => a.id === 'bim');
		expect(bim?.name).toBe('建筑信息模型（BIM）产业技术创新战略联盟');
		expect(bim?.aliases).toContain('BIM产业技术创新战略联盟');
		expect(bim?.acronym).toBe('BIM');
		expect(alliances.find((a) => a.id === 'housing')?.acronym).toBeNull();
		expect(alliances.find((a) => a.id === 'emergency-rescue-equipment')?.aliases).toContain(
			'应急装备产业技术创新战略联盟'
		);
	});
});

describe('data/bodies.csv', () => {
	it('holds the liaison group, the coordination network and the 国联 centre', () => {
		const bodies = parseBodiesCsv(readFileSync('data/bodies.csv', 'utf8'));
		expect(bodies.map((b) => b.id)).toEqual(['liaison-group', 'citisa', 'guolian-center']);
		expect(bodies[1]?.aliases).toContain('联盟协发网');
	});
});

describe('malformed rows name their line', () => {
	it.each([
		['missing id', `${HEADER}\na,甲联盟,,,,x\n,乙联盟,,,,y`, 3, /缺少 id/],
		['duplicate id', `${HEADER}\na,甲联盟,,,,x\n\nb,乙联盟,,,,y\na,丙联盟,,,,z`, 5, /与第2行重复/],
		['non-ASCII id', `${HEADER}\n半导体,甲联盟,,,,x`, 2, /非 ASCII/],
		['not kebab-case', `${HEADER}\nSemi_Lighting,甲联盟,,,,x`, 2, /kebab-case/],
		['missing name', `${HEADER}\na,,,,,x`, 2, /缺少名称/],
		[
			'alias of two alliances',
			`${HEADER}\na,甲联盟,甲|丙联盟,,,x\nb,乙联盟,,丙联盟,,y`,
			3,
			/丙联盟.*a.*b/
		],
		['wrong column count', `${HEADER}\na,甲联盟,,,x`, 2, /6 列/],
		['wrong header', 'id,name,short,aliases,acronym,domain\na,甲联盟,,,,x', 1, /表头/],
		['line after a quoted newline', `${HEADER}\na,"甲\n联盟",,,,x\n,乙联盟,,,,y`, 4, /缺少 id/]
	])('%s', (_what, text, line, message) => {
		const e = errorOf(() => parseAlliancesCsv(text));
		expect(e.line).toBe(line);
		expect(e.message).toContain(`alliances.csv 第${line}行`);
		expect(e.message).toMatch(message);
	});

	it('in bodies.csv too', () => {
		const e = errorOf(() => parseBodiesCsv('id,name,aliases\nx,甲,乙\ny,丙,乙'));
		expect(e.line).toBe(3);
		expect(e.message).toMatch(/bodies.csv 第3行/);
	});

	it('accepts a BOM, CRLF and a trailing newline', () => {
		const rows = parseAlliancesCsv(`\uFEFF${HEADER}\r\na,甲联盟,甲,,,x\r\n`);
		expect(rows).toEqual([
			{ id: 'a', name: '甲联盟', shortNames: ['甲'], aliases: [], acronym: null, domain: 'x' }
		]);
	});
});
