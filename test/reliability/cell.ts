/** The shapes of the chaos suite: a cell, its tabs, its checks and its result. */
import type { Page } from 'playwright-core';
import type { CellContext } from './context.js';
import type { Figures } from './figures.js';

/** A fault scenario. */
export interface Cell {
  slug: string;
  /** As printed in the table. */
  name: string;
  /** How many answers it submits. */
  n: number;
  /** Dead letters a correct SDK ends with (default 0). */
  expectedDeadLetters?: number;
  /** When set, more wire duplicates than this fail the cell (e.g. tabs sending concurrently). */
  maxWireDuplicates?: number;
  /** Bound on the wait for the drain after `act` (default 60 s). */
  drainTimeoutMs?: number;
  /** Bound on `act` itself (default 60 s). */
  actTimeoutMs?: number;
  /** Serve the host page from a second server, so the endpoint is on another origin (CORS). */
  crossOrigin?: boolean;
  /** Opens tabs, submits, injects the fault and heals it. */
  act(ctx: CellContext): Promise<void>;
  /** Cell-specific checks after the drain, through `ctx.check`. */
  verify?(ctx: CellContext, outcome: Outcome): void;
}

export interface Tab {
  readonly label: string;
  readonly page: Page;
  /** False once the tab was closed, its renderer died or its browser went away. */
  alive: boolean;
}

export interface Check {
  name: string;
  ok: boolean;
  detail?: string;
}

/** What the cell ended with, for `verify`. */
export interface Outcome {
  figures: Figures;
  deadLetters: Array<{ id: string; reason: string }>;
}

export interface CellResult extends Omit<Figures, 'examples'> {
  slug: string;
  cell: string;
  n: number;
  /** Answers whose submit() resolved (the source of truth for loss). */
  submitted: number;
  /** Answers whose submit() rejected. */
  refused: number;
  expectedDeadLetters: number;
  drained: boolean;
  /** From the end of the fault (or of the submits, for self-healing faults) to drained. */
  drainMs?: number;
  requests: number;
  /** The endpoint's request log, one line per request (for the report of a failed cell). */
  requestLog: string[];
  checks: Check[];
  /** Why the cell failed; empty when it passed. */
  failures: string[];
  notes: string[];
  examples: Figures['examples'];
  pass: boolean;
  totalMs: number;
}
