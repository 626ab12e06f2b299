/** The Traditional Chinese (zh-Hant) words of each B2B/B2C comparison row, keyed by dimension like `referenceTextsEn`. */
export const comparisonReferenceTextsZhHant: Record<string, { b2b: string; b2c: string }> = {
  audience: {
    b2b: '擔任特定職務的專業人士；多人依邏輯、分階段共同決策。',
    b2c: '個人消費者：以情感與急迫感吸引，決策快速。',
  },
  goals: {
    b2b: '建立權威與長久關係；銷售週期長，以信任為基礎。',
    b2c: '追求快速互動與直接轉換；週期短，決策快。',
  },
  platforms: {
    b2b: 'LinkedIn、X 等專業社群平台，產業交流的所在。',
    b2c: '重視視覺與互動的平台，是消費品牌的主場。',
  },
  content: {
    b2b: '技術性、教育性內容；語氣正式，使用產業術語並善用故事。',
    b2c: '有趣、貼近生活的內容，用聊天般的語氣對一般消費者說話。',
  },
  proof: {
    b2b: '以客戶成果、客戶見證與應用案例展現實際價值。',
    b2c: '以潮流與視覺激起消費者當下的購買慾。',
  },
  network: {
    b2b: '一個串連員工、客戶、合作夥伴與意見領袖的商業網絡。',
    b2c: '大眾吸引力：迅速抓住眾多個人消費者的目光。',
  },
  community: {
    b2b: '協助他人、分享有用資訊；互惠讓買方不斷回來。',
    b2c: '快速互動：以引起情感共鳴、吸睛的內容贏得回應。',
  },
  relationships: {
    b2b: '以推薦為目標；互惠將弱連結轉化成強連結。',
    b2c: '週期短、決策快；以聊天般的語氣拉近與一般消費者的距離。',
  },
  measurement: {
    b2b: '名單品質，以及邁向業務洽談的進展。',
    b2c: '觸及與直接銷售。',
  },
  organisation: {
    b2b: '業務、客服、行銷、高階主管與全體員工彼此連結，朝同一個商業目標努力。',
    b2c: '配合短購買週期規劃行銷活動，力求迅速吸引注意。',
  },
};

/** The Traditional Chinese (zh-Hant) words of each network ring, keyed by ring id like the English ring texts. */
export const networkRingTextsZhHant: Record<string, { label: string; description: string }> = {
  employees: {
    label: '員工',
    description: '您自己的團隊，從業務、客服到高階主管，彼此連結並分享。',
  },
  customers: {
    label: '客戶',
    description: '成交後仍與您保持聯繫的客戶。',
  },
  partners: {
    label: '合作夥伴',
    description: '現任與潛在的合作夥伴。',
  },
  influencers: {
    label: '產業意見領袖',
    description: '所屬領域的意見領袖、顧問、分析師、媒體、競爭者與機構。',
  },
};
