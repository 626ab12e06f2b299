import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { comparisonReference } from '../../src/content/social-media';

/*
 * The comparison table's B2C column must say what seed 1 (the Hausa text on B2B vs B2C strategy) says
 * consumer marketing does, and nothing from seed 2's criticism of B2B marketers who treat social media
 * as media: that criticism is about B2B practice done badly, not about consumer brands.
 */

const LOCALES = ['en', 'zh-Hant', 'ha'] as const;
const normalise = (text: string) => text.replace(/\s+/g, ' ');
const seed1 = normalise(readFileSync('docs/seeds/b2b-vs-b2c-social-strategy.ha.txt', 'utf8'));
const seed2 = normalise(readFileSync('docs/seeds/b2b-social-business-network.zh-Hant.txt', 'utf8'));

/** Seed 2's criticism of media-style B2B marketing, word for word (the seed writes ASCII commas and brackets). */
const SEED2_CRITICISM = [
  '對大多數的 B2B 行銷人員來說,答案會是媒體',
  '內容行銷大於寫部落格',
  '點擊率就代表了參與程度',
  '遊戲化(gamification)比與顧客對話更迷人',
  '有太多的行銷專家將社群媒體視為另一個行銷溝通的管道',
  'B2B 行銷人員會將這個叫做影響力行銷(influencer marketing),但這個詞過於自私',
];

/**
 * How the kit's catalogs render that criticism in each locale ("just another media channel",
 * 「媒體管道」, "kafar watsa labarai", gamification, contests, broadcasting), plus the invented
 * "one-off purchases" the editor found. None of these may describe consumer marketing.
 */
const CRITICISM_RENDERINGS: Record<(typeof LOCALES)[number], RegExp[]> = {
  en: [
    /media channel/i,
    /communication channel/i,
    /marketing channel/i,
    /\bmedia\b/i,
    /broadcast/i,
    /gamif/i,
    /\bgames?\b/i,
    /contests?/i,
    /giveaways?/i,
    /one-off/i,
    /influencer marketing/i,
    /click-through rate/i,
  ],
  'zh-Hant': [/媒體/, /管道/, /單向/, /遊戲化/, /抽獎/, /一次性/, /影響力行銷/, /點擊率/, /部落格/],
  ha: [
    /watsa labarai/i,
    /kafar sadarwa/i,
    /yaɗa saƙo/i,
    /\bgasa\b/i,
    /wasanni/i,
    /lokaci ɗaya/i,
    /kason dannawa/i,
  ],
};

/**
 * Each B2C cell and the seed 1 sentences it rests on (parts of them, as they stand in the Hausa
 * file), with the English words that carry each sentence's point into the cell.
 */
const B2C_SOURCES: Record<string, { seed1: string[]; en: RegExp[] }> = {
  audience: {
    seed1: [
      'B2C ke jan hankalin masu amfani da kowane mutum da motsin rai da gaggawa',
      'gajeriyar zagayowar B2C ba, wanda ke yin amfani da yanke shawara cikin sauri',
    ],
    en: [/individual consumers/i, /emotion/i, /urgency/i, /decide quickly/i],
  },
  goals: {
    seed1: [
      'B2C ke neman saurin haɗin gwiwa da jujjuyawar kai tsaye',
      'gajeriyar zagayowar B2C ba, wanda ke yin amfani da yanke shawara cikin sauri',
    ],
    en: [/quick engagement/i, /direct conversion/i, /short cycle/i, /fast decisions/i],
  },
  platforms: {
    seed1: ['B2C ke bunƙasa akan haɗa kai da gani, hanyoyin sadarwa masu nauyi'],
    en: [/visual/i, /interaction/i, /thrive/i],
  },
  content: {
    seed1: [
      'B2C ta mai da hankali kan abubuwan nishadi da alaƙa',
      'B2C ke amfani da salon tattaunawa don haɗawa da masu siye na yau da kullun',
    ],
    en: [/entertaining/i, /relatable/i, /conversational/i, /everyday buyers/i],
  },
  proof: {
    seed1: ['Yaƙin neman zaɓe yakan mayar da hankali kan halaye da abubuwan gani don fitar da sha\'awar mabukaci nan take'],
    en: [/trends/i, /visuals/i, /instant consumer desire/i],
  },
  network: {
    seed1: [
      'B2C yana ba da fifikon motsin rai da roƙon taro',
      'Dabarun B2C suna nufin ɗaukar hankali da sauri',
    ],
    en: [/mass appeal/i, /attention/i, /individual consumers/i, /fast/i],
  },
  community: {
    seed1: [
      'B2C ke neman saurin haɗin gwiwa',
      'Dabarun B2C suna nufin ɗaukar hankali da sauri tare da resonation na motsin rai, abun ciki mai jan hankali',
    ],
    en: [/quick engagement/i, /emotionally resonant/i, /attention-grabbing content/i],
  },
  relationships: {
    seed1: [
      'gajeriyar zagayowar B2C ba, wanda ke yin amfani da yanke shawara cikin sauri',
      'B2C ke amfani da salon tattaunawa don haɗawa da masu siye na yau da kullun',
    ],
    en: [/short cycle/i, /quick decisions/i, /conversational/i, /everyday buyers/i],
  },
  measurement: {
    seed1: ['B2C matakan tasiri ta hanyar isa da tallace-tallace kai tsaye'],
    en: [/^reach and direct sales\.$/i],
  },
  organisation: {
    seed1: [
      'Matsayin kafofin watsa labarun ya dace da waɗannan lokutan lokaci daidai',
      'gajeriyar zagayowar B2C',
      'Dabarun B2C suna nufin ɗaukar hankali da sauri',
    ],
    en: [/campaigns/i, /short buying cycle/i, /attention quickly/i],
  },
};

const b2cCells = Object.entries(comparisonReference).map(([row, { b2c }]) => [row, b2c as Record<string, string>] as const);

describe('the comparison table’s B2C column', () => {
  it('quotes seed 2’s criticism as it stands in the seed', () => {
    for (const phrase of SEED2_CRITICISM) expect(seed2, phrase).toContain(phrase);
  });

  it.each(b2cCells)('%s: uses none of seed 2’s criticism of media-style B2B marketing, in any locale', (row, b2c) => {
    for (const locale of LOCALES) {
      const text = b2c[locale];
      expect(text, `${row} has no ${locale} B2C text`).toBeTruthy();
      for (const phrase of SEED2_CRITICISM) expect(text).not.toContain(phrase);
      for (const pattern of CRITICISM_RENDERINGS[locale]) expect(text, `${row} (${locale})`).not.toMatch(pattern);
    }
  });

  it('traces every B2C cell, and only those, to seed 1', () => {
    expect(Object.keys(B2C_SOURCES).sort()).toEqual(Object.keys(comparisonReference).sort());
  });

  it.each(b2cCells)('%s: rests on seed 1’s B2C side and carries its point', (row, b2c) => {
    const { seed1: sentences, en } = B2C_SOURCES[row]!;
    for (const sentence of sentences) {
      expect(seed1, `${row}: not in seed 1`).toContain(sentence);
      expect(sentence, `${row}: cite the B2C side`).toMatch(/B2C|Yaƙin neman zaɓe|Matsayin kafofin/);
    }
    for (const pattern of en) expect(b2c.en, row).toMatch(pattern);
  });
});
