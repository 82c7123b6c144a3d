/** Debian's Chromium through playwright-core, started the way this machine allows (no network beyond 127.0.0.1). */
import { chromium, type Browser } from 'playwright-core';

/** Launch headless Chromium; CHROMIUM overrides the path. */
export function launchChromium(): Promise<Browser> {
	return chromium.launch({
		executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
		headless: true,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--disable-dev-shm-usage'
		]
	});
}
