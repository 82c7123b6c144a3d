/** `npm run report -- --year 2026 [--out FILE] [--data DIR] [--real]`: the activeness evaluation as CSV. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { safeCell, toCsv } from '../src/lib/export/csv';
import {
	buildReport,
	parseReportArgs,
	REPORT_USAGE,
	ReportArgsError,
	ReportInputError,
	type ReportArgs
} from '../src/lib/evaluation/report-node';

// Re-exported for the report tests, which read the CSV the way the command writes it.
export { safeCell, toCsv };

/** The whole report as CSV text, and the line for the terminal. */
export async function reportCsv(args: ReportArgs, now = new Date()) {
	const table = await buildReport(args, now);
	return { csv: toCsv(table), summary: table.summary, result: table.result };
}

/** Run the command; the exit code: 0 done, 1 nothing to report on or a failed build, 2 bad arguments. */
async function main(argv: string[]): Promise<number> {
	try {
		const args = parseReportArgs(argv);
		if (args === null) {
			console.log(REPORT_USAGE);
			return 0;
		}
		const { csv, summary } = await reportCsv(args);
		if (args.out) {
			writeFileSync(args.out, csv, 'utf8');
			console.error(`${summary} → ${args.out}`);
		} else {
			process.stdout.write(csv);
			console.error(summary);
		}
		return 0;
	} catch (e) {
		if (e instanceof ReportArgsError) {
			console.error(`report: ${e.message}\n${REPORT_USAGE}`);
			return 2;
		}
		if (e instanceof ReportInputError) {
			console.error(`report: ${e.message}`);
			return 1;
		}
		console.error(`report: ${e instanceof Error ? e.message : String(e)}`);
		return 1;
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
	process.exitCode = await main(process.argv.slice(2));
}
