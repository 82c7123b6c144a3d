/** `npm run demo -- --issues N --seed S --out DIR`: write a deterministic synthetic bulletin archive. */
import {
	DEMO_USAGE,
	DemoArgsError,
	parseDemoArgs,
	writeDemoArchive
} from '../src/lib/demo/archive-node';
import { RegistryDataError } from '../src/lib/registry/csv';

try {
	const args = parseDemoArgs(process.argv.slice(2));
	if (args === null) {
		console.log(DEMO_USAGE);
	} else {
		console.log(writeDemoArchive(args).line);
	}
} catch (e) {
	if (e instanceof DemoArgsError) {
		console.error(`demo: ${e.message}\n${DEMO_USAGE}`);
		process.exit(2);
	}
	if (e instanceof RegistryDataError) {
		console.error(`demo: ${e.message}`);
		process.exit(1);
	}
	throw e;
}
