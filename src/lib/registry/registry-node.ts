/** Load the registry from the data directory in Node (CLI scripts, tests). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAlliancesCsv, parseBodiesCsv } from './csv';
import { createRegistry, type AllianceRegistry } from './registry';
import type { UserAlias } from './types';

/** Read data/alliances.csv and data/bodies.csv and build the registry. */
export function loadRegistry(dataDir = 'data', userAliases: UserAlias[] = []): AllianceRegistry {
	const alliancesFile = join(dataDir, 'alliances.csv');
	const bodiesFile = join(dataDir, 'bodies.csv');
	const alliances = parseAlliancesCsv(readFileSync(alliancesFile, 'utf8'), alliancesFile);
	const bodies = parseBodiesCsv(readFileSync(bodiesFile, 'utf8'), bodiesFile);
	return createRegistry(alliances, bodies, userAliases);
}
