import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's chromium, headless, in a throwaway profile; a missing browser fails the test file, never skips it. */
export const launchChromium = async (viewport = { width: 1280, height: 900 }): Promise<BrowserContext> => {
  if (!existsSync(chromiumPath))
    throw new Error(
      `chromium not found at ${chromiumPath}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`,
    );
  return chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'chitieu-chromium-')), {
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport,
  });
};
