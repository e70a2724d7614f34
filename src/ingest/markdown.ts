// Markdown → plain text: the markup goes, the words and the line structure stay.
interface MarkdownRule {
  id: string;
  pattern: RegExp;
  replacement: string;
  example: string;
}

// Order here matters: images before links (an image is a link with a !), fences before code spans.
export const MARKDOWN_RULES: MarkdownRule[] = [
  { id: 'md.fence', pattern: /^[ \t]*(?:```|~~~).*$/gm, replacement: '', example: '```text' },
  { id: 'md.image', pattern: /!\[[^\]]*\]\([^)]*\)/g, replacement: '', example: '![现场](pic3.jpg)' },
  { id: 'md.link', pattern: /\[([^\]]+)\]\([^)]*\)/g, replacement: '$1', example: '[济南日报](http://…) → 济南日报' },
  { id: 'md.heading', pattern: /^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$/gm, replacement: '$1', example: '# 标题 → 标题' },
  { id: 'md.quote', pattern: /^[ \t]{0,3}>[ \t]?/gm, replacement: '', example: '> 引文 → 引文' },
  { id: 'md.rule', pattern: /^[ \t]{0,3}(?:[-*_][ \t]*){3,}$/gm, replacement: '', example: '---' },
  { id: 'md.list', pattern: /^[ \t]*(?:[-*+]|\d+[.)])[ \t]+/gm, replacement: '', example: '- 一是… → 一是…' },
  { id: 'md.strong', pattern: /(\*\*|__)(?=\S)(.+?)\1/g, replacement: '$2', example: '**重点** → 重点' },
  { id: 'md.emphasis', pattern: /\*(?=\S)([^*\n]+?)\*/g, replacement: '$1', example: '*强调* → 强调' },
  { id: 'md.code', pattern: /`([^`\n]+)`/g, replacement: '$1', example: '`code` → code' },
];

export function markdownToText(markdown: string): string {
  return MARKDOWN_RULES.reduce((text, rule) => text.replace(rule.pattern, rule.replacement), markdown);
}
