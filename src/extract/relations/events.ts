// Who attended a batch ceremony, and which projects it was for. Press releases announce the event
// (…重点项目集中开工活动在主会场举行), then list the officials who 出席/宣布/致辞, then describe the
// projects paragraph by paragraph (作为主会场项目…, 在分会场…, …同步开工). Every official who
// attended is linked to every project the event's paragraphs name.
import type { Mention, Span } from '../../types';
import type { ExtractContext, FindingsBuilder, Rule } from '../context';
import { relationWords } from './words';

export const EVENT_RULES = {
  batch: {
    id: 'attended.batch-ceremony',
    description: 'Officials who attend a batch ceremony, and the projects of the paragraphs about that ceremony',
    example: '4月18日，西湖区重点项目集中开工活动举行。\n区委书记王立明宣布项目开工。\n在主会场，滨河物流园项目由恒达物流有限公司投资建设。',
  },
} satisfies Record<string, Rule>;

// Paragraphs looked at after the ceremony's.
const REACH = 8;

interface Line extends Span {
  text: string;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    lines.push({ start, end: start + line.length, text: line });
    start += line.length + 1;
  }
  return lines;
}

const within = (m: Mention, l: Span) => m.span.start >= l.start && m.span.end <= l.end;

export function findEventAttendance(ctx: ExtractContext, out: FindingsBuilder): void {
  const { batchCeremony: CEREMONY, attendBatch: ATTEND, eventParagraph: EVENT_PARAGRAPH } = relationWords();
  const lines = linesOf(ctx.text);
  const officials = ctx.positions('Official');
  const projects = ctx.positions('Project');
  for (let i = 0; i < lines.length; i++) {
    const event = CEREMONY.exec(lines[i]!.text);
    if (!event) continue;
    const attendance: Line[] = [lines[i]!];
    const paragraphs: Line[] = [];
    for (let j = i + 1; j < Math.min(lines.length, i + 1 + REACH); j++) {
      const line = lines[j]!;
      if (CEREMONY.test(line.text) && !EVENT_PARAGRAPH.test(line.text)) break; // another event
      if (officials.startingIn(line.start, line.end + 1).some((o) => within(o, line)) && ATTEND.test(line.text)) attendance.push(line);
      if (EVENT_PARAGRAPH.test(line.text)) paragraphs.push(line);
    }
    // Attendees: officials in a sentence that says they attended.
    const attendees = officials.withinAny(attendance).filter((o) => {
      const sentence = ctx.sentenceSpanAt(o.span.start);
      return ATTEND.test(ctx.text.slice(sentence.start, sentence.end));
    });
    const named = projects.withinAny(paragraphs);
    for (const official of attendees) {
      for (const project of named) {
        // Two pieces of evidence: the sentence that puts the official there, and the one that puts the project in the event.
        for (const span of [official.span, project.span]) {
          out.relate({ type: 'ATTENDED', from: official, to: project, props: { event: event[0] }, evidence: ctx.evidence(span, EVENT_RULES.batch.id) });
        }
      }
    }
  }
}
