// Every migration, in order. Add new files here with a timestamped name.
import * as foundation from './20261123_0001_foundation.js';

export const migrations = {
  '20261123_0001_foundation': foundation,
};
