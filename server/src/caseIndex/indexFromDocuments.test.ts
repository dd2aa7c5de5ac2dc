import { appendParagraph, createCaseFile, type Registration } from '@lianban/case-model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { indexFromDocuments } from './indexFromDocuments.ts';

const registration: Registration = {
  title: '关于城中村拆迁补偿的来信',
  channel: 'letter',
  jointDesk: true,
  matterClass: 'accusation',
  category: 'urbanDemolition',
  divisionCode: '990102',
  anonymous: false,
  petitioners: [
    { id: 'p2', name: '李四', role: 'cosigner', phone: '13911112222' },
    {
      id: 'p1',
      name: '张三',
      role: 'principal',
      idNumber: '990102199001011234',
      phone: '13900001111',
      address: '云岭省青川市河东区幸福路8号',
    },
  ],
  requests: [{ demand: '按新标准补偿', facts: '房屋被强拆', reason: '补偿过低' }],
  accused: [
    { kind: 'unit', unitId: 'k1-cg', name: '河东区城管局' },
    { kind: 'person', name: '王某', userId: 'u-wang', unitId: 'k1-zj' },
    { kind: 'person', name: '某村干部' },
  ],
  groupVisit: false,
  registeredAt: '2026-03-01T02:00:00.000Z',
  registeringUnitId: 'k1-xfj',
};

describe('index fields from the case file', () => {
  it('reads the registration and the request and facts sections', () => {
    const file = new Y.Doc();
    createCaseFile(file, registration);
    appendParagraph(file, 'facts', '经查，该户房屋于2025年被拆除。');
    appendParagraph(file, 'opinion', '处理意见不进索引');
    expect(indexFromDocuments(file)).toEqual({
      title: '关于城中村拆迁补偿的来信',
      category: 'urbanDemolition',
      channel: 'letter',
      matterClass: 'accusation',
      divisionCode: '990102',
      registeringUnitId: 'k1-xfj',
      registeredAt: '2026-03-01T02:00:00.000Z',
      jointDesk: true,
      groupVisit: false,
      petitioner: {
        name: '张三',
        idNumber: '990102199001011234',
        phone: '13900001111',
        address: '云岭省青川市河东区幸福路8号',
      },
      accusedUnitIds: ['k1-cg', 'k1-zj'],
      accusedUserIds: ['u-wang'],
      requestText: '诉求：按新标准补偿；事实：房屋被强拆；理由：补偿过低',
      factsText: '经查，该户房屋于2025年被拆除。',
    });
  });

  it('follows edits of the sections', () => {
    const file = new Y.Doc();
    createCaseFile(file, { ...registration, petitioners: [], accused: [] });
    appendParagraph(file, 'request', '另要求赔礼道歉');
    const fields = indexFromDocuments(file);
    expect(fields.requestText).toContain('\n另要求赔礼道歉');
    expect(fields.petitioner).toBeNull();
    expect(fields.accusedUnitIds).toEqual([]);
  });

  it('refuses a document that holds no case file', () => {
    expect(() => indexFromDocuments(new Y.Doc())).toThrow();
  });
});
