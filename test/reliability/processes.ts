/**
 * Chromium's processes for one profile, read from /proc (Linux). Every process of a launch
 * carries `--user-data-dir=<profile>` on its command line (profile paths from mkdtemp have no
 * spaces); the browser is the one without a
 * `--type=` switch, renderers have `--type=renderer`.
 *
 * Which renderer draws which tab is not exposed (CDP's SystemInfo.getProcessInfo has no tab, and
 * Page.crash takes the whole headless browser down — FACTS.md), so a tab's renderer is found by
 * its fingerprint: the tab spins for a moment and the renderer whose CPU time grows is its own.
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';

export interface ProcessInfo {
  pid: number;
  ppid: number;
  args: string[];
  /** utime + stime in clock ticks. */
  cpuTicks: number;
}

/** Every process whose command line names this profile directory. */
export function profileProcesses(profile: string): ProcessInfo[] {
  const flag = `--user-data-dir=${profile}`;
  const found: ProcessInfo[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // Chromium's children rewrite their title: one string with spaces instead of NUL-separated
      // arguments. Splitting on both is good enough for switches without spaces.
      const args = readFileSync(`/proc/${name}/cmdline`, 'utf8').split(/[\0 ]/).filter(Boolean);
      if (!args.includes(flag)) continue;
      found.push({ pid: Number(name), ...readStat(Number(name)), args });
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}

function readStat(pid: number): { ppid: number; cpuTicks: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name may contain spaces and parentheses: fields start after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { ppid: Number(fields[1]), cpuTicks: Number(fields[11]) + Number(fields[12]) };
}

const typeOf = (p: ProcessInfo) => p.args.find((a) => a.startsWith('--type='))?.slice(7);

/** The browser process of this profile. */
export function browserPid(profile: string): number {
  const browsers = profileProcesses(profile).filter((p) => typeOf(p) === undefined);
  if (browsers.length !== 1) {
    throw new Error(`expected one browser process for ${profile}, found ${browsers.length}`);
  }
  return browsers[0]!.pid;
}

const renderers = (profile: string) =>
  profileProcesses(profile).filter(
    (p) => typeOf(p) === 'renderer' && !p.args.includes('--top-chrome-webui'),
  );

/** The pid of the renderer process that runs `page`, found by a CPU fingerprint. */
export async function rendererPid(page: Page, profile: string, spinMs = 400): Promise<number> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    const before = new Map(renderers(profile).map((p) => [p.pid, p.cpuTicks]));
    await page.evaluate((ms) => {
      const end = performance.now() + ms;
      while (performance.now() < end);
    }, spinMs);
    const grown = renderers(profile)
      .map((p) => ({ pid: p.pid, ticks: p.cpuTicks - (before.get(p.pid) ?? p.cpuTicks) }))
      .sort((a, b) => b.ticks - a.ticks);
    const [first, second] = grown;
    // USER_HZ is 100: a 400 ms spin is ~40 ticks; demand a clear winner.
    if (first && first.ticks >= 10 && first.ticks >= 2 * (second?.ticks ?? 0)) return first.pid;
  }
  throw new Error(`could not tell which renderer runs ${page.url()}`);
}

/** SIGKILLs one of this profile's processes (a crash: no unload, no cleanup). */
export function killProcess(pid: number): void {
  process.kill(pid, 'SIGKILL');
}

/** SIGKILLs whatever of this profile is still running (after a killed browser). */
export function killLeftovers(profile: string): number {
  let killed = 0;
  for (const p of profileProcesses(profile)) {
    try {
      process.kill(p.pid, 'SIGKILL');
      killed++;
    } catch {
      // Already gone.
    }
  }
  return killed;
}
