import { startConsoleProcess } from '../scripts/console-process';

/**
 * Starts the real console (embedded mode) on a free port over a fresh DATA_DIR, unless
 * E2E_BASE_URL points at one already running. Tests read E2E_BASE_URL and E2E_OWNER_KEY.
 */
export default async function globalSetup() {
  if (process.env.E2E_BASE_URL) return;
  const server = await startConsoleProcess();
  process.env.E2E_BASE_URL = server.url;
  process.env.E2E_OWNER_KEY = server.ownerKey;
  return () => server.stop();
}
