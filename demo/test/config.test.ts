import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../src/config.js';

describe('demo configuration from the environment', () => {
  it('listens on 5173 by default, in memory, without an identity check', () => {
    const config = configFromEnv({});
    expect(config).toMatchObject({ port: 5173, host: 'localhost', dbDir: undefined, secret: undefined, identityFields: [] });
  });

  it('takes PORT=0 to mean a free port and DEMO_DB_DIR to persist', () => {
    expect(configFromEnv({ PORT: '0', DEMO_DB_DIR: 'data/demo' })).toMatchObject({ port: 0, dbDir: 'data/demo' });
  });

  it('refuses a PORT that is not a port number', () => {
    expect(() => configFromEnv({ PORT: 'http' })).toThrow(/PORT/);
    expect(() => configFromEnv({ PORT: '70000' })).toThrow(/PORT/);
  });

  it('refuses a DEMO_SECRET shorter than 32 bytes', () => {
    expect(() => configFromEnv({ DEMO_SECRET: 'short' })).toThrow(/32 bytes/);
    expect(configFromEnv({ DEMO_SECRET: 'x'.repeat(32) }).secret).toBe('x'.repeat(32));
  });

  it('reads creditors’ own instalment frequencies from DEMO_FREQUENCIES and refuses unknown ones', () => {
    expect(configFromEnv({}).frequencies).toEqual({});
    expect(configFromEnv({ DEMO_FREQUENCIES: '{"Stadtwerke Beispielstadt GmbH":["biweekly"]}' }).frequencies).toEqual({ 'Stadtwerke Beispielstadt GmbH': ['biweekly'] });
    expect(() => configFromEnv({ DEMO_FREQUENCIES: '{"Stadtwerke Beispielstadt GmbH":["daily"]}' })).toThrow(/DEMO_FREQUENCIES/);
    expect(() => configFromEnv({ DEMO_FREQUENCIES: '["biweekly"]' })).toThrow(/DEMO_FREQUENCIES/);
  });

  it('reads the identity check fields from DEMO_IDENTITY_CHECK and refuses unknown ones', () => {
    expect(configFromEnv({ DEMO_IDENTITY_CHECK: 'dateOfBirth, postalCode' }).identityFields).toEqual(['dateOfBirth', 'postalCode']);
    expect(() => configFromEnv({ DEMO_IDENTITY_CHECK: 'shoeSize' })).toThrow(/shoeSize/);
  });
});
