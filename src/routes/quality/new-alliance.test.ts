import { describe, expect, it } from 'vitest';
import { draftAlliance, validateNewAlliance, type NewAllianceInput } from './new-alliance';

const taken = {
	ids: new Set(['wapi', 'bim']),
	names: new Map([
		['WAPI产业技术创新战略联盟', 'wapi'],
		['WAPI联盟', 'wapi'],
		['BIM联盟', 'bim']
	])
};
const ok: NewAllianceInput = {
	id: 'quantum-communication',
	name: '量子通信产业技术创新战略联盟',
	shortName: '量子通信联盟',
	domain: 'quantum communication'
};

describe('draftAlliance', () => {
	it.each([
		[
			'a full name keeps it and offers its core + 联盟',
			'量子通信产业技术创新战略联盟',
			'量子通信产业技术创新战略联盟',
			'量子通信联盟'
		],
		[
			'a short name becomes the short name of a full name',
			'量子通信联盟',
			'量子通信产业技术创新战略联盟',
			'量子通信联盟'
		],
		['surrounding spaces go', '  量子通信联盟 ', '量子通信产业技术创新战略联盟', '量子通信联盟']
	])('%s', (_, text, name, shortName) => {
		expect(draftAlliance(text)).toEqual({ id: '', name, shortName, domain: '' });
	});
});

describe('validateNewAlliance', () => {
	it('accepts a complete form and trims it', () => {
		const { alliance, errors } = validateNewAlliance(
			{
				id: ' quantum-communication ',
				name: ` ${ok.name}`,
				shortName: `${ok.shortName} `,
				domain: ' quantum communication '
			},
			taken
		);
		expect(errors).toEqual([]);
		expect(alliance).toEqual({
			id: 'quantum-communication',
			name: '量子通信产业技术创新战略联盟',
			shortNames: ['量子通信联盟'],
			aliases: [],
			acronym: null,
			domain: 'quantum communication',
			userCreated: true
		});
	});

	it('accepts an empty short name and domain', () => {
		expect(
			validateNewAlliance({ ...ok, shortName: '', domain: '' }, taken).alliance?.shortNames
		).toEqual([]);
	});

	it.each<[string, Partial<NewAllianceInput>, { field: string; key: string }[]]>([
		['no id', { id: '' }, [{ field: 'id', key: 'quality.create.error.idRequired' }]],
		[
			'Chinese in the id',
			{ id: '量子-communication' },
			[{ field: 'id', key: 'quality.create.error.idFormat' }]
		],
		['capital letters', { id: 'Quantum' }, [{ field: 'id', key: 'quality.create.error.idFormat' }]],
		[
			'an underscore',
			{ id: 'quantum_comm' },
			[{ field: 'id', key: 'quality.create.error.idFormat' }]
		],
		['a space', { id: 'quantum comm' }, [{ field: 'id', key: 'quality.create.error.idFormat' }]],
		[
			'a double hyphen',
			{ id: 'quantum--comm' },
			[{ field: 'id', key: 'quality.create.error.idFormat' }]
		],
		[
			'a leading hyphen',
			{ id: '-quantum' },
			[{ field: 'id', key: 'quality.create.error.idFormat' }]
		],
		[
			'a trailing hyphen',
			{ id: 'quantum-' },
			[{ field: 'id', key: 'quality.create.error.idFormat' }]
		],
		[
			'an id already registered',
			{ id: 'wapi' },
			[{ field: 'id', key: 'quality.create.error.idTaken' }]
		],
		['no name', { name: '  ' }, [{ field: 'name', key: 'quality.create.error.nameRequired' }]],
		[
			'a name of another alliance',
			{ name: 'WAPI产业技术创新战略联盟' },
			[{ field: 'name', key: 'quality.create.error.nameTaken' }]
		],
		[
			'a short name of another alliance',
			{ shortName: 'BIM联盟' },
			[{ field: 'shortName', key: 'quality.create.error.nameTaken' }]
		],
		[
			'a list separator in a name',
			{ name: '量子|通信联盟' },
			[{ field: 'name', key: 'quality.create.error.nameChars' }]
		],
		[
			'a formula start',
			{ shortName: '=量子联盟' },
			[{ field: 'shortName', key: 'quality.create.error.nameChars' }]
		],
		[
			'the short name equal to the name',
			{ shortName: ok.name },
			[{ field: 'shortName', key: 'quality.create.error.shortSame' }]
		],
		[
			'every problem at once',
			{ id: 'wapi', name: '' },
			[
				{ field: 'id', key: 'quality.create.error.idTaken' },
				{ field: 'name', key: 'quality.create.error.nameRequired' }
			]
		]
	])('refuses %s', (_, patch, expected) => {
		const { alliance, errors } = validateNewAlliance({ ...ok, ...patch }, taken);
		expect(alliance).toBeNull();
		expect(errors.map(({ field, key }) => ({ field, key }))).toEqual(expected);
	});

	it('names the owner of a taken name', () => {
		expect(validateNewAlliance({ ...ok, shortName: 'WAPI联盟' }, taken).errors[0]?.vars).toEqual({
			name: 'WAPI联盟',
			id: 'wapi'
		});
	});
});
