// Where Chromium lives and how every runner must start it. Without the networking flags Chromium
// floods this closed network with background requests (see DEVELOPERS.md).
import { existsSync } from 'node:fs';

export const CHROME_FLAGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

/** Resolves the Chromium binary: CHROME_PATH, else Debian's /usr/bin/chromium. */
export function chromePath() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const c of candidates) if (c && existsSync(c)) return c;
  return undefined;
}

export const CHROME_HELP =
  'Chromium was not found. Set CHROME_PATH to a Chromium/Chrome binary, or on Debian/Ubuntu run:\n' +
  '  sudo apt-get update && sudo apt-get install -y chromium';
