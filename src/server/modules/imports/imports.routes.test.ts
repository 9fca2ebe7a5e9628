// The import endpoints through the real app: upload, poll, list, templates, access rules.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent } from '../../test/harness.js';
import { createTestContext, type TestContext } from '../../test/harness.js';
import { importSettled } from './index.js';

let ctx: TestContext;
let orgId: string;
let admin: Agent;
beforeAll(async () => {
  ctx = await createTestContext();
  orgId = await ctx.organisation('Imports Trust');
  admin = await ctx.agent(orgId, ['admin']);
});
afterAll(() => ctx.close());

function upload(agent: Agent, kind: string, fileName: string, content: string | Buffer, contentType = 'text/csv', field = 'file') {
  const boundary = `----cultivate${Math.random().toString(16).slice(2)}`;
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`),
    Buffer.isBuffer(content) ? content : Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return agent.request({
    method: 'POST',
    url: `/api/v1/organisations/${orgId}/imports?kind=${kind}`,
    payload,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
}

/** Uploads, waits for the background work, and returns the final view from GET. */
async function importFile(agent: Agent, kind: string, fileName: string, content: string | Buffer, contentType?: string) {
  const res = await upload(agent, kind, fileName, content, contentType);
  expect(res.statusCode, res.body).toBe(202);
  const started = res.json() as { id: string; kind: string; fileName: string; status: string };
  expect(started).toMatchObject({ kind, fileName, status: 'validating' });
  await importSettled(started.id);
  const view = await agent.get(`/api/v1/organisations/${orgId}/imports/${started.id}`);
  expect(view.statusCode).toBe(200);
  return view.json();
}

const UNITS = 'Unit Code,Unit Name,Parent Code,Unit Type\r\nMED,Medicine,,division\r\nAM,Acute Medicine,MED,directorate\r\nW12,Ward 12,AM,ward\r\n';

describe('import endpoints', () => {
  it('are registered in the app', () => {
    const registered = ctx.app.hasRoute({ method: 'POST', url: '/api/v1/organisations/:orgId/imports' });
    expect(registered, 'importRoutes(deps) is not registered in src/server/app.ts').toBe(true);
  });

  it('imports a units CSV with a BOM and CRLF, then a staff workbook, and lists both', async () => {
    const units = await importFile(admin, 'units', 'units.csv', `\uFEFF${UNITS}`);
    expect(units).toMatchObject({ kind: 'units', fileName: 'units.csv', status: 'succeeded', totalRows: 3, processedRows: 3, created: 3, updated: 0, errors: [], errorCount: 0 });

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Extract');
    sheet.addRow(['Assignment Number', 'First Name', 'Surname', 'Work Email', 'Pay Band', 'Leader', 'Cost Centre', 'Notes']);
    sheet.addRow([10000001, 'Ada', { richText: [{ text: 'Lovelace' }] }, 'ada.lovelace@nhs.net', 7, true, 'W12', 'x']);
    sheet.addRow([10000002, 'Alan', 'Turing', 'alan.turing@nhs.net', 'Consultant', 'N', 'AM', '']);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const staff = await importFile(admin, 'staff', 'extract.xlsx', xlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(staff).toMatchObject({ status: 'succeeded', created: 2, updated: 0, warningCount: 1 });
    expect(staff.warnings).toEqual([{ row: 1, column: 'Notes', message: 'Cultivate does not use this column, so it was ignored.' }]);

    const list = await admin.get(`/api/v1/organisations/${orgId}/imports`);
    expect(list.statusCode).toBe(200);
    const items = list.json().items as Record<string, unknown>[];
    expect(items.map((i) => [i.fileName, i.status])).toEqual([
      ['extract.xlsx', 'succeeded'],
      ['units.csv', 'succeeded'],
    ]);
    expect(items[0]).not.toHaveProperty('errors');

    const people = await admin.get(`/api/v1/organisations/${orgId}/staff`);
    expect(people.json().items.map((p: { fullName: string; payBand: string; isLeader: boolean; unitName: string }) => [p.fullName, p.payBand, p.isLeader, p.unitName])).toEqual([
      ['Ada Lovelace', 'Band 7', true, 'Ward 12'],
      ['Alan Turing', 'Consultant', false, 'Acute Medicine'],
    ]);

    const again = await importFile(admin, 'units', 'units.csv', UNITS);
    expect(again).toMatchObject({ status: 'succeeded', created: 0, updated: 3 });
  });

  it('answers a bad file with a failed run listing row and column', async () => {
    const view = await importFile(admin, 'units', 'bad.csv', 'Unit Code,Unit Name,Parent Code\nX1,Unit,NOPE\n');
    expect(view).toMatchObject({ status: 'failed', errorCount: 1, created: 0 });
    expect(view.errors).toEqual([{ row: 2, column: 'Parent Code', message: 'No unit has the code NOPE, in this file or already in Cultivate' }]);
  });

  it('refuses files it cannot import at once, recording nothing', async () => {
    const before = (await admin.get(`/api/v1/organisations/${orgId}/imports`)).json().items.length;
    const png = await upload(admin, 'staff', 'photo.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 0]), 'image/png');
    expect(png.statusCode).toBe(415);
    expect(png.headers['content-type']).toContain('application/problem+json');
    expect(png.json()).toMatchObject({ code: 'unsupported_file_type' });
    expect((await upload(admin, 'staff', 'empty.csv', '')).json()).toMatchObject({ status: 400, code: 'empty_file' });
    expect((await upload(admin, 'staff', 'header.csv', 'Assignment Number,Full Name\r\n')).json()).toMatchObject({ status: 400, code: 'no_data_rows' });
    expect((await upload(admin, 'staff', 'x.csv', 'a\n1\n', 'text/csv', 'attachment')).json()).toMatchObject({ status: 400, code: 'file_missing' });
    const notMultipart = await admin.request({ method: 'POST', url: `/api/v1/organisations/${orgId}/imports?kind=staff`, payload: 'a,b\n1,2\n', headers: { 'content-type': 'text/csv' } });
    expect(notMultipart.statusCode).toBe(415);
    const badKind = await upload(admin, 'people', 'x.csv', 'a\n1\n');
    expect(badKind.statusCode).toBe(400);
    expect((await admin.get(`/api/v1/organisations/${orgId}/imports`)).json().items.length).toBe(before);
  });

  it('answers 413 for a file over the upload limit', async () => {
    const big = Buffer.alloc(ctx.config.maxUploadBytes + 1024, 'a');
    const res = await upload(admin, 'units', 'big.csv', big);
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ code: 'file_too_large' });
  });

  it('offers CSV templates that import cleanly in order', async () => {
    const res = await admin.get(`/api/v1/organisations/${orgId}/imports/templates/staff`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="cultivate-staff-template.csv"');
    expect(res.body.split('\r\n')[0]).toBe('Assignment Number,Full Name,Work Email,Pay Band,Staff Group,Job Role,Leader,Unit Code,Unit Path');
    expect(res.body.trim().split('\r\n')).toHaveLength(3);

    const fresh = await ctx.organisation('Template Trust');
    const lead = await ctx.agent(fresh, ['programme_lead']);
    const get = (kind: string) => lead.get(`/api/v1/organisations/${fresh}/imports/templates/${kind}`).then((r) => r.body);
    const saved = orgId;
    orgId = fresh;
    try {
      expect(await importFile(lead, 'units', 'units-template.csv', await get('units'))).toMatchObject({ status: 'succeeded', created: 2 });
      const staff = await importFile(lead, 'staff', 'staff-template.csv', await get('staff'));
      expect(staff).toMatchObject({ status: 'succeeded', created: 2, errors: [] });
      expect(staff.message).toBe('Imported 2 staff records: 2 new, 0 updated. 1 new unit was added from unit paths.');
    } finally {
      orgId = saved;
    }
  });

  it('hides imports from other organisations and refuses roles without the actions', async () => {
    const otherOrg = await ctx.organisation('Other Trust');
    const outsider = await ctx.agent(otherOrg, ['admin']);
    const mine = (await admin.get(`/api/v1/organisations/${orgId}/imports`)).json().items[0].id as string;
    expect((await outsider.get(`/api/v1/organisations/${orgId}/imports`)).statusCode).toBe(404);
    expect((await outsider.get(`/api/v1/organisations/${orgId}/imports/${mine}`)).statusCode).toBe(404);
    expect((await upload(outsider, 'units', 'u.csv', UNITS)).statusCode).toBe(404);
    // Their own organisation does not reveal our import either.
    expect((await outsider.get(`/api/v1/organisations/${otherOrg}/imports/${mine}`)).statusCode).toBe(404);

    const staffMember = await ctx.agent(orgId, ['change_team']);
    expect((await upload(staffMember, 'units', 'u.csv', UNITS)).statusCode).toBe(403);
    expect((await staffMember.get(`/api/v1/organisations/${orgId}/imports`)).statusCode).toBe(403);
    expect((await staffMember.get(`/api/v1/organisations/${orgId}/imports/templates/units`)).statusCode).toBe(403);
  });

  it('needs a CSRF token to upload', async () => {
    const res = await admin.request({
      method: 'POST',
      url: `/api/v1/organisations/${orgId}/imports?kind=units`,
      payload: 'x',
      headers: { 'content-type': 'multipart/form-data; boundary=x', 'x-csrf-token': 'wrong' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'csrf_failed' });
  });
});
