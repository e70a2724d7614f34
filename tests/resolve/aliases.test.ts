// Project names in one article that rules decide are one project.
import { describe, expect, it } from 'vitest';
import { projectAliases, projectKey } from '../../src/resolve/aliases';

describe('project aliases', () => {
  it.each([
    ['新能源客车项目', '新能源客车'],
    ['城市综合体工程', '城市综合体'],
    ['项目', '项目'],
  ])('projectKey(%s) = %s', (name, key) => {
    expect(projectKey(name)).toBe(key);
  });

  it('maps a tail of a longer name, and the name without 项目, to the full name', () => {
    const map = projectAliases(['新能源客车项目', '客车项目', '新能源客车', '风电项目']);
    expect(Object.fromEntries(map)).toEqual({
      新能源客车项目: '新能源客车项目',
      客车项目: '新能源客车项目',
      新能源客车: '新能源客车项目',
      风电项目: '风电项目',
    });
  });

  it('does not merge names that only share a suffix word', () => {
    const map = projectAliases(['东湖产业园', '西湖产业园']);
    expect(map.get('东湖产业园')).toBe('东湖产业园');
    expect(map.get('西湖产业园')).toBe('西湖产业园');
  });
});
