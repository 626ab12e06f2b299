/** The Hausa words of the result views' reference content: the B2B/B2C comparison rows and the network rings. */

/** The Hausa words of each comparison row, keyed like `referenceTextsEn` in comparisonReference.ts. */
export const comparisonReferenceTextsHa: Record<string, { b2b: string; b2c: string }> = {
  audience: {
    b2b: 'Ƙwararru masu takamaiman muƙamai; mutane da dama ne ke yanke shawara, bisa hujja kuma mataki-mataki.',
    b2c: 'Masu sayayya ɗaiɗaiku, waɗanda motsin rai da gaggawa ke jan hankalinsu, kuma suke yanke shawara cikin sauri.',
  },
  goals: {
    b2b: 'Martaba da dangantaka mai ɗorewa, a cikin doguwar zagayowar sayarwa da aka gina bisa amana.',
    b2c: "Mu'amala cikin sauri da sayarwa kai tsaye, a cikin gajeriyar zagayowa ta yanke shawara cikin hanzari.",
  },
  platforms: {
    b2b: "Dandamalin ƙwararru kamar LinkedIn da X, inda masana'antar ke tattaunawa.",
    b2c: "Dandamalin da suka dogara kan hotuna, bidiyo da mu'amala, inda kasuwancin masu sayayya ke bunƙasa.",
  },
  content: {
    b2b: "Abun ciki na fasaha da ilmantarwa; murya ta hukuma mai kalmomin masana'antu da ba da labari.",
    b2c: 'Abun ciki na nishaɗi da ke kusa da rayuwar mutane, cikin salon hira da masu sayayya na yau da kullum.',
  },
  proof: {
    b2b: 'Sakamakon abokan ciniki, shaidarsu da misalan amfani da ke nuna ƙima ta gaske.',
    b2c: "Abubuwan da ke tashe da hotuna da ke tayar da sha'awar masu sayayya nan take.",
  },
  network: {
    b2b: "Da'irar hulɗar kasuwanci guda ɗaya da ke haɗa ma'aikatanku, abokan ciniki, abokan hulɗa da masu faɗa a ji.",
    b2c: "Jan hankalin jama'a: ɗaukar hankalin masu sayayya ɗaiɗaiku masu yawa cikin sauri.",
  },
  community: {
    b2b: 'Taimaka wa wasu da raba bayanai masu amfani; taimakon juna na sa masu saye su riƙa dawowa.',
    b2c: "Mu'amala cikin sauri, ta abun ciki mai ɗaukar hankali da ke taɓa zuciya.",
  },
  relationships: {
    b2b: 'Gabatarwa ita ce manufa; taimakon juna na mayar da raunanniyar alaƙa ƙaƙƙarfa.',
    b2c: 'Gajeriyar zagayowa ta yanke shawara cikin sauri; salon hira na kusantar da masu sayayya na yau da kullum.',
  },
  measurement: {
    b2b: "Ingancin masu sha'awa da ci gabansu zuwa tattaunawa da sashen sayarwa.",
    b2c: 'Isa da sayarwa kai tsaye.',
  },
  organisation: {
    b2b: "Sashen sayarwa, hidima, talla, manyan jami'ai da dukkan ma'aikata suna ƙulla alaƙa, bisa manufar kasuwanci guda ɗaya.",
    b2c: 'Kamfen da aka tsara don gajeriyar zagayowar saye, domin ɗaukar hankali cikin sauri.',
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
    description: "Masu faɗa a ji, masu ba da shawara, manazarta, kafofin watsa labarai, abokan hamayya da cibiyoyi a fanninku.",
  },
};
