import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DesignGeometry } from '@smp/contracts';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { signatureDataUrl } from '../test-support/files.js';
import { dayFromToday, screenedClient, plannedSessions } from '../test-support/scheduling.js';

let testApp: TestApp;
let signature: string;
beforeAll(async () => {
  testApp = await createTestApp();
  signature = await signatureDataUrl();
});
afterAll(async () => {
  await testApp.close();
});

const geometry: DesignGeometry = {
  hairline: [
    { x: 0.2, y: 0.42 },
    { x: 0.5, y: 0.35 },
    { x: 0.8, y: 0.42 },
  ],
  temples: [
    { x: 0.12, y: 0.5 },
    { x: 0.88, y: 0.5 },
  ],
  recessionCorners: [
    { x: 0.25, y: 0.4 },
    { x: 0.75, y: 0.4 },
  ],
  guides: {
    midline: [
      { x: 0.5, y: 0.1 },
      { x: 0.5, y: 0.9 },
    ],
    symmetry: null,
    frontalTuft: null,
  },
};

let photoNumber = 0;
/** A photo on the client's file, as an upload leaves it (the image itself is not needed to draw over it here). */
async function photoOf(clientId: string, view = 'front'): Promise<string> {
  photoNumber += 1;
  const photo = await testApp.database.clientPhoto.create({
    data: {
      clientId,
      view,
      mediaType: 'image/jpeg',
      byteSize: 1000,
      width: 1200,
      height: 900,
      originalKey: `designs-test/${photoNumber}/original.jpg`,
      previewKey: `designs-test/${photoNumber}/preview.jpg`,
      thumbnailKey: `designs-test/${photoNumber}/thumbnail.jpg`,
      uploadedById: testApp.staff.artist.id,
    },
  });
  return photo.id;
}

async function consultationDesign(clientId: string): Promise<{ id: string }> {
  const response = await testApp
    .as('artist')
    .post(`/api/clients/${clientId}/hairline-designs`)
    .send({ photoId: await photoOf(clientId), geometry });
  expect(response.status).toBe(201);
  return response.body;
}

const addVersion = (designId: string, body: object, role: 'artist' | 'owner' | 'receptionist' = 'artist') => testApp.as(role).post(`/api/hairline-designs/${designId}/versions`).send(body);
const approve = (designId: string) => addVersion(designId, { kind: 'approved', signedName: 'Plan Client', signature });

