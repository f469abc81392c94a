/**
 * What a cell's `act` works with: the fault server, a Chromium profile on disk, tabs on the host
 * page (the real script-tag build), submits through `window.touchpoint.submit()`, and the ways to
 * hurt them (offline, closed tab, killed renderer, killed browser). Everything it starts,
 * `dispose()` stops.
 */
import { rmSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import type { DeadLetter, Touchpoint, TouchpointStats } from '@touchpoint/core';
import { launchProfile } from '../support/browser.js';
import type { Cell, Check, Tab } from './cell.js';
import { bounded, sleep } from './deadline.js';
import type { FaultServer } from './fault-server.js';
import type { Submitted } from './figures.js';
import { browserPid, killLeftovers, killProcess, rendererPid } from './processes.js';

type TouchpointWindow = { touchpoint: Touchpoint };

/** What a cell's `act` works with. */
export class CellContext {
  readonly tabs: Tab[] = [];
  readonly submitted: Submitted[] = [];
  readonly refusals: string[] = [];
  readonly checks: Check[] = [];
  readonly notes: string[] = [];
  /** When the fault ended (drain time counts from here). */
  healedAt: number | undefined;
  #context: BrowserContext | undefined;
  #contexts: BrowserContext[] = [];
  #next = 0;
  #disposed = false;
  #pids = new Map<Tab, number>();

  /**
   * @param server the endpoint and its ledger
   * @param pageServer where the host page comes from (the same server unless cross-origin)
   */
  constructor(
    readonly cell: Cell,
    readonly server: FaultServer,
    readonly pageServer: FaultServer,
    readonly profile: string,
  ) {}

  get context(): BrowserContext {
    if (!this.#context) throw new Error('no browser is running');
    return this.#context;
  }

  /** Starts Chromium on the cell's profile (again, after a kill: same IndexedDB). */
  async launch(): Promise<void> {
    if (this.#disposed) throw new Error('the cell is over');
    const context = await bounded(launchProfile(this.profile), 30_000, 'launching Chromium');
    this.#contexts.push(context);
    // An act that overran its bound may still get here after dispose(): close what it started.
    if (this.#disposed) {
      await context.close().catch(() => undefined);
      killLeftovers(this.profile);
      throw new Error('the cell is over');
    }
    this.#context = context;
  }

  /** Opens the host page in a new tab and waits for `window.touchpoint`. */
  async openTab(label: string): Promise<Tab> {
    const context = this.context;
    const blank = context.pages().find((p) => p.url() === 'about:blank' && !this.#owns(p));
    const page = blank ?? (await context.newPage());
    const tab: Tab = { label, page, alive: true };
    this.tabs.push(tab);
    const dead = () => (tab.alive = false);
    page.on('close', dead);
    page.on('crash', dead);
    page.on('console', (m) => {
      // The browser's own network log lines are the faults we inject, not news.
      if (m.text().startsWith('Failed to load resource')) return;
      if ((m.type() === 'error' || m.type() === 'warning') && this.notes.length < 20) {
        this.notes.push(`tab ${label} console.${m.type()}: ${m.text().slice(0, 200)}`);
      }
    });
    page.on('pageerror', (e) => this.notes.push(`tab ${label} page error: ${String(e)}`));
    await page.goto(`${this.pageServer.url}/?tab=${encodeURIComponent(label)}`, {
      timeout: 15_000,
    });
    await this.#ready(page);
    return tab;
  }

  /** Reloads the tab (a fresh SDK instance on the same outbox). */
  async reload(tab: Tab): Promise<void> {
    await tab.page.reload({ timeout: 15_000 });
    await this.#ready(tab.page);
  }

  async #ready(page: Page): Promise<void> {
    await page.waitForFunction(
      () =>
        typeof (window as unknown as Partial<TouchpointWindow>).touchpoint?.submit === 'function',
      undefined,
      { timeout: 10_000 },
    );
  }

  /** Opens a same-origin tab without the SDK (to reach the origin's IndexedDB directly). */
  async openBlank(label: string): Promise<Page> {
    const page = await this.context.newPage();
    await page.goto(`${this.pageServer.url}/blank?tab=${encodeURIComponent(label)}`, {
      timeout: 15_000,
    });
    return page;
  }

  #owns(page: Page): boolean {
    return this.tabs.some((t) => t.page === page);
  }

  /** The comment that identifies answer `i` from `tab` (unique in the cell). */
  comment(tab: Tab | string, i: number): string {
    return `${this.cell.slug} ${typeof tab === 'string' ? tab : tab.label} #${i}`;
  }

  /**
   * Submits `count` answers in `tab`, `chunk` at a time (all of a chunk concurrently), and
   * records what each `submit()` resolved with. With `queueLimit`, a chunk waits until the tab's
   * queue has room below that limit: a steady stream rather than a flood past `maxQueue`.
   */
  async submit(
    tab: Tab,
    count: number,
    { chunk = count, queueLimit }: { chunk?: number; queueLimit?: number } = {},
  ): Promise<void> {
    for (let done = 0; done < count; done += chunk) {
      const size = Math.min(chunk, count - done);
      if (queueLimit !== undefined) await this.#room(tab, queueLimit - size);
      const first = this.#next;
      this.#next += size;
      const prefix = this.comment(tab, 0).slice(0, -1);
      const results = await bounded(
        tab.page.evaluate(
          ({ prefix, first, size }) => {
            const tp = (window as unknown as TouchpointWindow).touchpoint;
            return Promise.all(
              Array.from({ length: size }, async (_, k) => {
                const i = first + k;
                const comment = `${prefix}${i}`;
                try {
                  const record = await tp.submit({
                    type: 'nps',
                    surveyId: 'chaos',
                    score: i % 11,
                    comment,
                  });
                  return { ok: true as const, id: record.id, comment };
                } catch (error) {
                  return { ok: false as const, comment, error: String(error) };
                }
              }),
            );
          },
          { prefix, first, size },
        ),
        Math.max(60_000, size * 20),
        `submitting ${size} answers in tab ${tab.label}`,
      );
      for (const r of results) {
        if (r.ok) this.submitted.push({ id: r.id, comment: r.comment });
        else this.refusals.push(`${r.comment}: ${r.error}`);
      }
    }
  }

  async #room(tab: Tab, maxQueued: number): Promise<void> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const { queued } = await this.stats(tab);
      if (queued <= maxQueued) return;
      if (Date.now() > deadline) {
        throw new Error(`tab ${tab.label}'s queue stayed at ${queued} (> ${maxQueued}) for 60 s`);
      }
      await sleep(50);
    }
  }

  /** Submits `count` answers spread over `tabs`, every tab at the same time. */
  async submitAcross(tabs: Tab[], count: number): Promise<void> {
    await Promise.all(
      tabs.map((tab, k) => {
        const share = Math.floor(count / tabs.length) + (k < count % tabs.length ? 1 : 0);
        return this.submit(tab, share);
      }),
    );
  }

  async stats(tab: Tab): Promise<TouchpointStats> {
    return bounded(
      tab.page.evaluate(() => (window as unknown as TouchpointWindow).touchpoint.stats()),
      10_000,
      `stats() in tab ${tab.label}`,
    );
  }

  async deadLetters(tab: Tab): Promise<Array<{ id: string; reason: string }>> {
    return bounded(
      tab.page.evaluate(async () => {
        const letters: DeadLetter[] = await (
          window as unknown as TouchpointWindow
        ).touchpoint.deadLetters();
        return letters.map((l) => ({ id: l.record.id, reason: l.reason }));
      }),
      10_000,
      `deadLetters() in tab ${tab.label}`,
    );
  }

  /** Marks the end of the fault: drain time counts from now. */
  healed(): void {
    this.healedAt = Date.now();
  }

  /** Clears the server's faults, brings it up, marks the end of the fault. */
  async heal(): Promise<void> {
    await this.server.heal();
    this.healed();
  }

  /** The renderer pid of `tab` (found once, by CPU fingerprint; do it before the fault). */
  async rendererPid(tab: Tab): Promise<number> {
    let pid = this.#pids.get(tab);
    if (pid === undefined) {
      pid = await rendererPid(tab.page, this.profile);
      this.#pids.set(tab, pid);
    }
    return pid;
  }

  /** Kills the tab's renderer with SIGKILL (a crash: no unload, no pagehide). */
  async killRenderer(tab: Tab): Promise<void> {
    const pid = await this.rendererPid(tab);
    const crashed = new Promise<void>((resolve) => tab.page.once('crash', () => resolve()));
    killProcess(pid);
    await bounded(crashed, 10_000, `tab ${tab.label} to crash after its renderer was killed`);
    tab.alive = false;
  }

  /** Closes the tab like a user does (unload and pagehide run). */
  async closeTab(tab: Tab): Promise<void> {
    await bounded(tab.page.close(), 10_000, `closing tab ${tab.label}`);
    tab.alive = false;
  }

  /**
   * SIGKILLs the browser process and, in the same instant, every process of the profile
   * (renderers, the storage service): a crash or an OS kill, where nothing gets to finish a
   * write — so only what was committed before survives.
   */
  async killBrowser(): Promise<void> {
    const context = this.context;
    const closed = new Promise<void>((resolve) => context.once('close', () => resolve()));
    killProcess(browserPid(this.profile));
    killLeftovers(this.profile);
    await bounded(closed, 15_000, 'the killed browser to disconnect');
    for (const tab of this.tabs) tab.alive = false;
    killLeftovers(this.profile);
    this.#context = undefined;
  }

  check(name: string, ok: boolean, detail?: string): void {
    this.checks.push({ name, ok, ...(detail === undefined ? {} : { detail }) });
  }

  note(text: string): void {
    this.notes.push(text);
  }

  sleep = sleep;

  /** Closes every browser it started, kills what is left of them, removes the profile. */
  async dispose(): Promise<void> {
    this.#disposed = true;
    for (const context of this.#contexts) {
      await bounded(context.close(), 15_000, 'closing Chromium').catch(() => undefined);
    }
    killLeftovers(this.profile);
    rmSync(this.profile, { recursive: true, force: true, maxRetries: 3 });
  }
}
