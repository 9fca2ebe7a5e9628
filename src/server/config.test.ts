import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('defaults to embedded SQLite on localhost:3000', () => {
    const c = loadConfig({});
    expect(c.database).toEqual({ kind: 'sqlite', path: path.resolve('./data/cultivate.db') });
    expect(c.port).toBe(3000);
    expect(c.host).toBe('127.0.0.1');
    expect(c.demo).toBe(false);
    expect(c.signInRatePerMinute).toBe(10);
    expect(c.maxUploadBytes).toBe(25 * 1024 * 1024);
  });

  it('uses PostgreSQL when DATABASE_URL is set, and reads the flags', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/cv', CULTIVATE_DEMO: '1', CULTIVATE_TRUST_PROXY: 'true', PORT: '8080' });
    expect(c.database).toEqual({ kind: 'postgres', url: 'postgres://u:p@db:5432/cv' });
    expect(c.demo).toBe(true);
    expect(c.trustProxy).toBe(true);
    expect(c.port).toBe(8080);
  });

  it('treats an empty DATABASE_URL as unset', () => {
    expect(loadConfig({ DATABASE_URL: '' }).database.kind).toBe('sqlite');
  });

  it('fails fast, naming every bad variable', () => {
    const attempt = () => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', CULTIVATE_DEMO: 'maybe' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('PORT');
      expect(message).toContain('DATABASE_URL: must be a postgres:// or postgresql:// URL');
      expect(message).toContain('CULTIVATE_DEMO');
    }
  });

  it('keeps the secret key beside the SQLite database unless CULTIVATE_SECRET is given', () => {
    expect(loadConfig({ CULTIVATE_DB_PATH: '/srv/cv/app.db' }).secret).toEqual({ kind: 'file', path: '/srv/cv/secret.key' });
    expect(loadConfig({ DATABASE_URL: 'postgres://db/cv' }).secret).toEqual({ kind: 'file', path: path.resolve('data/secret.key') });
    expect(loadConfig({ CULTIVATE_SECRET: 's'.repeat(32) }).secret).toEqual({ kind: 'value', value: 's'.repeat(32) });
    expect(() => loadConfig({ CULTIVATE_SECRET: 'too short' })).toThrow(/CULTIVATE_SECRET: must be at least 32 characters/);
  });

  it('sends mail through CULTIVATE_SMTP_URL when set, and refuses other schemes', () => {
    expect(loadConfig({}).mail).toEqual({ smtpUrl: undefined, from: 'Cultivate <no-reply@cultivate.invalid>' });
    expect(loadConfig({ CULTIVATE_SMTP_URL: 'smtps://u:p@mail.example.nhs.uk:465', CULTIVATE_MAIL_FROM: 'OD team <od@example.nhs.uk>' }).mail).toEqual({
      smtpUrl: 'smtps://u:p@mail.example.nhs.uk:465',
      from: 'OD team <od@example.nhs.uk>',
    });
    expect(() => loadConfig({ CULTIVATE_SMTP_URL: 'http://mail' })).toThrow(/CULTIVATE_SMTP_URL: must be an smtp/);
  });
});
