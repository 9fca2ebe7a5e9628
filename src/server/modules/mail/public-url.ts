// The address people use to reach this server, for links in messages.
import type { Config } from '../../config.js';

export function publicBaseUrl(config: Config): string {
  return config.publicUrl ?? `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
}
