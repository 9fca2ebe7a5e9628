import { describe, expect, it } from 'vitest';
import { SETUP_INITIAL, setupBody, validateSetup } from './setup-form.js';

const filled = {
  ...SETUP_INITIAL,
  'organisation.name': ' Northshire Hospitals NHS Trust ',
  'organisation.odsCode': 'rx1',
  'organisation.kind': 'acute_trust',
  'admin.displayName': 'Amara Okafor',
  'admin.email': 'amara.okafor@example.nhs.uk',
  'admin.password': 'lantern orchard pebble',
  confirmPassword: 'lantern orchard pebble',
};

describe('validateSetup', () => {
  it('accepts a complete form', () => {
    expect(validateSetup(filled)).toEqual([]);
  });
  it('lists every missing answer against its field, in page order', () => {
    expect(validateSetup(SETUP_INITIAL).map((p) => p.field)).toEqual([
      'organisation.name',
      'organisation.kind',
      'admin.displayName',
      'admin.email',
      'admin.password',
    ]);
  });
  it('checks the ODS code only when one is given', () => {
    expect(validateSetup({ ...filled, 'organisation.odsCode': '' })).toEqual([]);
    expect(validateSetup({ ...filled, 'organisation.odsCode': 'RX-1' })[0]?.field).toBe('organisation.odsCode');
    expect(validateSetup({ ...filled, 'organisation.odsCode': 'RX1ABCD' })[0]?.field).toBe('organisation.odsCode');
  });
  it('checks the email format', () => {
    expect(validateSetup({ ...filled, 'admin.email': 'amara.example.nhs.uk' })[0]?.message).toBe(
      'Enter an email address in the correct format, like name@example.nhs.uk',
    );
  });
});

describe('setupBody', () => {
  it('builds the nested API body, trimming and upper-casing the ODS code', () => {
    expect(setupBody('tok', filled)).toEqual({
      token: 'tok',
      organisation: { name: 'Northshire Hospitals NHS Trust', odsCode: 'RX1', kind: 'acute_trust' },
      admin: { displayName: 'Amara Okafor', email: 'amara.okafor@example.nhs.uk', password: 'lantern orchard pebble' },
    });
  });
  it('sends null for a blank ODS code', () => {
    expect(setupBody('tok', { ...filled, 'organisation.odsCode': '  ' }).organisation.odsCode).toBeNull();
  });
});
