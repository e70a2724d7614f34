// How summaries name places in both languages: 莱芜区 of 济南市 is 济南市莱芜区 in Chinese and
// "Laiwu District" in Jinan in English; 济南高新区 is "Jinan High-tech Zone". Read from the graph only.
import type { GovGraph } from '../graph';
import type { EntityLabel } from '../types';
import { romanizePlaceWord, splitPlaceName } from './en/romanize';
import { CITY_TYPES, DISTRICT_TYPES, PROVINCE_TYPES, ZONE_TYPES, type PlaceType } from './glossary/places';
import { labelOf, nameOf, parentPlaceOf } from './read';

export interface PlaceName {
  /** As the graph names it: 莱芜区. */
  name: string;
  /** With the city before it unless the name already starts with it: 济南市莱芜区, 济南高新区. */
  zh: string;
  /** Laiwu District, Jinan High-tech Zone, Jinan, Shandong Province. */
  en: string;
  /** Without the type word: Laiwu, Jinan, Shandong. */
  bare: string;
  /** Without the type word, in characters: 莱芜, 济南, 山东. */
  bareZh: string;
  /** The English name of the city (or province) it is in, unless `en` already says it. */
  parentEn?: string;
  kind: PlaceType['kind'];
  abolished?: number;
}


const FALLBACK_KIND: PlaceType['kind'] = { zh: '地区', en: 'a place' };

function typesOf(graph: GovGraph, id: string): PlaceType[] {
  const label = labelOf(graph, id);
  if (label === 'Province') return PROVINCE_TYPES;
  if (label === 'City') return CITY_TYPES;
  return graph.getNodeAttribute(id, 'level') === 'zone' ? ZONE_TYPES : DISTRICT_TYPES;
}

export class PlaceNames {
  private readonly cache = new Map<string, PlaceName>();

  constructor(private readonly graph: GovGraph) {}

  of(id: string): PlaceName {
    let place = this.cache.get(id);
    if (!place) {
      place = this.make(id);
      this.cache.set(id, place);
    }
    return place;
  }

  private make(id: string): PlaceName {
    const label = labelOf(this.graph, id);
    const name = nameOf(this.graph, id);
    const { base, type } = splitPlaceName(name, typesOf(this.graph, id));
    const parentId = label === 'Province' ? undefined : parentPlaceOf(this.graph, id);
    const parent = parentId ? this.of(parentId) : undefined;
    // A zone named after its city keeps the city's English name: 济南高新区 → Jinan High-tech Zone.
    const namedAfterParent = parent !== undefined && base.startsWith(parent.bareZh);
    const bare = namedAfterParent
      ? [parent.bare, base.slice(parent.bareZh.length)].filter(Boolean).map((part, i) => (i === 0 ? part : romanizePlaceWord(part))).join(' ')
      : romanizePlaceWord(base);
    const en = type?.en ? `${bare} ${type.en}` : bare;
    const abolished = this.graph.getNodeAttribute(id, 'abolished');
    return {
      name,
      bareZh: base,
      zh: parent && !namedAfterParent && label === 'District' ? `${parent.name}${name}` : name,
      en,
      bare,
      ...(parent && !namedAfterParent ? { parentEn: parent.en } : {}),
      kind: type?.kind ?? FALLBACK_KIND,
      ...(typeof abolished === 'number' ? { abolished } : {}),
    };
  }
}

/**
 * A title written after its place, the way Chinese writes it: the place's level character is not
 * repeated before an organ (莱芜区 + 区委副书记 → 莱芜区委副书记, 济南市 + 市委常委 → 济南市委常委),
 * but is before 长 (莱芜区 + 区长 → 莱芜区区长).
 */
export function placeTitle(placeName: string, title: string): string {
  const shared = placeName.endsWith(title.charAt(0)) && title.charAt(1) !== '长';
  return shared ? placeName + title.slice(1) : placeName + title;
}
