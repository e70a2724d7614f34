// Finding entities by id, name or alias; an ambiguous name lists its candidates with their ids.
import { describe, expect, it } from 'vitest';
import { AmbiguousEntityError, findEntities, resolveEntity } from '../../src/summarize';
import { handMadeGraph } from './helpers';

const graph = handMadeGraph(
  [
    ['City:3701', { label: 'City', name: '济南市' }],
    ['City:3704', { label: 'City', name: '枣庄市' }],
    ['District:370103', { label: 'District', name: '市中区', parentCode: '3701' }],
    ['District:370402', { label: 'District', name: '市中区', parentCode: '3704' }],
    ['Company:东湖新能源科技有限公司', { label: 'Company', name: '东湖新能源科技有限公司', aliases: ['东湖新能源'] }],
    ['Article:00000000000000cc', { label: 'Article', name: '市中区', title: '市中区' }],
  ],
  [],
);

describe('findEntities and resolveEntity', () => {
  it.each([
    ['District:370402', ['District:370402']],
    ['东湖新能源科技有限公司', ['Company:东湖新能源科技有限公司']],
    ['东湖新能源', ['Company:东湖新能源科技有限公司']],
    [' 东湖新能源 ', ['Company:东湖新能源科技有限公司']],
    ['市中区', ['District:370103', 'District:370402']],
    ['Article:00000000000000cc', []],
    ['西湖区', []],
  ])('%j → %j', (query, ids) => {
    expect(findEntities(graph, query)).toEqual(ids);
  });

  it('resolves a unique name, alias or id', () => {
    expect(resolveEntity(graph, '东湖新能源')).toBe('Company:东湖新能源科技有限公司');
    expect(resolveEntity(graph, 'District:370103')).toBe('District:370103');
  });

  it('lists the candidates of an ambiguous name, with ids and where they are', () => {
    let error: unknown;
    try {
      resolveEntity(graph, '市中区');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(AmbiguousEntityError);
    const ambiguous = error as AmbiguousEntityError;
    expect(ambiguous.candidates).toEqual(['District:370103', 'District:370402']);
    expect(ambiguous.code).toBe('E_USAGE');
    expect(ambiguous.message).toContain('District:370103  市中区 (District, in 济南市)');
    expect(ambiguous.message).toContain('District:370402  市中区 (District, in 枣庄市)');
  });

  it('refuses a name nothing has', () => {
    expect(() => resolveEntity(graph, '西湖区')).toThrow(expect.objectContaining({ name: 'GovgraphError', code: 'E_ENTITY_UNKNOWN' }));
  });
});
