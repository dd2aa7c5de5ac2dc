import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readSchemaVersion } from '../schema/schemaVersion.ts';
import { buildRegistration } from './buildRegistration.ts';
import { createCaseFile, requestLine } from './createCaseFile.ts';
import { readRegistration } from './readRegistration.ts';
import type { Petitioner } from './registration.ts';
import { hasCaseFile, registrationMap } from './registrationMap.ts';
import { readSectionText } from './sectionText.ts';

describe('createCaseFile', () => {
  it('stores the registration so that it reads back exactly, here and on a peer', () => {
    const registration = buildRegistration();
    const doc = new Y.Doc();
    createCaseFile(doc, registration);
    expect(readRegistration(doc)).toStrictEqual(registration);

    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    expect(readRegistration(peer)).toStrictEqual(registration);
  });

  it('round-trips the optional fields when present and when absent', () => {
    const withGroup = buildRegistration({ groupVisit: true, groupSize: 12 });
    const { subcategory: _dropped, ...withoutSubcategory } = buildRegistration();
    for (const registration of [withGroup, withoutSubcategory]) {
      const doc = new Y.Doc();
      createCaseFile(doc, registration);
      const peer = new Y.Doc();
      Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
      expect(readRegistration(peer)).toStrictEqual(registration);
    }
  });

  it('drops undefined optional keys instead of storing them', () => {
    const doc = new Y.Doc();
    createCaseFile(doc, buildRegistration({ subcategory: undefined }));
    expect(registrationMap(doc).has('subcategory')).toBe(false);
    expect('subcategory' in readRegistration(doc)).toBe(false);
  });

  it('seeds the request section with one paragraph per request', () => {
    const doc = new Y.Doc();
    createCaseFile(doc, buildRegistration());
    expect(readSectionText(doc, 'request')).toBe(
      '诉求：足额发放补偿款；事实：2025年征地，补偿款少发三成；理由：违反补偿标准\n' +
        '诉求：公开补偿标准；事实：村委会拒绝公开',
    );
    const paragraphs = doc.getXmlFragment('request').toArray();
    expect(paragraphs.map((node) => (node as Y.XmlElement).nodeName)).toEqual([
      'paragraph',
      'paragraph',
    ]);
    expect(readSectionText(doc, 'facts')).toBe('');
  });

  it('keeps a request with line breaks on one paragraph', () => {
    expect(requestLine({ demand: '退还\n押金', facts: '', reason: ' 合同 \r\n 到期 ' })).toBe(
      '诉求：退还 押金；理由：合同 到期',
    );
  });

  it('stamps the schema version in the same update', () => {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    createCaseFile(doc, buildRegistration());
    expect(updates).toHaveLength(1);
    expect(readSchemaVersion(doc)).toBe(1);
    expect(hasCaseFile(doc)).toBe(true);
  });

  it('does not alias the caller objects', () => {
    const petitioners: Petitioner[] = [{ id: 'p1', name: '张三', role: 'principal' }];
    const doc = new Y.Doc();
    createCaseFile(doc, buildRegistration({ petitioners }));
    (petitioners[0] as { name: string }).name = '篡改';
    expect(readRegistration(doc).petitioners[0]?.name).toBe('张三');
  });

  it('refuses to create twice or to store an invalid registration', () => {
    const doc = new Y.Doc();
    createCaseFile(doc, buildRegistration());
    expect(() => createCaseFile(doc, buildRegistration())).toThrow(/already/);

    const fresh = new Y.Doc();
    expect(() => createCaseFile(fresh, buildRegistration({ divisionCode: '99-01' }))).toThrow(
      TypeError,
    );
    expect(() => createCaseFile(fresh, buildRegistration({ registeredAt: 'yesterday' }))).toThrow(
      TypeError,
    );
    expect(fresh.store.clients.size).toBe(0);
  });
});

describe('readRegistration', () => {
  it('throws on a document that was never created', () => {
    expect(() => readRegistration(new Y.Doc())).toThrow(TypeError);
  });

  it('throws on a malformed field written by a peer', () => {
    const doc = new Y.Doc();
    createCaseFile(doc, buildRegistration());
    registrationMap(doc).set('category', 'notACategory');
    expect(() => readRegistration(doc)).toThrow(/category/);
    registrationMap(doc).set('category', 'environment');
    registrationMap(doc).set('petitioners', [{ id: 'p1', name: '张三', role: 'king' }]);
    expect(() => readRegistration(doc)).toThrow(/petitioners/);
  });

  it('returns a copy the caller may change freely', () => {
    const doc = new Y.Doc();
    createCaseFile(doc, buildRegistration());
    const first = readRegistration(doc);
    (first.requests as unknown as { demand: string }[])[0]!.demand = '改动';
    expect(readRegistration(doc).requests[0]?.demand).toBe('足额发放补偿款');
  });
});
