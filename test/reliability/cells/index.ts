/**
 * The chaos cells of issue 5. Each names the fault it injects; the harness asserts the ledger
 * (lost = 0, stored duplicates = 0, phantoms = 0, the expected dead letters) and each cell adds
 * the checks that prove its fault really happened the way it says.
 */
import type { Cell } from '../cell.js';
import {
  browserKilled,
  browserKilledAtOnce,
  leaderKilled,
  rendererCrash,
  tabClosed,
  tabClosedAtOnce,
  tabsAtOnce,
} from './lifecycle.js';
import { captivePortal, offline, serverDown, slowServer } from './network.js';
import { badRecord400, rejectOne, status413 } from './records.js';
import {
  crossOrigin,
  retryAfterAcrossReload,
  retryAfterAcrossTabs,
  retryAfterDate,
  status429,
  status500,
  status503RetryAfter,
} from './retry.js';
import { indexedDbBlocked, soak } from './storage.js';

export { gapsAfter } from './checks.js';

/** A correct SDK drains every fast cell within ~10 s; a broken one should not stall npm test. */
const FAST_DRAIN_MS = 30_000;

/** The fast subset (npm test): faults a correct SDK per SPEC survives, small N. */
export const fastCells = (n = 20): Cell[] =>
  [
    offline(n),
    serverDown(n),
    status503RetryAfter(n),
    captivePortal(n, 2),
    rejectOne(n),
    tabsAtOnce(2, n),
    browserKilled(n),
  ].map((cell) => ({ ...cell, drainTimeoutMs: cell.drainTimeoutMs ?? FAST_DRAIN_MS }));

/** Every cell, for `npm run test:reliability`. */
export const allCells = (n = 200): Cell[] => [
  offline(n),
  serverDown(n),
  status500(n),
  status503RetryAfter(n),
  retryAfterDate(n),
  retryAfterAcrossTabs(n),
  retryAfterAcrossReload(n),
  status429(n),
  crossOrigin(n),
  status413(n),
  rejectOne(n),
  badRecord400(n),
  captivePortal(n),
  slowServer(n),
  tabClosed(n),
  tabClosedAtOnce(n),
  rendererCrash(n),
  browserKilled(n),
  browserKilledAtOnce(n),
  tabsAtOnce(2, n),
  tabsAtOnce(5, n),
  leaderKilled(n),
  indexedDbBlocked(n),
  soak(10_000),
];
