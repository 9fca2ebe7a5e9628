// The one place that reads process.env. Everything else receives a validated Config.
// Fails fast with a readable list of what is wrong, so a bad deployment never half-starts.
import path from 'node:path';
import { z } from 'zod';

const booleanFlag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', ''])
  .optional()
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  CULTIVATE_DB_PATH: z.string().min(1).default('./data/cultivate.db'),
  CULTIVATE_PUBLIC_URL: z.string().url().optional().or(z.literal('').transform(() => undefined)),
  CULTIVATE_DEMO: booleanFlag,
  CULTIVATE_TRUST_PROXY: booleanFlag,
  CULTIVATE_SESSION_HOURS: z.coerce.number().min(1).max(24 * 30).default(12),
  CULTIVATE_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CULTIVATE_SIGN_IN_LIMIT: z.coerce.number().int().min(1).max(10000).default(10),
  CULTIVATE_MAX_UPLOAD_MB: z.coerce.number().int().min(1).max(200).default(25),
  CULTIVATE_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL, e.g. smtp://user:password@mail.example.nhs.uk:587')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  CULTIVATE_MAIL_FROM: z.string().min(3).max(200).default('Cultivate <no-reply@cultivate.invalid>'),
  CULTIVATE_SECRET: z
    .string()
    .min(32, 'must be at least 32 characters (for example: openssl rand -base64 48)')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
});

export type Config = {
  port: number;
  host: string;
  database: { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };
  publicUrl: string | undefined;
  demo: boolean;
  trustProxy: boolean;
  sessionHours: number;
  logLevel: z.infer<typeof envSchema>['CULTIVATE_LOG_LEVEL'];
  maxUploadBytes: number;
  /** Sign-in attempts allowed per client address per minute. */
  signInRatePerMinute: number;
  env: 'development' | 'production' | 'test';
  webRoot: string;
  /**
   * The server's secret key (keys survey tokens and single-use markers): given, or kept in a
   * file created on first start, or (for an in-memory database) made up for this process only.
   */
  secret: { kind: 'value'; value: string } | { kind: 'file'; path: string } | { kind: 'ephemeral' };
  /** Where email goes: a mail server, or (unset) the outbox administrators read. */
  mail: { smtpUrl: string | undefined; from: string };
};

export class ConfigError extends Error {}

/** Reads configuration from an environment map (process.env by default). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Cultivate cannot start; the configuration is invalid:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = e.DATABASE_URL || e.CULTIVATE_DB_PATH === ':memory:' ? path.resolve('data') : path.dirname(path.resolve(e.CULTIVATE_DB_PATH));
  return {
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL }
      : { kind: 'sqlite', path: e.CULTIVATE_DB_PATH === ':memory:' ? ':memory:' : path.resolve(e.CULTIVATE_DB_PATH) },
    publicUrl: e.CULTIVATE_PUBLIC_URL?.replace(/\/$/, ''),
    demo: e.CULTIVATE_DEMO,
    trustProxy: e.CULTIVATE_TRUST_PROXY,
    sessionHours: e.CULTIVATE_SESSION_HOURS,
    logLevel: e.CULTIVATE_LOG_LEVEL,
    maxUploadBytes: e.CULTIVATE_MAX_UPLOAD_MB * 1024 * 1024,
    signInRatePerMinute: e.CULTIVATE_SIGN_IN_LIMIT,
    env: e.NODE_ENV,
    webRoot: path.resolve(import.meta.dirname, '../../dist/web'),
    mail: { smtpUrl: e.CULTIVATE_SMTP_URL, from: e.CULTIVATE_MAIL_FROM },
    secret: e.CULTIVATE_SECRET
      ? { kind: 'value', value: e.CULTIVATE_SECRET }
      : !e.DATABASE_URL && e.CULTIVATE_DB_PATH === ':memory:'
        ? { kind: 'ephemeral' }
        : { kind: 'file', path: path.join(dataDir, 'secret.key') },
    ...overrides,
  };
}
