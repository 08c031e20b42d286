import type { Clock } from '../clock';
import type { Db } from './store/database';

/** What every emulator route module is built from. */
export interface EmulatorDeps {
  db: Db;
  clock: Clock;
}
