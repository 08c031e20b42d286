import type { Clock } from '../clock';
import type { FetchPolicy } from './oidc/fetch-policy';
import type { Db } from './store/database';

/** What every emulator route module is built from. */
export interface EmulatorDeps {
  db: Db;
  clock: Clock;
  /** Where issuer discovery may fetch from (default: https only). */
  discovery?: FetchPolicy | undefined;
  /** Whether /v2 requests are authorized against the caller's policies (on unless turned off). */
  enforcePolicies?: boolean | undefined;
}
