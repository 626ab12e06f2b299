import { readFileSync } from 'node:fs';

/** The seed texts in docs/seeds/: seed 1 (Hausa) and seed 2 (Traditional Chinese). */
export const SEEDS = {
  b2bVsB2c: 'b2b-vs-b2c-social-strategy.ha.txt',
  socialBusinessNetwork: 'b2b-social-business-network.zh-Hant.txt',
} as const;

/** A seed file's text, read from docs/seeds/. */
export function readSeed(file: string): string {
  return readFileSync(new URL(`../../docs/seeds/${file}`, import.meta.url), 'utf8');
}

interface Evidence {
  seed: (typeof SEEDS)[keyof typeof SEEDS];
  /** A sentence copied from the seed, as it stands there. */
  sentence: string;
  /** What it says, for readers of the test. */
  gloss: string;
}

const seed1 = (sentence: string, gloss: string): Evidence => ({ seed: SEEDS.b2bVsB2c, sentence, gloss });
const seed2 = (sentence: string, gloss: string): Evidence => ({ seed: SEEDS.socialBusinessNetwork, sentence, gloss });

const decisionMakers = seed1(
  'Mayar da hankali kan buƙatu, ƙalubalen, da zaɓin ƙwararrun ƙwararrun kasuwanci da masu ruwa da tsaki don ƙirƙirar abubuwan da aka yi niyya, masu tasiri.',
  'Focus on the needs, challenges and preferences of business professionals and stakeholders.',
);
const successMetrics = seed1(
  'Nasara a cikin B2B ana auna ta ta ingancin jagora da ci gaban dangantaka, yayin da B2C matakan tasiri ta hanyar isa da tallace-tallace kai tsaye.',
  'B2B success is measured by lead quality and relationship progress; B2C by reach and direct sales.',
);
const socialProof = seed1(
  "Haskaka sakamakon abokin ciniki, shaidu, da amfani da shari'o'i don gina amana da nuna ƙimar gaske ga abokan cinikin B2B.",
  'Highlight client results, testimonials and use cases to build trust.',
);
const connectEveryone = seed2(
  'B2B 社群商業計畫的第一個目標是:使每個未來合作夥伴、顧客及具影響力的人,與相關的銷售、服務、行銷、執行和公司內部的員工連結在一起。',
  'The first goal: connect every future partner, customer and influential person with sales, service, marketing, executives and staff.',
);

/** For each recommendation a golden test expects, the seed sentence that justifies it. */
export const seedEvidence: Record<string, Evidence> = {
  align_practice_with_business_buyers: seed1(
    'B2B yana kai hari ga ƙwararrun masu sauraro tare da matakai da yawa, tsarin siye da dabaru, yayin da B2C ke jan hankalin masu amfani da kowane mutum da motsin rai da gaggawa.',
    'B2B targets professional audiences with multi-stage, logical buying; B2C draws individuals with emotion and urgency.',
  ),
  invest_in_linkedin: seed1(
    "Zuba jari sosai a cikin LinkedIn da Twitter don haɗawa da masu sauraron masana'antu inda suke sadarwa da neman bayanai.",
    'Invest heavily in LinkedIn and Twitter, where industry audiences talk and look for information.',
  ),
  educational_content_first: seed1(
    "Raba albarkatu masu mahimmanci kamar farar takarda, nazarin shari'a, da fahimta don tabbatar da gaskiya da haɓaka jagoranci akan lokaci.",
    'Share valuable resources such as white papers, case studies and insights to build credibility and nurture leads over time.',
  ),
  professional_voice: seed1(
    "Yi amfani da sautin ilimi, ƙwarewar masana'antu wanda ke dacewa da masu sauraron ku yayin saƙa a cikin ba da labari mai ban sha'awa.",
    'Use a knowledgeable, industry-expert tone while weaving in compelling storytelling.',
  ),
  play_long_game: seed1(
    'Gina amana da alaƙa a hankali, daidaita ƙoƙarin ku tare da tsawaita siyar da siyar da B2B don canza jagora yadda ya kamata.',
    'Build trust and relationships gradually, aligned with the long B2B sales cycle.',
  ),
  help_and_share: seed2(
    '提供他人幫助,可建立起社群商業網絡上的「社群」(community),因為互惠特性可讓資訊流通並加強網絡連結。',
    'Helping others builds the community of the network: reciprocity lets information flow and strengthens ties.',
  ),
  use_visual_platforms: seed1(
    'B2B yana ba da damar dandamali waɗanda suka dace don tattaunawa ta ƙwararru, yayin da B2C ke bunƙasa akan haɗa kai da gani, hanyoyin sadarwa masu nauyi.',
    'B2B uses platforms suited to professional discussion; B2C thrives on visual, mass networks.',
  ),
  track_reach_and_sales: successMetrics,
  reply_while_interest_is_hot: seed1(
    'B2B yana nufin kafa iko da haɓaka dangantaka na dogon lokaci, yayin da B2C ke neman saurin haɗin gwiwa da jujjuyawar kai tsaye.',
    'B2B aims at authority and long relationships; B2C seeks quick engagement and direct conversion.',
  ),
  next_step_audience: decisionMakers,
  next_step_network: connectEveryone,
  next_step_measurement: successMetrics,
  next_step_proof: socialProof,
  next_step_organisation: seed2(
    '在自家公司社群商業網絡中,每個員工背後都有相同的商業目標',
    "In the company's social business network, every employee shares the same business goal.",
  ),
};
