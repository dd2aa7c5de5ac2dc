import { beforeEach, describe, expect, it } from 'vitest';
import { openAppDatabase } from '../db/openAppDatabase.ts';
import { buildCaseIndexEntry, buildPrincipal } from './buildCaseIndexEntry.ts';
import { buildMatchQuery } from './buildMatchQuery.ts';
import type { CaseIndexEntry, CaseQuery } from './caseIndexEntry.ts';
import { type CaseIndex, createCaseIndex } from './createCaseIndex.ts';
import { segmentText } from './segmentText.ts';

const leader = buildPrincipal({
  userId: 'leader',
  role: 'leader',
  unitId: 'p-xfj',
  divisionCode: '990000',
});

describe('segmentation', () => {
  it('gives the bigrams of each Han run and its last character', () => {
    expect(segmentText('拆迁补偿')).toBe('拆迁 迁补 补偿 偿');
    expect(segmentText('房')).toBe('房');
  });

  it('keeps Latin words and numbers whole, folding case and full-width forms', () => {
    expect(segmentText('12345热线转办ＡＢＣ x-Ray')).toBe('12345 热线 线转 转办 办 abc x ray');
  });

  it('does not join characters across punctuation', () => {
    expect(segmentText('拆迁，补偿。')).toBe('拆迁 迁 补偿 偿');
  });

  it('builds a query of phrases of bigrams, prefixes for one character, words as they are', () => {
    expect(buildMatchQuery('拆迁补偿')).toBe('"拆迁 迁补 补偿"');
    expect(buildMatchQuery('补偿 3号楼')).toBe('"补偿" AND "3" AND "号楼"');
    expect(buildMatchQuery('房')).toBe('"房"*');
    expect(buildMatchQuery(' ，。"*) ')).toBeNull();
  });
});

describe('full-text search', () => {
  let index: CaseIndex;
  const add = (entry: Partial<CaseIndexEntry> & { caseId: string }) =>
    index.upsert(
      buildCaseIndexEntry({ title: '信访事项', requestText: '', factsText: '', ...entry }),
    );
  const search = (q: string, query: CaseQuery = {}) =>
    index.query(leader, { q, limit: 100, ...query }).items.map((item) => item.caseId);

  beforeEach(() => {
    index = createCaseIndex(openAppDatabase(':memory:'));
    add({ caseId: 'demolition', title: '城中村拆迁补偿标准过低', factsText: '2025年房屋被拆除' });
    add({
      caseId: 'wages',
      title: '讨要拖欠工资',
      requestText: '诉求：支付拖欠的工资及经济补偿金',
    });
    add({
      caseId: 'pollution',
      title: '化工厂夜间排放废气',
      factsText: '周边村民反映环境污染严重，要求保护水源',
    });
    add({
      caseId: 'hotline',
      title: '12345热线转办：小区噪音',
      requestText: 'A栋楼下商铺噪音扰民',
    });
  });

  it('matches two-character words in titles, requests and facts', () => {
    expect(search('拆迁')).toEqual(['demolition']);
    expect(search('补偿').sort()).toEqual(['demolition', 'wages']);
    expect(search('工资')).toEqual(['wages']);
    expect(search('污染')).toEqual(['pollution']);
  });

  it('matches longer phrases only where they occur as written', () => {
    expect(search('拆迁补偿')).toEqual(['demolition']);
    expect(search('经济补偿金')).toEqual(['wages']);
    // Every bigram of 环境保护 but 境保 is in the text: no match.
    expect(search('环境保护')).toEqual([]);
    expect(search('补偿拆迁')).toEqual([]);
    expect(search('房屋征收')).toEqual([]);
  });

  it('requires every term of a query with several words', () => {
    expect(search('补偿 工资')).toEqual(['wages']);
    expect(search('补偿 废气')).toEqual([]);
  });

  it('matches one character anywhere in a run, last characters included', () => {
    expect(search('迁')).toEqual(['demolition']);
    expect(search('金')).toEqual(['wages']);
    expect(search('鑫')).toEqual([]);
  });

  it('matches numbers and Latin words as tokens, whatever their width or case', () => {
    expect(search('12345')).toEqual(['hotline']);
    expect(search('ａ栋')).toEqual(['hotline']);
    expect(search('2025')).toEqual(['demolition']);
    expect(search('1234')).toEqual([]);
  });

  it('finds nothing for text with nothing searchable', () => {
    expect(index.query(leader, { q: '，。！' })).toEqual({ items: [], total: 0, nextCursor: null });
  });

  it('ranks by bm25: a title hit before a body hit, more hits before fewer', () => {
    add({ caseId: 'body-once', factsText: '对噪音问题不满' });
    add({ caseId: 'body-often', factsText: '噪音噪音，夜夜噪音，噪音不断' });
    expect(search('噪音')).toEqual(['hotline', 'body-often', 'body-once']);
  });

  it('combines search with filters and other sorts, and counts the matches', () => {
    add({
      caseId: 'late',
      title: '补偿款未到位',
      state: 'CLOSED',
      registeredAt: '2026-05-01T00:00:00.000Z',
    });
    expect(search('补偿', { states: ['CLOSED'] })).toEqual(['late']);
    expect(search('补偿', { sort: 'registeredAt' })[0]).toBe('late');
    expect(index.query(leader, { q: '补偿', limit: 1 }).total).toBe(3);
  });

  it('follows text changes when an entry is re-indexed', () => {
    add({ caseId: 'wages', title: '讨要拖欠工资', requestText: '诉求：补发加班费' });
    expect(search('补偿')).toEqual(['demolition']);
    expect(search('加班')).toEqual(['wages']);
  });
});
