import { describe, expect, it } from 'vitest';
import type { RuleReason } from '../../../src/core';
import { explainReasons, reasonMessagesFor } from '../../../src/core/explain';
import { answer, axis, dimension, explainQuestionnaire, failed, held, kpi } from './explainFixture';

const explain = (reasons: RuleReason[], locale: string, currency?: string) =>
  explainReasons(reasons, { questionnaire: explainQuestionnaire, messages: reasonMessagesFor(locale), locale, currency });

/** One case per kind of reason: the reasons, then the one sentence expected in en, zh-Hant and ha. */
const CASES: [string, RuleReason[], [string, string, string]][] = [
  [
    'an answer that equals the option tested',
    [answer('market', 'b2b', 'equals "b2b"', held('equals', 'b2b'))],
    [
      'You answered “Businesses” to “Who do you mainly sell to?”.',
      '您在「主要銷售對象是誰？」回答了「企業」。',
      'Kun amsa “Kamfanoni” ga tambayar “Ga su wane ne kuka fi sayarwa?”.',
    ],
  ],
  [
    'a negated equals, as the answer given rather than the option it is not',
    [answer('market', 'b2b', 'not equals "b2c"', failed('equals', 'b2c'))],
    [
      'You answered “Businesses” to “Who do you mainly sell to?”.',
      '您在「主要銷售對象是誰？」回答了「企業」。',
      'Kun amsa “Kamfanoni” ga tambayar “Ga su wane ne kuka fi sayarwa?”.',
    ],
  ],
  [
    'a negated includes, as an option not chosen',
    [answer('platforms', ['instagram'], 'not includes "linkedin"', failed('includes', 'linkedin'))],
    [
      'You did not choose “LinkedIn” for “Which platforms do you use?”.',
      '您在「您使用哪些平台？」沒有選「LinkedIn」。',
      'Ba ku zaɓi “LinkedIn” a tambayar “Waɗanne dandamali kuke amfani da su?” ba.',
    ],
  ],
  [
    'two negated includes on one answer, said once with "or"',
    [
      answer('platforms', ['instagram'], 'not includes "linkedin"', failed('includes', 'linkedin')),
      answer('platforms', ['instagram'], 'not includes "x"', failed('includes', 'x')),
    ],
    [
      'You did not choose “LinkedIn” or “X” for “Which platforms do you use?”.',
      '您在「您使用哪些平台？」沒有選「LinkedIn」或「X」。',
      'Ba ku zaɓi “LinkedIn” ko “X” a tambayar “Waɗanne dandamali kuke amfani da su?” ba.',
    ],
  ],
  [
    'many options missed, as what was chosen "only"',
    [answer('platforms', ['instagram'], 'not in [...]', failed('in', ['linkedin', 'x', 'tiktok', 'youtube']))],
    [
      'You chose only “Instagram” for “Which platforms do you use?”.',
      '您在「您使用哪些平台？」只選了「Instagram」。',
      'Kun zaɓi “Instagram” kawai a tambayar “Waɗanne dandamali kuke amfani da su?”.',
    ],
  ],
  [
    'a held includes, naming the option looked for',
    [answer('platforms', ['instagram', 'tiktok'], 'includes "tiktok"', held('includes', 'tiktok'))],
    [
      'You chose “TikTok” for “Which platforms do you use?”.',
      '您在「您使用哪些平台？」選了「TikTok」。',
      'Kun zaɓi “TikTok” a tambayar “Waɗanne dandamali kuke amfani da su?”.',
    ],
  ],
  [
    'a held in on a multi-choice answer, naming only the chosen options it matched',
    [answer('platforms', ['instagram', 'tiktok', 'linkedin'], 'in [...]', held('in', ['tiktok', 'instagram', 'youtube']))],
    [
      'You chose “TikTok” and “Instagram” for “Which platforms do you use?”.',
      '您在「您使用哪些平台？」選了「TikTok」和「Instagram」。',
      'Kun zaɓi “TikTok” da “Instagram” a tambayar “Waɗanne dandamali kuke amfani da su?”.',
    ],
  ],
  [
    'a missing answer',
    [answer('market', null, 'not answered true', failed('answered', true))],
    ['You did not answer “Who do you mainly sell to?”.', '您沒有回答「主要銷售對象是誰？」。', 'Ba ku amsa tambayar “Ga su wane ne kuka fi sayarwa?” ba.'],
  ],
  [
    'a number answer with its threshold in its unit',
    [answer('educational', 15, 'lt 50', held('lt', 50))],
    [
      'You answered “15%” to “Share of educational posts” (below 50%).',
      '您在「教育性貼文比例」回答了「15%」（低於 50%）。',
      'Kun amsa “15%” ga tambayar “Kason rubuce-rubucen ilmantarwa” (ƙasa da 50%).',
    ],
  ],
  [
    'a negated comparison on a Likert answer, as what holds (not at least 4: below 4)',
    [answer('helpful', 2, 'not gte 4', failed('gte', 4))],
    [
      'You answered “2 of 5” to “We help first” (below 4).',
      '您在「我們先提供協助」回答了「2 分（滿分 5 分）」（低於 4）。',
      'Kun amsa “2 cikin 5” ga tambayar “Muna fara taimakawa” (ƙasa da 4).',
    ],
  ],
  [
    'a dimension score under an inclusive bound, as "below"',
    [dimension(7, 'lte 33', held('lte', 33))],
    ['Measurement scored 7 of 100 (below 33).', '「成效衡量」得分 7（滿分 100，低於 33）。', 'Fannin Aunawa ya samu maki 7 cikin 100 (ƙasa da 33).'],
  ],
  [
    'a dimension score on an inclusive bound, as "at most"',
    [dimension(33, 'lte 33', held('lte', 33))],
    ['Measurement scored 33 of 100 (at most 33).', '「成效衡量」得分 33（滿分 100，不超過 33）。', 'Fannin Aunawa ya samu maki 33 cikin 100 (ba fiye da 33 ba).'],
  ],
  [
    'a negated dimension bound',
    [dimension(72, 'not lte 33', failed('lte', 33))],
    ['Measurement scored 72 of 100 (above 33).', '「成效衡量」得分 72（滿分 100，高於 33）。', 'Fannin Aunawa ya samu maki 72 cikin 100 (sama da 33).'],
  ],
  [
    'a dimension score between two bounds',
    [dimension(67, 'gte 60, lt 80', held('gte', 60), held('lt', 80))],
    ['Measurement scored 67 of 100 (above 60 and below 80).', '「成效衡量」得分 67（滿分 100，高於 60、低於 80）。', 'Fannin Aunawa ya samu maki 67 cikin 100 (sama da 60 kuma ƙasa da 80).'],
  ],
  [
    'a dimension without a score',
    [dimension(null, 'not gte 40', failed('gte', 40))],
    [
      'Measurement has no score yet: not enough answers.',
      '「成效衡量」的回答不足，還沒有分數。',
      'Fannin Aunawa bai samu maki ba tukuna: amsoshi ba su isa ba.',
    ],
  ],
  [
    'an axis position',
    [axis(-62, 'lt 0', held('lt', 0))],
    [
      'Your practice sits at -62 on Orientation (below 0), where -100 is B2C and +100 is B2B.',
      '您的經營方式在「經營取向」上位於 -62（低於 0）；-100 代表「B2C」，+100 代表「B2B」。',
      'Salon aikinku yana a -62 a kan Karkata (ƙasa da 0), inda -100 ke nufin B2C, +100 kuma ke nufin B2B.',
    ],
  ],
  [
    'an axis without a position',
    [axis(null, 'not gt 0', failed('gt', 0))],
    [
      'No answer places your practice on Orientation yet.',
      '目前還沒有答案能判定您在「經營取向」上的位置。',
      'Har yanzu babu amsar da ta nuna inda salon aikinku yake a kan Karkata.',
    ],
  ],
  [
    'a KPI band',
    [kpi('ctr', 0.3, 'below', 'band "below"', held('band', 'below'))],
    ['CTR is 0.3%, below the benchmark range.', '「點擊率」為 0.3%，低於基準範圍。', "Kason dannawa ya kai 0.3%, ƙasa da iyakar ma'aunin kwatance."],
  ],
  [
    'a KPI without a value',
    [kpi('cpl', null, 'unavailable', 'not lt 100', failed('lt', 100))],
    [
      'Cost per lead could not be worked out from your figures.',
      '無法從您的數據算出「每筆名單成本」。',
      "Ba a iya lissafa Kuɗin kowane mai sha'awa daga alƙalumanku ba.",
    ],
  ],
  [
    'the fit',
    [{ kind: 'fit', status: 'mismatch', test: 'fit mismatch', comparisons: [held('fit', 'mismatch')] }],
    ['Your practice leans the opposite way to the market you sell to.', '您的經營方式與目標市場方向相反。', 'Salon aikinku ya karkata akasin kasuwarku.'],
  ],
  [
    'a reason from before comparisons existed, with its value only',
    [{ kind: 'dimension', dimensionId: 'measurement', score: 7, test: 'lte 33' }],
    ['Measurement scored 7 of 100.', '「成效衡量」得分 7（滿分 100）。', 'Fannin Aunawa ya samu maki 7 cikin 100.'],
  ],
];

