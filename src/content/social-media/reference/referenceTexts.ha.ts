/** The Hausa words of the result views' reference content: the B2B/B2C comparison rows and the network rings. */

/** The Hausa words of each comparison row, keyed like `referenceTextsEn` in comparisonReference.ts. */
export const comparisonReferenceTextsHa: Record<string, { b2b: string; b2c: string }> = {
  audience: {
    b2b: 'Ƙwararru masu takamaiman muƙamai; mutane da dama ne ke yanke shawara, bisa hujja kuma mataki-mataki.',
    b2c: 'Masu sayayya ɗaiɗaiku, waɗanda ke yanke shawara su kaɗai, bisa motsin rai kuma nan take.',
  },
  goals: {
    b2b: 'Martaba da dangantaka mai ɗorewa, a cikin doguwar zagayowar sayarwa da aka gina bisa amana.',
    b2c: "Mu'amala cikin sauri da sayarwa kai tsaye, a cikin gajeriyar zagayowa ta yanke shawara cikin hanzari.",
  },
  platforms: {
    b2b: "Hanyoyin sadarwa na ƙwararru kamar LinkedIn da X, inda masana'antar ke tattaunawa.",
    b2c: "Dandamalin hotuna da bidiyo na jama'a, waɗanda aka gina don isa ga mutane masu yawa.",
  },
  content: {
    b2b: "Abun ciki na fasaha da ilmantarwa; murya ta hukuma mai kalmomin masana'antu da ba da labari.",
    b2c: 'Abun ciki na nishaɗi da ke kusa da rayuwar mutane, cikin salon magana na hira.',
  },
  proof: {
    b2b: 'Sakamakon abokan ciniki, shaidarsu da misalan amfani da ke nuna ƙima ta gaske.',
    b2c: "Abubuwan da ke tashe da hotuna masu ɗaukar ido da ke tayar da sha'awa nan take.",
  },
  network: {
    b2b: "Hanyar sadarwar kasuwanci guda ɗaya da ke haɗa ma'aikatanku, abokan ciniki, abokan hulɗa da masu faɗa a ji.",
    b2c: "Kafar watsa labarai: alamar kasuwanci na yaɗa saƙo ga jama'a gaba ɗaya.",
  },
  community: {
    b2b: 'Taimaka wa wasu da raba bayanai masu amfani; taimakon juna na sa masu saye su riƙa dawowa.',
    b2c: "Masoya da ake samu ta gasa da wasanni; mu'amala a matsayin dabarar kamfen.",
  },
  relationships: {
    b2b: 'Gabatarwa ita ce manufa; taimakon juna na mayar da raunanniyar alaƙa ƙaƙƙarfa.',
    b2c: 'Sayayya ta lokaci ɗaya, wadda saurin sayarwa kai tsaye ke haifarwa.',
  },
  measurement: {
    b2b: "Ingancin masu sha'awa da ci gabansu zuwa tattaunawa da sashen sayarwa.",
    b2c: 'Isa da sayarwa kai tsaye.',
  },
  organisation: {
    b2b: "Sashen sayarwa, hidima, talla, manyan jami'ai da dukkan ma'aikata suna ƙulla alaƙa, bisa manufar kasuwanci guda ɗaya.",
    b2c: 'Sashen talla na tafiyar da kafofin sada zumunta a matsayin ƙarin kafar sadarwa guda.',
  },
};

/** The Hausa words of each network ring, keyed like `ringTextsEn` in networkRings.ts. */
export const networkRingTextsHa: Record<string, { label: string; description: string }> = {
  employees: {
    label: "Ma'aikata",
    description: "Mutanenku, daga sashen sayarwa da hidima har zuwa manyan jami'ai, suna ƙulla alaƙa kuma suna raba abun ciki.",
  },
  customers: {
    label: 'Abokan ciniki',
    description: 'Abokan cinikin da kuke ci gaba da hulɗa da su bayan ciniki.',
  },
  partners: {
    label: 'Abokan hulɗa',
    description: 'Abokan hulɗa na yanzu da masu yiwuwa.',
  },
  influencers: {
    label: "Masu faɗa a ji a masana'antu",
    description: "Masu ba da shawara, manazarta, kafofin watsa labarai, abokan hamayya da cibiyoyin masana'antu.",
  },
};
