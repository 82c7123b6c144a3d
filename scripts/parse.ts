/** npm run parse -- FILE...: parse bulletin files and print the JSON contract documented in README.md. */
import { readFileSync } from 'node:fs';
import { loadParseContext } from '../src/lib/bulletin/context-node';
import { parseBulletinFile } from '../src/lib/ingest/extract-node';
import { toParseOutput, type ParseOutput } from '../src/lib/bulletin/json';

const files = process.argv.slice(2);
if (files.length === 0) {
	console.error('用法 usage: npm run parse -- FILE...');
	process.exit(2);
}
const ctx = loadParseContext();
const out: ParseOutput[] = [];
let failed = false;
for (const file of files) {
	try {
		const bytes = new Uint8Array(readFileSync(file));
		out.push(toParseOutput(file, await parseBulletinFile(bytes, file, ctx)));
	} catch (e) {
		failed = true;
		out.push({ file, error: e instanceof Error ? e.message : String(e) });
	}
}
process.stdout.write(JSON.stringify(out, null, 2) + '\n');
process.exit(failed ? 1 : 0);
