/** A small pool of import workers: requests go to the least busy one; idle workers are let go after a while. */
import type { WorkerAnswers, WorkerRequest } from './import-protocol';

type Pending = { resolve: (a: unknown) => void; reject: (e: Error) => void; slot: Slot };
interface Slot {
	worker: Worker;
	inFlight: number;
}

const IDLE_MS = 30_000;

/** Workers for extraction and parsing, started on first use. */
export class ImportWorkers {
	private slots: Slot[] = [];
	private pending = new Map<number, Pending>();
	private nextId = 1;
	private idleTimer: ReturnType<typeof setTimeout> | null = null;
	private readonly size: number;

	constructor(size?: number) {
		const cores = typeof navigator !== 'undefined' ? (navigator.hardwareConcurrency ?? 2) : 2;
		this.size = size ?? Math.max(1, Math.min(4, cores - 1));
	}

	private spawn(): Slot {
		const worker = new Worker(new URL('./import.worker.ts', import.meta.url), {
			type: 'module',
			name: 'pulse-import'
		});
		const slot: Slot = { worker, inFlight: 0 };
		worker.onmessage = (e: MessageEvent<{ id: number; answer: unknown }>) => {
			const p = this.pending.get(e.data.id);
			if (!p) return;
			this.pending.delete(e.data.id);
			slot.inFlight--;
			p.resolve(e.data.answer);
			this.scheduleIdle();
		};
		worker.onerror = (e) => {
			e.preventDefault();
			this.fail(slot, new Error(`导入线程出错：${e.message || '无法加载'} (import worker failed)`));
		};
		this.slots.push(slot);
		return slot;
	}

	private fail(slot: Slot, error: Error): void {
		for (const [id, p] of this.pending) {
			if (p.slot !== slot) continue;
			this.pending.delete(id);
			p.reject(error);
		}
		slot.worker.terminate();
		this.slots = this.slots.filter((s) => s !== slot);
	}

	private pick(): Slot {
		const free = this.slots.reduce<Slot | null>(
			(best, s) => (best === null || s.inFlight < best.inFlight ? s : best),
			null
		);
		if (free && (free.inFlight === 0 || this.slots.length >= this.size)) return free;
		return this.spawn();
	}

	private scheduleIdle(): void {
		if (this.pending.size > 0) return;
		if (this.idleTimer) clearTimeout(this.idleTimer);
		this.idleTimer = setTimeout(() => {
			if (this.pending.size === 0) this.terminate();
		}, IDLE_MS);
	}

	/** Send one request to a worker; resolves with its answer (failures are answers with ok: false). */
	run<T extends WorkerRequest['type']>(
		req: Extract<WorkerRequest, { type: T }>
	): Promise<WorkerAnswers[T]> {
		if (this.idleTimer) clearTimeout(this.idleTimer);
		const slot = this.pick();
		const id = this.nextId++;
		slot.inFlight++;
		return new Promise((resolve, reject) => {
			this.pending.set(id, { resolve: resolve as (a: unknown) => void, reject, slot });
			slot.worker.postMessage({ id, req });
		});
	}

	/** Stop every worker; requests in flight fail. */
	terminate(): void {
		for (const slot of this.slots)
			this.fail(slot, new Error('导入已停止 (import workers stopped)'));
		this.slots = [];
	}
}