describe('explainReasons', () => {
  it.each(CASES)('puts %s into words in en, zh-Hant and ha', (_name, reasons, [en, zhHant, ha]) => {
    expect(explain(reasons, 'en')).toEqual([en]);
    expect(explain(reasons, 'zh-Hant')).toEqual([zhHant]);
    expect(explain(reasons, 'ha')).toEqual([ha]);
  });

  it('writes money in the currency given, and as a plain number without one', () => {
    const reasons = [kpi('cpl', 50, 'unavailable', 'lt 100', held('lt', 100))];
    expect(explain(reasons, 'en', 'USD')).toEqual(['Cost per lead is $50.00 (below $100.00).']);
    expect(explain(reasons, 'zh-Hant', 'USD')).toEqual(['「每筆名單成本」為 US$50.00（低於 US$100.00）。']);
    expect(explain(reasons, 'en')).toEqual(['Cost per lead is 50.00 (below 100.00).']);
  });

  it('says each subject once, in the order it first comes, with the tightest bounds', () => {
    const reasons = [
      dimension(7, 'lt 40', held('lt', 40)),
      answer('market', 'b2b', 'not equals "b2c"', failed('equals', 'b2c')),
      dimension(7, 'lte 33', held('lte', 33)),
      dimension(7, 'gte 5', held('gte', 5)),
      answer('market', 'b2b', 'not equals "b2c"', failed('equals', 'b2c')),
    ];
    expect(explain(reasons, 'en')).toEqual(['Measurement scored 7 of 100 (above 5 and below 33).', 'You answered “Businesses” to “Who do you mainly sell to?”.']);
  });

  it('falls back along the locale chain for its words (zh-TW is Traditional Chinese), and to English', () => {
    const reasons = [dimension(7, 'lte 33', held('lte', 33))];
    expect(explainReasons(reasons, { questionnaire: explainQuestionnaire, messages: reasonMessagesFor('zh-TW'), locale: 'zh-Hant-TW' })).toEqual([
      '「成效衡量」得分 7（滿分 100，低於 33）。',
    ]);
    expect(reasonMessagesFor('fr')).toBe(reasonMessagesFor('en'));
  });

  it('names an unknown question, option, dimension or KPI by its id rather than failing', () => {
    const reasons: RuleReason[] = [
      answer('gone', 'x', 'equals "x"', held('equals', 'x')),
      { kind: 'dimension', dimensionId: 'gone', score: 10, test: 'lt 20', comparisons: [held('lt', 20)] },
      kpi('gone', 1, 'unavailable', 'lt 2', held('lt', 2)),
    ];
    expect(explain(reasons, 'en')).toEqual(['You answered “x” to “gone”.', 'gone scored 10 of 100 (below 20).', 'gone is 1 (below 2).']);
  });

  it('never writes condition syntax, in any locale', () => {
    const syntax = /\b(lte?|gte?|equals|includes|answered|band|not)\b\s*["\d[]|\[|\]|"/;
    for (const locale of ['en', 'zh-Hant', 'ha'])
      for (const [, reasons] of CASES) for (const sentence of explain(reasons, locale)) expect(sentence).not.toMatch(syntax);
  });
});
