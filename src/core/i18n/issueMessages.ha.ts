import type { IssueMessageCatalog } from '../issueMessages';
import { listOf } from '../issueMessages';

/** Issue messages in Hausa, from the same codes and params as the English ones. */
export const issueMessagesHa: IssueMessageCatalog = {
  invalid_json: (p) => `ba ingantaccen JSON ba ne${p.detail ? `: ${p.detail}` : ''}`,
  too_deep: (p) => `ya zurfafa fiye da mataki ${p.maximum}`,
  not_finite: (p) => `dole ne ya zama lamba mai iyaka, an karɓi ${p.received}`,
  more_issues: (p) => `da ƙarin matsaloli ${p.count} da ba a jera ba`,
  invalid_type: (p) => `ana sa ran ${p.expected}, amma an samu ${p.received}`,
  missing_field: (p) => `tilas ne${p.expected ? ` (${p.expected})` : ''}`,
  unknown_field: (p) => `ba a san filin "${p.key}" ba`,
  invalid_value: (p) =>
    p.kind === 'structure'
      ? `an yi shi ne don wasu tambayoyi ko zaɓuɓɓuka daban da na wannan takardar tambayoyi (ko a wani jeri), don haka ba za a iya karanta amsoshinsa ba (hanyar haɗin ta ambaci sigar "${p.received}"; wannan sigar ${listOf(p.expected)} ce)`
      : p.expected
        ? `ana sa ran ɗaya daga cikin ${listOf(p.expected)}`
        : 'ba ƙimar da aka yarda da ita ba ce',
  invalid_format: (p) => `tsarinsa bai dace ba${p.format ? ` (${p.format})` : ''}`,
  invalid_key: (p) => `ba a yarda da maɓalli "${p.key}" ba`,
  too_small: (p) =>
    p.origin === 'array'
      ? `yana bukatar abu ${p.minimum} aƙalla`
      : p.origin === 'string'
        ? `yana bukatar haruffa ${p.minimum} aƙalla`
        : `dole ne ya ${p.inclusive === false ? 'fi' : 'kai aƙalla'} ${p.minimum}`,
  too_big: (p) =>
    p.origin === 'array'
      ? `ya wuce abu ${p.maximum}`
      : p.origin === 'string'
        ? `ya wuce haruffa ${p.maximum}`
        : `dole ne ya ${p.inclusive === false ? 'gaza' : 'kasa wuce'} ${p.maximum}`,
  invalid_definition: (p) => `tsarin tambayoyin bai karɓe shi ba (${p.zodCode})`,
  duplicate_id: (p) => `an riga an yi amfani da lambar shaida "${p.id}" a ${p.firstPath}`,
  reserved_id: (p) => `"${p.id}" an keɓe shi (kowane abu na JavaScript yana da shi); ku zaɓi wata lambar shaida`,
  unknown_dimension: (p) => `ya ambaci fanni "${p.id}" wanda babu shi`,
  unknown_axis: (p) => `ya ambaci ma'auni "${p.id}" wanda babu shi`,
  unknown_question: (p) => `ya ambaci tambaya "${p.id}" wadda babu ita`,
  unknown_option: (p) => `"${p.id}" ba zaɓi ba ne na tambaya "${p.question}"`,
  unknown_kpi: (p) => `ya ambaci KPI "${p.id}" wanda babu shi`,
  condition_on_later_question: (p) => `ya dogara ga tambaya "${p.id}", wadda ba a yi ta kafin wannan ba: sharuɗɗa suna duba amsoshin da suka gabata kawai`,
  condition_not_allowed: (p) => `sharaɗin nunawa yana duba amsoshi ne kawai, ba ${p.kind} ba`,
  condition_type_mismatch: (p) => `gwajin "${p.test}" bai dace da tambayar ${p.questionType} ba`,
  empty_condition: () => 'sharaɗi yana bukatar gwaji ɗaya (equals, in, includes, answered, gt, gte, lt ko lte)',
  max_above_option_count: (p) => `max (${p.max}) ya fi zaɓuɓɓuka ${p.optionCount}`,
  max_below_min: (p) => `max (${p.max}) ya gaza min (${p.min})`,
  bands_not_rising: (p) => `dole ne matakan su riƙa hauhawa: ${p.atLeast} ya biyo bayan ${p.previous}`,
  tiers_not_contiguous: (p) =>
    `dole ne matakai su rufe 0–100 bi da bi, babu gibi ko haɗuwa: ${
      p.problem === 'first_not_zero'
        ? `mataki na farko ya fara daga ${p.min}, ba 0 ba`
        : p.problem === 'last_not_hundred'
          ? `mataki na ƙarshe ya ƙare a ${p.max}, ba 100 ba`
          : p.problem === 'empty'
            ? `max (${p.max}) dole ne ya fi min (${p.min})`
            : `ya fara daga ${p.min} amma matakin da ya gabata ya ƙare a ${p.previousMax}`
    }`,
  kpi_not_number_question: (p) => `shigarwar KPI "${p.id}" tambayar ${p.questionType} ce, ba tambayar lamba ba`,
  fit_not_single_question: (p) => `tambayar dacewa "${p.id}" dole ne ta zama ta zaɓi ɗaya`,
  fit_missing_target: (p) => `zaɓi "${p.option}" na tambayar dacewa "${p.id}" ba shi da ɓangaren da ake nufi`,
  points_for_without_fit: () => `maki bisa kasuwa na buƙatar tambayar dacewa: ƙara "fit" a cikin bayanin tambayoyin`,
  unscored_dimension: (p) => `fanni "${p.id}" ba ya samun maki daga kowace tambaya`,
  quick_check_duplicate: (p) => `tambaya "${p.id}" tana cikin gajeren gwaji tun a ${p.firstPath}`,
  quick_check_condition_outside: (p) =>
    `tambaya "${p.id}" tana bayyana ne kawai bayan an amsa "${p.dependsOn}", wadda gajeren gwaji ba ya tambaya: ku ƙara "${p.dependsOn}" cikin gajeren gwaji`,
  duplicate_locale: (p) => `an riga an jera harshe "${p.locale}" a ${p.firstPath}`,
  answer_wrong_type: (p) => `ana sa ran ${p.expected} ga wannan tambayar ${p.questionType}, amma an samu ${p.received}`,
  too_many_options: (p) => `ku zaɓi abu ${p.max} a mafi yawa; an zaɓi ${p.count}`,
  duplicate_option: (p) => `an zaɓi "${p.id}" sau biyu`,
  answer_out_of_range: (p) =>
    p.min !== undefined && p.max !== undefined
      ? `dole ne ya kasance tsakanin ${p.min} da ${p.max}`
      : p.min !== undefined
        ? `dole ne ya kai aƙalla ${p.min}`
        : `dole ne kada ya wuce ${p.max}`,
  not_an_integer: () => 'dole ne ya zama cikakkiyar lamba',
  invalid_email: () => 'ba adireshin imel ba ne',
  text_too_long: (p) => `ya wuce haruffa ${p.maxLength}`,
  answer_too_long: (p) => `yana da haruffa ${p.length}, fiye da ${p.maxLength} da amsa za ta iya ɗauka`,
  unreadable_answer: (p) => `ba a iya karanta shi a matsayin bayanai na yau da kullum ba (${p.reason}): dole ne amsoshi su zama ƙima na yau da kullum, ba getter ko proxy ba`,
  required: () => 'tana bukatar amsa',
  storage_unavailable: (p) => `ba a iya amfani da ma'ajiya ba (${p.reason})`,
  snapshot_too_large: (p) => `yana da haruffa ${p.length}, fiye da ${p.maxLength} da ajiyayyun amsoshi za su iya ɗauka`,
  snapshot_kept_in_place: (p) =>
    `an bar shi yadda yake a ƙarƙashin "${p.key}": ba a iya dawo da shi gaba ɗaya ba, ba a kuma iya ajiye shi a gefe ba, don haka ba a ajiye komai a kansa ba`,
  questionnaire_mismatch: (p) => `na tambayoyin "${p.received}" ne, ba "${p.expected}" kamar sauran ba`,
  missing_segment_answer: (p) => `ba shi da "${p.id}" da za a rarraba da shi (null idan ba a amsa ba)`,
  by_mismatch: (p) => `yana rarrabawa da ${listOf(p.received)}, ba ${listOf(p.expected)} kamar ma'auni na farko ba`,
  benchmark_withheld: (p) =>
    `an riga an wallafa shi tare da ɓoye rukuni ${p.withheld}, don haka adadinsa bai cika ba: a haɗa ɓangarorin da aka yi shi da su (aggregate --shard)`,
  wrong_histogram_length: (p) => `yana da kwando ${p.received}, ana sa ran ${p.expected}`,
  count_below_histogram: (p) => `yana ƙidaya maki ${p.total}, fiye da masu amsa ${p.count} na rukunin`,
  segment_key_not_prefix: (p) => `mabuɗin rukuni dole ne ya ambaci tambayoyin farko na "by" (${listOf(p.by)}) bi da bi`,
  duplicate_segment: (p) => `rukuni ɗaya ne da wanda ke a ${p.firstPath}`,
  benchmark_cross_origin: (p) => `${p.url} ba ya kan asalin wannan shafi (${p.origin}): ana ɗauko ma'aunin kwatance daga asalin shafin kawai`,
  benchmark_unavailable: (p) => `ba a iya ɗauko shi daga ${p.url} ba (${p.reason})`,
};
