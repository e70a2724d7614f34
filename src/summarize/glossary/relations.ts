// Words for relationship properties, in both languages, as data: the events ATTENDED names and the
// roles INVOLVED_IN gives a company. An event not listed is shown as written (with pinyin in English).
import type { InvolvementRole } from '../../types';

export const EVENTS_EN: Record<string, string> = {
  开工仪式: 'groundbreaking ceremony',
  集中开工仪式: 'joint groundbreaking ceremony',
  奠基仪式: 'foundation-stone ceremony',
  签约仪式: 'signing ceremony',
  揭牌仪式: 'unveiling ceremony',
  竣工仪式: 'completion ceremony',
  投产仪式: 'production launch ceremony',
  开业仪式: 'opening ceremony',
  开幕式: 'opening ceremony',
  启动仪式: 'launch ceremony',
  推介会: 'promotion conference',
  调研: 'inspection visit',
  观摩: 'observation visit',
};

export const INVOLVEMENT_ROLES: Record<InvolvementRole, { zh: string; en: string }> = {
  developer: { zh: '建设方', en: 'the developer' },
  investor: { zh: '投资方', en: 'an investor' },
  builder: { zh: '承建方', en: 'the builder' },
  operator: { zh: '运营方', en: 'the operator' },
  tenant: { zh: '入驻企业', en: 'a tenant' },
};
