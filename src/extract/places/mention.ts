// The one way a place mention is made: from a gazetteer unit (with its code, parent and status), or
// a zone or town the gazetteer does not list (level only, parent found in context).
import type { AdminUnit } from '../../gazetteer';
import type { PlaceAttrs, PlaceMention, Span } from '../../types';

const LABEL_OF_LEVEL = { province: 'Province', city: 'City', county: 'District' } as const;

export interface UnitOptions {
  /** Same-name units the context could not tell apart: the mention keeps no code, only their codes. */
  ambiguousAmong?: AdminUnit[];
  /** Not named in the text: a district's city, a title's province. */
  implied?: boolean;
}

/** A mention of a gazetteer unit: 莱芜区 → District 370116 under 3701. */
export function unitMention(unit: AdminUnit, span: Span, ruleId: string, options: UnitOptions = {}): PlaceMention {
  const ambiguous = options.ambiguousAmong !== undefined;
  const attrs: PlaceAttrs = {
    level: unit.level,
    code: ambiguous ? '' : unit.code,
    parentCode: ambiguous ? '' : unit.parentCode,
    status: unit.status,
    ambiguous,
    ...(ambiguous ? { candidates: options.ambiguousAmong!.map((c) => c.code).join(',') } : {}),
    ...(unit.abolished ? { abolished: unit.abolished } : {}),
    ...(options.implied ? { implied: true } : {}),
  };
  return { label: LABEL_OF_LEVEL[unit.level], name: unit.name, span, ruleId, attrs };
}

/** A functional zone (济南高新区): no division code; its parent is the city it belongs to. */
export function zoneMention(name: string, parentCode: string, span: Span, ruleId: string, alias?: string): PlaceMention {
  return { label: 'District', name, span, ruleId, attrs: { level: 'zone', code: '', parentCode, status: 'current', ambiguous: false, ...(alias ? { alias } : {}) } };
}

/** A town, township or subdistrict: its county-level unit is stated by its PART_OF, not here. */
export function townMention(name: string, span: Span, ruleId: string): PlaceMention {
  return { label: 'Town', name, span, ruleId, attrs: { level: 'town', code: '', parentCode: '', status: 'current', ambiguous: false } };
}
