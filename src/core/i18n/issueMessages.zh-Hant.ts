import type { IssueMessageCatalog } from '../issueMessages';
import { listOf } from '../issueMessages';

/** Issue messages in Traditional Chinese, from the same codes and params as the English ones. */
export const issueMessagesZhHant: IssueMessageCatalog = {
  invalid_json: (p) => `不是有效的 JSON${p.detail ? `：${p.detail}` : ''}`,
  too_deep: (p) => `巢狀層數超過 ${p.maximum} 層`,
  not_finite: (p) => `必須是有限的數字，收到的是 ${p.received}`,
  more_issues: (p) => `另有 ${p.count} 個問題未列出`,
  invalid_type: (p) => `應為 ${p.expected}，收到的是 ${p.received}`,
  missing_field: (p) => `為必填${p.expected ? `（${p.expected}）` : ''}`,
  unknown_field: (p) => `不認得的欄位「${p.key}」`,
  invalid_value: (p) =>
    p.kind === 'structure'
      ? `是為不同的題目或選項（或不同的順序）產生的，無法讀取其中的答案（連結標示的版本為 "${p.received}"，此問卷為版本 ${listOf(p.expected)}）`
      : p.expected
        ? `應為下列其中之一：${listOf(p.expected)}`
        : '不是可接受的值',
  invalid_format: (p) => `格式不符${p.format ? `（${p.format}）` : ''}`,
  invalid_key: (p) => `不允許使用鍵「${p.key}」`,
  too_small: (p) =>
    p.origin === 'array'
      ? `至少需要 ${p.minimum} 項`
      : p.origin === 'string'
        ? `至少需要 ${p.minimum} 個字元`
        : `必須${p.inclusive === false ? '大於' : '至少為'} ${p.minimum}`,
  too_big: (p) =>
    p.origin === 'array'
      ? `超過 ${p.maximum} 項`
      : p.origin === 'string'
        ? `超過 ${p.maximum} 個字元`
        : `必須${p.inclusive === false ? '小於' : '不超過'} ${p.maximum}`,
  invalid_definition: (p) => `不符合問卷格式（${p.zodCode}）`,
  duplicate_id: (p) => `識別碼「${p.id}」已在 ${p.firstPath} 使用過`,
  reserved_id: (p) => `「${p.id}」是保留字（每個 JavaScript 物件都有），請改用其他識別碼`,
  unknown_dimension: (p) => `指定了不存在的構面「${p.id}」`,
  unknown_axis: (p) => `指定了不存在的軸「${p.id}」`,
  unknown_question: (p) => `指定了不存在的題目「${p.id}」`,
  unknown_option: (p) => `「${p.id}」不是題目「${p.question}」的選項`,
  unknown_kpi: (p) => `指定了不存在的 KPI「${p.id}」`,
  condition_on_later_question: (p) => `依賴的題目「${p.id}」並未排在這一題之前：條件只能檢查先前的答案`,
  condition_not_allowed: (p) => `顯示條件只能檢查答案，不能檢查 ${p.kind}`,
  condition_type_mismatch: (p) => `檢查「${p.test}」不適用於 ${p.questionType} 類型的題目`,
  empty_condition: () => '條件需要一項檢查（equals、in、includes、answered、gt、gte、lt 或 lte）',
  max_above_option_count: (p) => `max（${p.max}）多於選項數（${p.optionCount}）`,
  max_below_min: (p) => `max（${p.max}）小於 min（${p.min}）`,
  bands_not_rising: (p) => `級距必須遞增：${p.atLeast} 排在 ${p.previous} 之後`,
  tiers_not_contiguous: (p) =>
    `等級必須依序涵蓋 0–100，不可有空隙或重疊：${
      p.problem === 'first_not_zero'
        ? `第一個等級從 ${p.min} 開始，而不是 0`
        : p.problem === 'last_not_hundred'
          ? `最後一個等級結束於 ${p.max}，而不是 100`
          : p.problem === 'empty'
            ? `max（${p.max}）必須大於 min（${p.min}）`
            : `從 ${p.min} 開始，但前一個等級結束於 ${p.previousMax}`
    }`,
  kpi_not_number_question: (p) => `KPI 的輸入「${p.id}」是 ${p.questionType} 題，不是數字題`,
  fit_not_single_question: (p) => `契合度題目「${p.id}」必須是單選題`,
  fit_missing_target: (p) => `契合度題目「${p.id}」的選項「${p.option}」沒有對應的目標端`,
  points_for_without_fit: () => `依市場給分需要契合度題目：請在定義中加入「fit」`,
  unscored_dimension: (p) => `構面「${p.id}」沒有任何題目可以得分`,
  quick_check_duplicate: (p) => `題目「${p.id}」已列在快速檢測的 ${p.firstPath}`,
  quick_check_condition_outside: (p) =>
    `題目「${p.id}」要在回答「${p.dependsOn}」之後才會出現，但快速檢測沒有問「${p.dependsOn}」：請把「${p.dependsOn}」加入快速檢測`,
  duplicate_locale: (p) => `語系「${p.locale}」已在 ${p.firstPath} 列出`,
  answer_wrong_type: (p) => `這題（${p.questionType}）應為 ${p.expected}，收到的是 ${p.received}`,
  too_many_options: (p) => `最多只能選 ${p.max} 項，目前選了 ${p.count} 項`,
  duplicate_option: (p) => `選項「${p.id}」被選了兩次`,
  answer_out_of_range: (p) =>
    p.min !== undefined && p.max !== undefined
      ? `必須介於 ${p.min} 與 ${p.max} 之間`
      : p.min !== undefined
        ? `必須至少為 ${p.min}`
        : `必須不超過 ${p.max}`,
  not_an_integer: () => '必須是整數',
  invalid_email: () => '不是電子郵件地址',
  text_too_long: (p) => `超過 ${p.maxLength} 個字元`,
  answer_too_long: (p) => `長度為 ${p.length} 個字元，超過答案上限的 ${p.maxLength} 個字元`,
  unreadable_answer: (p) => `無法當作一般資料讀取（${p.reason}）：答案必須是一般的值，不能是 getter 或 Proxy`,
  required: () => '需要回答',
  storage_unavailable: (p) => `無法使用儲存空間（${p.reason}）`,
  snapshot_too_large: (p) => `長度為 ${p.length} 個字元，超過已儲存快照上限的 ${p.maxLength} 個字元`,
  snapshot_kept_in_place: (p) => `原封不動保留在「${p.key}」之下：它既無法完整還原，也無法另存，因此不會有任何內容覆寫它`,
  questionnaire_mismatch: (p) => `屬於問卷「${p.received}」，而不是與其他資料相同的「${p.expected}」`,
  missing_segment_answer: (p) => `缺少用來分組的「${p.id}」（未作答時應為 null）`,
  by_mismatch: (p) => `依 ${listOf(p.received)} 分組，而不是與第一份基準相同的 ${listOf(p.expected)}`,
  benchmark_withheld: (p) => `是已發布的基準，且有 ${p.withheld} 個區隔被隱藏，人數已不完整：請合併產生它的分片（aggregate --shard）`,
  wrong_histogram_length: (p) => `有 ${p.received} 個區間，應為 ${p.expected} 個`,
  count_below_histogram: (p) => `計入 ${p.total} 個分數，多於此區隔的 ${p.count} 位受訪者`,
  segment_key_not_prefix: (p) => `區隔的鍵必須依序使用「by」最前面的題目（${listOf(p.by)}）`,
  duplicate_segment: (p) => `相同的區隔已出現在 ${p.firstPath}`,
  benchmark_cross_origin: (p) => `${p.url} 與此頁面的來源（${p.origin}）不同：基準只會從頁面本身的來源載入`,
  benchmark_unavailable: (p) => `無法從 ${p.url} 載入（${p.reason}）`,
};
