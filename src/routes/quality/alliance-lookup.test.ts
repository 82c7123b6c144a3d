import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAlliancesCsv } from '$lib/registry/csv';
import { allianceChoices, lookupAlliance, shortName } from './alliance-lookup';

const alliances = parseAlliancesCsv(readFileSync('data/alliances.csv', 'utf8'));

describe('lookupAlliance', () => {
	it.each([
		['the full name', 'WAPI产业技术创新战略联盟', 'wapi'],
		['a short name', 'WAPI联盟', 'wapi'],
		['an alias', 'BIM产业技术创新战略联盟', 'bim'],
		['an acronym, any case', 'bim', 'bim'],
		['the id', 'semiconductor-lighting', 'semiconductor-lighting'],
		['with spaces around', '  住宅联盟 ', 'housing'],
		['an unknown name', '量子通信联盟', null],
		['a part of a name', '住宅', null],
		['nothing', '   ', null]
	])('%s', (_, text, id) => {
		expect(lookupAlliance(text, alliances)?.id ?? null).toBe(id);
	});
});

describe('allianceChoices', () => {
	it('lists every form once, each naming its alliance', () => {
		const choices = allianceChoices(alliances);
		expect(new Set(choices.map((c) => c.form)).size).toBe(choices.length);
		expect(choices.filter((c) => c.alliance.id === 'wapi').map((c) => c.form)).toEqual([
			'WAPI产业技术创新战略联盟',
			'WAPI联盟',
			'WAPI'
		]);
		for (const c of choices) expect(lookupAlliance(c.form, alliances)?.id).toBe(c.alliance.id);
	});
});

describe('shortName', () => {
	it('prefers the first short name', () => {
		expect(shortName({ name: '住宅产业技术创新战略联盟', shortNames: ['住宅联盟'] })).toBe(
			'住宅联盟'
		);
		expect(shortName({ name: '某联盟', shortNames: [] })).toBe('某联盟');
	});
});