describe('drawing a hairline design', () => {
  it('keeps the drawing as points on the photo, with who drew it, readable by reception, audited', async () => {
    const clientId = await screenedClient(testApp);
    const design = await consultationDesign(clientId);
    const read = await testApp.as('receptionist').get(`/api/hairline-designs/${design.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ clientId, view: 'front', approved: false });
    expect(read.body.versions).toEqual([
      expect.objectContaining({ version: 1, kind: 'consultation', geometry, reason: null, signature: null, createdBy: { id: testApp.staff.artist.id, name: expect.any(String) } }),
    ]);
    expect(read.body.versions[0].photo).toMatchObject({ view: 'front', width: 1200, height: 900 });
    const list = (await testApp.as('owner').get(`/api/clients/${clientId}/hairline-designs`)).body.items;
    expect(list.map((listed: { id: string }) => listed.id)).toEqual([design.id]);

    const trail = await testApp.database.auditEvent.findMany({ where: { clientId, action: { in: ['design.create', 'design.read'] } }, orderBy: { id: 'asc' } });
    expect(trail.map((event) => [event.action, event.actorId])).toEqual([
      ['design.create', testApp.staff.artist.id],
      ['design.read', testApp.staff.receptionist.id],
      ['design.read', testApp.staff.owner.id],
    ]);
  });

  it('lets reception read but not draw, adjust or approve', async () => {
    const clientId = await screenedClient(testApp);
    const design = await consultationDesign(clientId);
    expect(
      (
        await testApp
          .as('receptionist')
          .post(`/api/clients/${clientId}/hairline-designs`)
          .send({ photoId: await photoOf(clientId), geometry })
      ).status,
    ).toBe(403);
    expect((await addVersion(design.id, { kind: 'consultation', geometry }, 'receptionist')).status).toBe(403);
    expect(await testApp.database.hairlineDesign.count({ where: { clientId } })).toBe(1);
  });

  it('is drawn on a front, side or top photo of the same client, inside the photo', async () => {
    const clientId = await screenedClient(testApp);
    const other = await screenedClient(testApp);
    const draw = (photoId: string, drawn: object = geometry) => testApp.as('artist').post(`/api/clients/${clientId}/hairline-designs`).send({ photoId, geometry: drawn });
    expect((await draw(await photoOf(other))).body.errors).toEqual([{ field: 'photoId', message: 'Not a photo of this client' }]);
    expect((await draw(await photoOf(clientId, 'crown'))).body.errors).toEqual([{ field: 'photoId', message: 'Design on a front, left, right or top photo' }]);
    const outside = await draw(await photoOf(clientId), { ...geometry, hairline: [{ x: 0.2, y: 1.4 }] });
    expect(outside.status).toBe(400);
    expect(outside.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['geometry.hairline', 'geometry.hairline.0.y']);

    const design = await consultationDesign(clientId);
    const sidePhoto = await addVersion(design.id, { kind: 'consultation', photoId: await photoOf(clientId, 'left'), geometry });
    expect(sidePhoto.body.errors).toEqual([{ field: 'photoId', message: 'Choose a front photo, the view of this design' }]);
    const laterFront = await photoOf(clientId);
    const redrawn = await addVersion(design.id, { kind: 'consultation', photoId: laterFront, geometry });
    expect(redrawn.status).toBe(201);
    expect(redrawn.body.versions.map((version: { photo: { id: string } }) => version.photo.id).at(-1)).toBe(laterFront);
  });
});

describe('versions', () => {
  it('never change: the database refuses to update or delete one, whoever asks', async () => {
    const clientId = await screenedClient(testApp);
    const design = await consultationDesign(clientId);
    await expect(testApp.database.$executeRaw`UPDATE hairline_designs SET reason = 'Changed quietly' WHERE client_id = ${clientId}::uuid`).rejects.toThrow(/permission denied/);
    await expect(testApp.database.$executeRaw`DELETE FROM hairline_designs WHERE client_id = ${clientId}::uuid`).rejects.toThrow(/permission denied/);
    await expect(testApp.testDatabase.asOwner(`UPDATE hairline_designs SET reason = 'Changed quietly' WHERE id = '${design.id}'`)).rejects.toThrow(/immutable/);
    await expect(testApp.testDatabase.asOwner(`DELETE FROM hairline_designs WHERE id = '${design.id}'`)).rejects.toThrow(/immutable/);
    const unchanged = (await testApp.as('artist').get(`/api/hairline-designs/${design.id}`)).body;
    expect(unchanged.versions).toEqual([expect.objectContaining({ version: 1, reason: null })]);
  });

  it('take the client’s approval only with their typed name and drawn signature, on the drawing as it stands', async () => {
    const clientId = await screenedClient(testApp);
    const design = await consultationDesign(clientId);
    const unsigned = await addVersion(design.id, { kind: 'approved', signedName: 'Plan Client' });
    expect(unsigned.status).toBe(400);
    expect(unsigned.body.errors).toEqual([{ field: 'signature', message: 'Required' }]);
    const notADrawing = await addVersion(design.id, { kind: 'approved', signedName: ' ', signature: 'data:image/png;base64,aGVsbG8=' });
    expect(notADrawing.body.errors.map((error: { field: string }) => error.field)).toEqual(['signedName']);
    const notAPng = await addVersion(design.id, { kind: 'approved', signedName: 'Plan Client', signature: 'data:image/png;base64,aGVsbG8=' });
    expect(notAPng.body.errors).toEqual([{ field: 'signature', message: 'Draw the signature' }]);

    const approved = await approve(design.id);
    expect(approved.status).toBe(201);
    expect(approved.body.approved).toBe(true);
    expect(approved.body.versions.at(-1)).toMatchObject({ version: 2, kind: 'approved', geometry, signedName: 'Plan Client', signature });
    expect((await approve(design.id)).status).toBe(409);
  });

  it('adjust an approved design only, each with its reason, and leave the earlier versions as they were', async () => {
    const clientId = await screenedClient(testApp);
    const design = await consultationDesign(clientId);
    const moved = {
      ...geometry,
      hairline: [
        { x: 0.2, y: 0.44 },
        { x: 0.5, y: 0.37 },
        { x: 0.8, y: 0.44 },
      ],
    };
    const tooEarly = await addVersion(design.id, { kind: 'adjustment', geometry: moved, reason: 'Lower by 2 mm' });
    expect(tooEarly.status).toBe(409);
    expect(tooEarly.body.errors).toEqual([{ field: 'kind', message: expect.stringMatching(/not approved/) }]);
    await approve(design.id);

    const withoutReason = await addVersion(design.id, { kind: 'adjustment', geometry: moved });
    expect(withoutReason.status).toBe(400);
    expect(withoutReason.body.errors).toEqual([{ field: 'reason', message: 'Required' }]);
    expect((await addVersion(design.id, { kind: 'consultation', geometry: moved })).status).toBe(409);

    const adjusted = await addVersion(design.id, { kind: 'adjustment', geometry: moved, reason: 'Lowered 2 mm at session 2: the skin took the pigment wider' }, 'owner');
    expect(adjusted.status).toBe(201);
    expect(
      adjusted.body.versions.map((version: { version: number; kind: string; reason: string | null; geometry: DesignGeometry }) => [
        version.version,
        version.kind,
        version.reason,
        version.geometry.hairline[0]!.y,
      ]),
    ).toEqual([
      [1, 'consultation', null, 0.42],
      [2, 'approved', null, 0.42],
      [3, 'adjustment', 'Lowered 2 mm at session 2: the skin took the pigment wider', 0.44],
    ]);
    expect(adjusted.body.versions.at(-1).createdBy.id).toBe(testApp.staff.owner.id);
  });
});

describe('starting a hairline plan', () => {
  async function draftPlan(clientId: string, style = 'hairline_restoration'): Promise<string> {
    const response = await testApp
      .as('artist')
      .post('/api/treatment-plans')
      .send({ clientId, style, artistId: testApp.staff.artist.id, sessions: await plannedSessions(testApp) });
    expect(response.status).toBe(201);
    return response.body.id;
  }
  const start = (planId: string) => testApp.as('receptionist').post(`/api/treatment-plans/${planId}/start`);

  it('is refused, naming the design, until the client has approved one', async () => {
    for (const style of ['hairline_restoration', 'edge_up']) {
      const clientId = await screenedClient(testApp);
      const planId = await draftPlan(clientId, style);
      const design = await consultationDesign(clientId);
      const refused = await start(planId);
      expect(refused.status).toBe(409);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.body).toMatchObject({ title: 'No approved hairline design', errors: [{ field: 'design', message: expect.stringMatching(/not approved a hairline design/) }] });
      const draft = (await testApp.as('receptionist').get(`/api/treatment-plans/${planId}`)).body;
      expect(draft).toMatchObject({ status: 'draft', startBlockers: [{ rule: 'design', message: refused.body.errors[0].message }] });

      await approve(design.id);
      expect((await testApp.as('receptionist').get(`/api/treatment-plans/${planId}`)).body.startBlockers).toEqual([]);
      const started = await start(planId);
      expect(started.status).toBe(200);
      expect(started.body.status).toBe('active');
    }
  });

  it('goes ahead without a design on an owner’s override, which the plan’s start records', async () => {
    const clientId = await screenedClient(testApp);
    const planId = await draftPlan(clientId);
    expect((await start(planId)).status).toBe(409);
    const override = await testApp
      .as('owner')
      .post(`/api/clients/${clientId}/eligibility-overrides`)
      .send({ reason: 'Design agreed on paper at the consultation; photos to follow', validUntil: dayFromToday(7) });
    expect(override.status).toBe(201);
    expect((await testApp.as('receptionist').get(`/api/treatment-plans/${planId}`)).body.startBlockers).toEqual([]);
    expect((await start(planId)).status).toBe(200);
    const started = await testApp.database.auditEvent.findFirstOrThrow({ where: { action: 'plan.start', entityId: planId } });
    expect(started.details).toEqual({ withoutApprovedDesign: override.body.override.id });
  });

  it('is not asked of other styles', async () => {
    const clientId = await screenedClient(testApp);
    expect((await start(await draftPlan(clientId, 'density'))).status).toBe(200);
  });
});
