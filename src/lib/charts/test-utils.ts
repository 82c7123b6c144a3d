/** Helpers for the jsdom component tests (*.svelte.test.ts); not shipped in the app. */
import { flushSync, mount, onMount, unmount, type Component } from 'svelte';

/**
 * Whether 'svelte' resolved to its browser build. Under the server build (vitest without the
 * `browser` resolve condition) flushSync and onMount are the same no-op and mount() throws.
 */
export const svelteInBrowserBuild = (flushSync as unknown) !== (onMount as unknown);

/** jsdom has no ResizeObserver, which bind:clientWidth needs; charts then fall back to 640 px. */
export function stubResizeObserver(): void {
	globalThis.ResizeObserver ??= class {
		observe() {}
		unobserve() {}
		disconnect() {}
	};
}

/**
 * Mount a component into a fresh <div> and flush; returns the container and a cleanup.
 * Props are loosely typed: generic components (generics="T") do not fit one Component<P>.
 */
export function render(
	component: Component<never>,
	props: Record<string, unknown>
): { target: HTMLDivElement; destroy: () => void } {
	const target = document.createElement('div');
	document.body.append(target);
	const instance = mount(component as unknown as Component<Record<string, unknown>>, {
		target,
		props
	});
	flushSync();
	return {
		target,
		destroy: () => {
			unmount(instance);
			target.remove();
		}
	};
}

/** Click the button whose text is `text` and flush. */
export function clickButton(root: HTMLElement, text: string): void {
	const button = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
	if (!button) throw new Error(`no button "${text}"`);
	button.click();
	flushSync();
}
