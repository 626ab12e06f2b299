import type { TextCatalog } from '../buildAssessment';

/** Every Hausa text of the social-media assessment, keyed by where it is used. */
export const socialMediaTextsHa: TextCatalog = {
  title: 'Shirin kafofin sada zumunta: B2B ko B2C',
  description:
    'Tambayoyi kusan 40, kimanin minti 10. Ku ga matakin ci gaban ayyukanku a kafofin sada zumunta gwargwadon kasuwar da kuke sayar wa, ko salon aikinku ya karkata ga B2B ko B2C, da abin da ya kamata ku yi na gaba.',

  'axis.orientation.label': 'Karkatar salon aiki',
  'axis.orientation.description':
    "Ko salon aikinku a kafofin sada zumunta ya yi kama da na B2B (dandamalin ƙwararru, ƙwarewa, dangantaka mai ɗorewa) ko na B2C (dandamalin hotuna da bidiyo na jama'a, motsin rai, saurin sayarwa).",
  'axis.orientation.negativePole': 'Salon aiki na B2C',
  'axis.orientation.positivePole': 'Salon aiki na B2B',

  'dimension.audience.label': 'Masu sauraro da tsarin yanke shawara',
  'dimension.audience.description': 'Yadda kuka san mutanen da ke saye daga gare ku, da yadda suke yanke shawara.',
  'dimension.goals.label': 'Manufofi da zagayowar sayarwa',
  'dimension.goals.description': 'Ko manufofinku da lokutan da kuke bayarwa sun dace da yadda masu sayenku ke saye.',
  'dimension.platforms.label': 'Dandamali da kasancewa',
  'dimension.platforms.description': 'Ko kuna sa ƙoƙarinku, da mutanenku, a inda masu sayenku suka fi kasancewa.',
  'dimension.content.label': 'Abun ciki, saƙo da salon magana',
  'dimension.content.description':
    'Ko abun cikinku da salon maganarku sun dace da masu sayenku da kowane mataki zuwa saye.',
  'dimension.proof.label': 'Hujja ta zamantakewa',
  'dimension.proof.description':
    'Ingancin shaidar da kuke nunawa cewa abokan ciniki sun ji daɗin abin da suka saya, da kuma yawan nuna ta.',
  'dimension.network.label': "Da'irar hulɗa da jakadancin ma'aikata",
  'dimension.network.description':
    "Gwargwadon yadda mutanenku ke ƙulla alaƙa da abokan ciniki, abokan hulɗa da mutanen da ke da tasiri a kansu, da ko ma'aikata na raba abun cikin kamfani ta shafukansu (jakadancin ma'aikata, employee advocacy).",
  'dimension.community.label': "Al'umma da raba bayanai",
  'dimension.community.description':
    'Ko kuna taimaka wa wasu, kuna isar da bayanai masu amfani kuma kuna ba da amsa cikin sauri, ta yadda mutane za su riƙa dawowa.',
  'dimension.relationships.label': 'Dangantaka da gabatarwa',
  'dimension.relationships.description':
    'Ko mutanen da kuka sadu da su suna tafiya daga saduwar farko zuwa saye, har su riƙa gabatar da ku ga wasu.',
  'dimension.measurement.label': 'Aunawa',
  'dimension.measurement.description':
    'Ko kuna auna abin da kafofin sada zumunta ke kawo muku a kasuwarku, ba yawan mutanen da suka gani kawai ba.',
  'dimension.organisation.label': 'Tsari da gudanarwa',
  'dimension.organisation.description':
    "Ko kafofin sada zumunta suna da mai alhaki, mai ɗaukar nauyi, ƙa'idoji, da alaƙa da sashen sayarwa.",

  'tier.dormant.label': 'A kwance',
  'tier.dormant.description':
    'Har yanzu ba a cika yin aiki mai manufa a kafofin sada zumunta ba. Ku fara da manufa ɗaya, mutum ɗaya mai alhaki, da dandali guda ɗaya da masu sayenku suka fi kasancewa a kai.',
  'tier.presence.label': 'Kasancewa',
  'tier.presence.description':
    'Kuna nan a kafofin sada zumunta, amma ba tare da cikakken tsari ba, kuma babu alaƙa sosai da sayarwa. Ku zaɓi dandamali da abun cikin da suka dace da mutanen da kuke sayar wa, ku ba da amsa idan sun yi magana da ku, ku kuma bibiyi abin da hakan ke kawowa.',
  'tier.engaged.label': "Mu'amala",
  'tier.engaged.description':
    "Kuna wallafa abun cikin da ya dace da masu sayenku kuma kuna tattaunawa da su. Mataki na gaba: ku sa ƙarin mutanenku su shiga, ku kuma auna abin da kafofin sada zumunta ke kawowa: ingancin masu sha'awa (leads) idan kuna sayar wa kamfanoni, isa da sayarwa idan kuna sayar wa masu sayayya ɗaiɗaiku.",
  'tier.formalized.label': 'Tsararre',
  'tier.formalized.description':
    "Kafofin sada zumunta suna da mai alhaki, ƙa'idoji da ma'aunai, kuma suna da alaƙa da sayarwa. Mataki na gaba: ku gina dangantaka mai ɗorewa, ku ba abokan ciniki da abokan hulɗa dalilin dawowa da kuma gabatar da ku ga wasu.",
  'tier.network.label': 'Haɗaka',
  'tier.network.description':
    'Kafofin sada zumunta sun zama ɓangare na yadda kasuwancinku ke gudana: mutanenku, abokan ciniki da abokan hulɗa suna ƙulla alaƙa, suna taimaka wa juna kuma suna gabatar da ku ga wasu, kuma kuna iya ganin abin da suke ƙarawa a sayarwa.',

  'section.profile.title': 'Game da kamfaninku',
  'section.profile.description': 'Tambayoyi uku masu sauri don fahimtar yanayinku. Ba a ba su maki.',
  'question.market.label': 'Ga su wane ne kuka fi sayar da kayanku ko ayyukanku?',
  'question.market.help':
    'Muna auna salon aikinku da abin da ke aiki a wannan kasuwa, kuma muna tabbatar da cewa inda salon aikinku ya karkata, B2B ko B2C, ya dace da ita.',
  'question.market.option.b2b': 'Kamfanoni da sauran ƙungiyoyi (B2B)',
  'question.market.option.b2c': 'Masu sayayya ɗaiɗaiku (B2C)',
  'question.market.option.both': 'Duka biyun, kusan daidai wa daida',
  'question.deal_size.label': 'Yawanci nawa ne darajar ciniki ko oda guda?',
  'question.deal_size.help': 'Ƙiyasi a kuɗinku ya isa.',
  'question.deal_size.option.under_1k': 'Ƙasa da 1,000',
  'question.deal_size.option.from_1k': 'Daga 1,000 zuwa 9,999',
  'question.deal_size.option.from_10k': 'Daga 10,000 zuwa 99,999',
  'question.deal_size.option.over_100k': '100,000 ko fiye',
  'question.company_size.label': 'Mutum nawa ne ke aiki a kamfaninku?',
  'question.company_size.option.micro': 'Daga 1 zuwa 9',
  'question.company_size.option.small': 'Daga 10 zuwa 49',
  'question.company_size.option.medium': 'Daga 50 zuwa 249',
  'question.company_size.option.large': 'Daga 250 zuwa 999',
  'question.company_size.option.enterprise': '1,000 ko fiye',

  'section.audience.title': 'Masu sauraro da tsarin yanke shawara',
  'section.audience.description':
    'Su wane ne kuke isa gare su a kafofin sada zumunta, da yadda suke yanke shawarar saye.',
  'question.audience_type.label': 'Su wane ne kuka fi isa gare su a kafofin sada zumunta?',
  'question.audience_type.option.consumers': 'Masu sayayya ɗaiɗaiku',
  'question.audience_type.option.professionals': 'Ƙwararru masu takamaiman ayyuka ko muƙamai',
  'question.audience_type.option.both': 'Duka biyun, kusan daidai wa daida',
  'question.decision_style.label': 'Yawanci ta yaya masu sayenku ke yanke shawarar saye?',
  'question.decision_style.option.with_colleagues':
    'Tare da abokan aikinsu, mataki-mataki, suna auna kuɗin da za a kashe da ribar da za a samu',
  'question.decision_style.option.on_the_spot': 'Su kaɗai kuma cikin sauri, galibi bisa yadda suka ji a zuciya',
  'question.decision_style.option.varies': 'Ya bambanta sosai',
  'question.buying_roles.label': 'Zuwa wane mataki kuka siffanta mutanen da ke da hannu a sayayya?',
  'question.buying_roles.option.one_persona': 'Bayani guda ɗaya na mai saye na yau da kullum',
  'question.buying_roles.option.buying_group':
    'Kowa da kowa a cikin ƙungiyar masu saye ta abokin ciniki na kamfani, muƙami bayan muƙami, mataki bayan mataki',
  'question.buying_roles.option.few_roles': 'Irin masu saye biyu zuwa huɗu',
  'question.buying_roles.option.none': 'Ba mu siffanta su ba',
  'question.buyer_insight.label': 'Ta yaya kuka fi gano buƙatun masu sayenku da ƙalubalensu?',
  'question.buyer_insight.option.customer_interviews':
    'Daga tattaunawa akai-akai da abokan ciniki na yanzu da masu yiwuwa',
  'question.buyer_insight.option.assumptions': 'Galibi daga hasashenmu',
  'question.buyer_insight.option.ongoing_research':
    "Daga bincike mai ɗorewa da ke haɗa tattaunawa, ra'ayoyin ma'aikata da alƙaluma",
  'question.buyer_insight.option.reviews_comments': "Daga sharhi da ra'ayoyin abokan ciniki a intanet",
  'question.buyer_insight.option.sales_anecdotes': "Daga abin da ma'aikatan sayarwa ko na hidima ke kawo mana",
  'question.know_decision_makers.label':
    "Mun san waɗanne masu yanke shawara ne ke mu'amala da abun cikinmu a kafofin sada zumunta.",
  'question.know_decision_makers.help':
    'Masu yanke shawara su ne mutanen da ke wajen abokin ciniki waɗanda ke zaɓa ko amincewa da sayayya, kamar mai riƙe kasafin kuɗi ko shugaban ƙungiyar da za ta yi amfani da abin.',
  'question.know_decision_makers.minLabel': 'Ban yarda ko kaɗan ba',
  'question.know_decision_makers.maxLabel': 'Na yarda ƙwarai',

  'section.goals.title': 'Manufofi da zagayowar sayarwa',
  'section.goals.description':
    'Amfanin kafofin sada zumunta a kasuwancinku, da tsawon lokacin da kuke ba su kafin su yi tasiri.',
  'question.main_goal.label': 'Mece ce babbar manufar ayyukanku a kafofin sada zumunta?',
  'question.main_goal.option.qualified_pipeline': "Kawo ingantattun masu sha'awa (leads) ga sashen sayarwa",
  'question.main_goal.option.reach_and_sales': "Mu'amala cikin sauri da sayarwa kai tsaye",
  'question.main_goal.option.authority_relationships':
    'Zama sanannen masani a fanninmu, da gina dangantaka ta dogon lokaci',
  'question.main_goal.option.no_set_goal': 'Ba mu da tabbatacciyar manufa',
  'question.sales_cycle.label': 'Yawanci, tsawon wane lokaci sayarwa guda ke ɗauka, daga saduwar farko zuwa saye?',
  'question.sales_cycle.option.long': 'Fiye da wata uku',
  'question.sales_cycle.option.medium': 'Daga wata ɗaya har zuwa wata uku',
  'question.sales_cycle.option.short': 'Ƙasa da wata ɗaya',
  'question.results_horizon.label': 'A cikin wane tsawon lokaci kuke auna ko kafofin sada zumunta suna aiki?',
  'question.results_horizon.option.half_year_plus': 'Wata shida zuwa goma sha biyu',
  'question.results_horizon.option.under_month': 'Ƙasa da wata ɗaya',
  'question.results_horizon.option.multi_year': 'Fiye da shekara ɗaya',
  'question.results_horizon.option.quarter': 'Wata ɗaya zuwa biyar',
  'question.results_horizon.option.not_judged': 'Ba ma auna hakan',
  'question.brand_share.label':
    'Kusan kaso nawa ne na kasafin kuɗinku na kafofin sada zumunta ke zuwa wajen gina sunan kasuwanci (brand building) (%)?',
  'question.brand_share.help':
    'Gina sunan kasuwanci yana sa a san ku kuma a amince da ku a hankali. Sauran kasafin kuɗin na neman mutane su ɗauki mataki yanzu, misali su yi rajista ko su saya.',

  'section.platforms.title': 'Dandamali da kasancewa',
  'section.platforms.description': 'Inda kuke aiki, da waɗanda ke wakiltar ku a can.',
  'question.platforms_used.label': 'A waɗanne dandamali kuke aiki? Ku zaɓi duk waɗanda suka dace.',
  'question.platforms_used.option.linkedin': 'LinkedIn',
  'question.platforms_used.option.instagram': 'Instagram',
  'question.platforms_used.option.facebook': 'Facebook',
  'question.platforms_used.option.x': 'X (wanda a da ake kira Twitter)',
  'question.platforms_used.option.tiktok': 'TikTok',
  'question.platforms_used.option.youtube': 'YouTube',
  'question.platforms_used.option.whatsapp': 'WhatsApp',
  'question.platforms_used.option.line': 'LINE',
  'question.platforms_used.option.industry_communities': "Dandalin tattaunawa da al'ummomin intanet na masana'antu",
  'question.main_platform_effort.label': 'A ina kuke kashe mafi yawan ƙoƙarinku a kafofin sada zumunta?',
  'question.main_platform_effort.option.visual_platforms':
    "Dandamalin hotuna da bidiyo na jama'a kamar Instagram, TikTok, YouTube ko Facebook",
  'question.main_platform_effort.option.professional_networks': 'Dandamalin ƙwararru kamar LinkedIn da X',
  'question.main_platform_effort.option.split_by_audience':
    'Dandamalin ƙwararru don masu saye daga kamfanoni, da dandamalin hotuna da bidiyo don masu sayayya ɗaiɗaiku, kowanne da nasa tsari',
  'question.main_platform_effort.option.industry_communities': "Dandalin tattaunawa da al'ummomin masana'antu",
  'question.main_platform_effort.option.spread_evenly': 'Mun raba shi a tsakanin dandamali, babu babba ɗaya',
  'question.profile_presence.label': 'Su wane ne ke wakiltar kamfaninku a kafofin sada zumunta?',
  'question.profile_presence.option.executives': "Shafin kamfani da manyan jami'anmu ko wanda ya kafa kamfanin",
  'question.profile_presence.option.company_page': 'Shafin kamfani kawai',
  'question.profile_presence.option.customer_facing_staff':
    "Shafin kamfani, manyan jami'anmu ko wanda ya kafa kamfanin, da ma'aikatan sayarwa ko na hidima masu cikakkun shafuka sabuntattu",
  'question.profile_presence.option.none': 'Babu kowa tukuna',
  'question.group_participation.label':
    'Ta yaya kuke shiga ƙungiyoyin intanet a fanninku, kamar ƙungiyoyin LinkedIn ko Facebook da dandalin tattaunawa?',
  'question.group_participation.option.member': 'Mu mambobi ne',
  'question.group_participation.option.host': 'Muna gudanar da ƙungiya kuma muna gayyatar wasu su shiga',
  'question.group_participation.option.contributor': 'Muna wallafawa da ba da amsoshi a can akai-akai',
  'question.group_participation.option.none': 'Ba ma shiga',

  'section.content.title': 'Abun ciki, saƙo da salon magana',
  'section.content.description': 'Abin da kuke wallafawa, da yadda kuke magana.',
  'question.content_focus.label': 'Wane irin abun ciki ne kuka fi wallafawa?',
  'question.content_focus.option.entertaining': 'Na nishaɗi: abubuwan da ke tashe, barkwanci da rayuwar yau da kullum',
  'question.content_focus.option.educational':
    "Na ilmantarwa: zurfafan bayanai, bayanin yadda ake yi, da ra'ayoyin ƙwararru",
  'question.content_focus.option.product_promotion': 'Tallata kayayyaki da tayi na musamman',
  'question.tone.label': 'Ta yaya za ku siffanta salon maganar rubuce-rubucenku?',
  'question.tone.option.conversational': 'Na hira, kamar magana da aboki',
  'question.tone.option.by_audience': 'Na ƙwararru ga masu saye daga kamfanoni, na hira ga masu sayayya ɗaiɗaiku',
  'question.tone.option.professional': "Na ƙwararru, da kalmomin da masana'antar masu sayenku ke amfani da su",
  'question.tone.option.no_set_tone': 'Yana sauyawa; ba mu da tsayayyen salo',
  'question.storytelling.label':
    'Sau nawa rubuce-rubucenku ke ba da labari, kamar abin da ya faru da wani abokin ciniki ko yadda aka yi wani abu?',
  'question.storytelling.option.some_posts': 'A wasu rubuce-rubuce',
  'question.storytelling.option.rarely': 'Ba kasafai ba',
  'question.storytelling.option.most_posts': 'A yawancin rubuce-rubuce',
  'question.storytelling.option.never': 'Ba ma yi ko kaɗan',
  'question.content_matrix.label': 'Shin kuna tsara abun ciki don kowane irin mai saye da kowane mataki zuwa saye?',
  'question.content_matrix.help':
    'Matakan zuwa saye suna farawa daga gano buƙata, zuwa kwatanta zaɓuɓɓuka, har zuwa zaɓar ɗaya. Irin masu saye su ne, misali, mai amfani, ƙwararren fasaha da mai riƙe kasafin kuɗi a sayayyar kamfani.',
  'question.content_matrix.option.by_stage': 'Bisa matakin zuwa saye kawai',
  'question.content_matrix.option.role_and_stage': 'Ee, ga kowane irin mai saye a kowane mataki',
  'question.content_matrix.option.by_role': 'Bisa irin mai saye kawai',
  'question.content_matrix.option.none': "A'a",
  'question.educational_share.label': 'Kusan kaso nawa ne na rubuce-rubucenku na ilmantarwa ne (%)?',
  'question.educational_share.help':
    'Ku ƙirga rubuce-rubucen da ke koyarwa ko ba da bayani, kamar jagorori, zurfafan bayanai, alƙaluma, farar takarda (white paper) da nazarin misali (case study).',

  'section.proof.title': 'Hujja ta zamantakewa',
  'section.proof.description': 'Yadda kuke nuna cewa abokan ciniki sun ji daɗin saye daga gare ku.',
  'question.proof_types.label': 'Waɗanne irin hujjoji kuke rabawa? Ku zaɓi duk waɗanda suka dace.',
  'question.proof_types.option.client_results': 'Sakamakon abokan ciniki',
  'question.proof_types.option.reviews_ratings': 'Sharhin abokan ciniki da ƙimar taurari',
  'question.proof_types.option.testimonials': 'Shaidar abokan ciniki',
  'question.proof_types.option.creators':
    'Rubuce-rubucen fitattun masu tasiri (influencers) ko masu ƙirƙirar abun ciki (creators) da ke amfani da kayanmu',
  'question.proof_types.option.use_cases': 'Misalan amfani da nazarin misalai',
  'question.proof_types.option.analyst_media': 'Rahotannin manazarta ko labarai a kafofin watsa labarai',
  'question.proof_types.option.none': 'Babu ɗaya daga cikinsu tukuna',
  'question.proof_style.label': 'Wace ce babbar hanyar da kuke nuna hujja da ita?',
  'question.proof_style.option.influencers_ratings': 'Yabo daga fitattun masu tasiri ko ƙimar taurari',
  'question.proof_style.option.business_results': 'Sakamakon da aka auna, kamar lokaci ko kuɗin da aka tanada',
  'question.proof_style.option.awards_logos': 'Kyaututtuka da tambarin abokan ciniki',
  'question.proof_style.option.no_proof': 'Ba kasafai muke nuna hujja ba',
  'question.proof_frequency.label': 'Sau nawa kuke wallafa hujja?',
  'question.proof_frequency.option.weekly': 'Aƙalla sau ɗaya a mako',
  'question.proof_frequency.option.monthly': 'Aƙalla sau ɗaya a wata, amma ba kowane mako ba',
  'question.proof_frequency.option.quarterly': 'Sau kaɗan a shekara',
  'question.proof_frequency.option.never': 'Da ƙyar, ko ba mu taɓa ba',

  'section.network.title': "Da'irar hulɗa da jakadancin ma'aikata",
  'section.network.description':
    'Su wane ne a kamfaninku ke ƙulla alaƙa da abokan ciniki, abokan hulɗa da mutanen da ke da tasiri a kansu?',
  'question.who_connects.label':
    'Su wane ne a kamfaninku ke ƙulla alaƙa a kafofin sada zumunta da abokan ciniki, abokan hulɗa da masu faɗa a ji a fanninku?',
  'question.who_connects.option.marketing': 'Sashen talla',
  'question.who_connects.option.whole_company': "Sashen talla, sayarwa, hidima, manyan jami'ai da sauran ma'aikata",
  'question.who_connects.option.marketing_sales': 'Sashen talla da na sayarwa',
  'question.who_connects.option.nobody': 'Babu wani takamaimai',
  'question.advocacy.label': "Ta yaya ma'aikatanku ke raba abun cikin kamfani?",
  'question.advocacy.help':
    "Jakadancin ma'aikata (employee advocacy) na nufin ma'aikata su riƙa raba abun cikin kamfani ta shafukansu na kansu.",
  'question.advocacy.option.guidelines': "Da ƙa'idoji da abun ciki da aka shirya musu",
  'question.advocacy.option.none': 'Ba sa yi, ko ba mu sani ba',
  'question.advocacy.option.programme': 'Ta tsari na musamman mai manhaja, horo da aunawa',
  'question.advocacy.option.ad_hoc': "Lokaci-lokaci, bisa ra'ayin kansu",
  'question.customer_connections.label':
    'Ta yaya kuke ci gaba da hulɗa da abokan cinikinku na yanzu a kafofin sada zumunta?',
  'question.customer_connections.option.follow_page': 'Suna bin shafin kamfaninmu',
  'question.customer_connections.option.customer_community':
    "Muna gudanar da al'ummar abokan ciniki inda suke haɗuwa da mu da kuma juna",
  'question.customer_connections.option.none': 'Ba ma yi, da zarar an gama ciniki',
  'question.customer_connections.option.account_teams': "Ma'aikatan da ke yi musu hidima suna hulɗa da su kai tsaye",
  'question.outer_ring.label':
    'Bayan abokan ciniki, da waɗanne daga cikin waɗannan kuke ƙulla alaƙa sosai a kafofin sada zumunta? Ku zaɓi duk waɗanda suka dace.',
  'question.outer_ring.option.current_partners': 'Abokan hulɗa na yanzu',
  'question.outer_ring.option.potential_partners': 'Abokan hulɗa masu yiwuwa',
  'question.outer_ring.option.opinion_leaders':
    'Masu faɗa a ji, fitattun masu tasiri da masu ƙirƙirar abun ciki a fanninku',
  'question.outer_ring.option.advisers_analysts': "Masu ba da shawara da manazarta a masana'antar",
  'question.outer_ring.option.media': 'Kafofin watsa labarai da ƴan jarida',
  'question.outer_ring.option.institutions': "Hukumomi, ƙungiyoyi da jami'o'i na masana'antar",
  'question.outer_ring.option.competitor_communities': "Al'ummomin da abokan hamayyarku ke aiki a cikinsu",
  'question.outer_ring.option.none': 'Babu ɗaya daga cikinsu tukuna',

  'section.community.title': "Al'umma da raba bayanai",
  'section.community.description':
    'Ko kuna taimaka wa wasu kuma kuna isar da bayanai masu amfani, ko kuwa a kan kanku kawai kuke magana.',
  'question.shares_others.label': 'Kaso nawa ne na rubuce-rubucenku ke isar da abun cikin wasu, tare da sharhinku?',
  'question.shares_others.option.over_30': 'Sama da 30%',
  'question.shares_others.option.from_10_to_30': 'Daga 10% zuwa 30%',
  'question.shares_others.option.under_10': 'Ƙasa da 10%',
  'question.shares_others.option.never': 'Babu ko ɗaya',
  'question.help_without_ask.label': 'Muna amsa tambayoyi da raba ilimi a intanet ba tare da tallata kayanmu ba.',
  'question.help_without_ask.minLabel': 'Ban yarda ko kaɗan ba',
  'question.help_without_ask.maxLabel': 'Na yarda ƙwarai',
  'question.community_purpose.label': "Mene ne babban amfanin al'ummarku ta intanet?",
  'question.community_purpose.option.fans_contests': 'Masoya, kyaututtuka da gasa',
  'question.community_purpose.option.peer_exchange': 'Takwarori suna musayar ilimi da shawarwari',
  'question.community_purpose.option.no_community': "Ba mu da al'umma",
  'question.reply_speed.label': 'Yawanci da wane sauri kuke ba da amsa ga sharhi da saƙonni a kafofin sada zumunta?',
  'question.reply_speed.option.same_day': 'A ranar da aka aiko su',
  'question.reply_speed.option.within_days': 'Cikin kwana biyu ko uku',
  'question.reply_speed.option.within_week': 'Daga baya, cikin mako ɗaya',
  'question.reply_speed.option.rarely': 'Ba kasafai ba, ko ba ma bayarwa kwata-kwata',

  'section.relationships.title': 'Dangantaka da gabatarwa',
  'section.relationships.description':
    'Yadda saduwar farko a kafofin sada zumunta ke zama abokin ciniki, abokin ciniki kuma ya zama mai gabatar da ku ga wasu.',
  'question.next_steps.label':
    "Waɗanne matakai na gaba kuke bai wa mutanen da ke mu'amala da ku? Ku zaɓi duk waɗanda suka dace.",
  'question.next_steps.option.newsletter': 'Rajistar wasiƙar labarai',
  'question.next_steps.option.buy_link': 'Mahaɗar saye ko yin oda',
  'question.next_steps.option.webinar': 'Taron intanet (webinar) ko wani taro',
  'question.next_steps.option.download': 'Jagora, farar takarda ko nazarin misali da za a iya zazzagewa',
  'question.next_steps.option.chat': 'Hira a manhajar aika saƙonni kamar WhatsApp ko LINE',
  'question.next_steps.option.demo': 'Nuni (demo) ko gwaji',
  'question.next_steps.option.meeting': 'Ganawa da ƙwararre',
  'question.next_steps.option.none': 'Babu ɗaya daga cikinsu',
  'question.connection_follow_up.label':
    'Me ke faruwa bayan wani sabon mutum ya ƙulla alaƙa da kamfaninku ko da mutanenku?',
  'question.connection_follow_up.option.personal_follow_up': 'Saƙo na kai-da-kai bisa abubuwan da yake so',
  'question.connection_follow_up.option.sales_pitch': 'Saƙon tallace-tallace ko tayi nan take',
  'question.connection_follow_up.option.give_first':
    'A tsawon lokaci, wani abu mai amfani a gare su, kamar bayani, haɗa su da wani, ko wata dama, ba tare da neman su saya ba',
  'question.connection_follow_up.option.thank_you': 'Saƙon godiya',
  'question.connection_follow_up.option.nothing': 'Babu wani abu na musamman',
  'question.share_opportunities.label':
    "Muna miƙa wa abokan ciniki da abokan hulɗa damarmaki, kamar haɗa su da wasu, masu sha'awa ko gabatarwa, ba tare da sun nema ba.",
  'question.share_opportunities.minLabel': 'Ban yarda ko kaɗan ba',
  'question.share_opportunities.maxLabel': 'Na yarda ƙwarai',
  'question.referrals.label': 'Galibi ta yaya abokan ciniki ke gabatar da ku ga wasu ko su ba da shaida a kanku?',
  'question.referrals.option.reference_programme': 'Ta tsarin gabatarwa ko shaidu da muke bibiya',
  'question.referrals.option.refer_others_first':
    'Muna taimaka wa abokan ciniki da abokan hulɗa kuma muna kai musu ciniki, su ma suna gabatar da wasu gare mu',
  'question.referrals.option.sometimes': 'Muna neman su lokaci-lokaci',
  'question.referrals.option.after_success':
    'Muna roƙon abokan ciniki da suka gamsu bayan kowane ciniki ko aiki da ya yi nasara',
  'question.referrals.option.never': 'Ba ma aiki kan gabatarwa',
  'question.conversion_path.label':
    'Galibi, ta yaya mutanen da kuka sadu da su a kafofin sada zumunta ke zama abokan ciniki?',
  'question.conversion_path.option.buy_now': "Nan take, ta mahaɗar 'saya yanzu' ko lambar rangwame",
  'question.conversion_path.option.nurture_to_sales':
    'Ta hanyar saduwa sau da dama da abun ciki mai amfani, har zuwa tattaunawa da sashen sayarwa',
  'question.conversion_path.option.chat_to_order': 'Ta hira a manhajar aika saƙonni da ke ƙarewa da oda',
  'question.conversion_path.option.no_path': 'Babu tsayayyiyar hanya',

  'section.measurement.title': 'Aunawa',
  'section.measurement.description': 'Abin da kuke aunawa, da ko alƙaluman suna da alaƙa da sayarwa.',
  'question.kpis_tracked.label':
    'Waɗanne daga cikin waɗannan kuke bibiya a kafofin sada zumunta? Ku zaɓi duk waɗanda suka dace.',
  'question.kpis_tracked.option.reach_followers': 'Isa (reach) da yawan mabiya',
  'question.kpis_tracked.option.engagement_rate':
    "Kason mu'amala (engagement rate): martani, sharhi, rabawa da dannawa, idan aka kwatanta da yawan mutanen da suka ga rubutun",
  'question.kpis_tracked.option.sales_from_social':
    'Sayarwa daga kafofin sada zumunta: oda ko kuɗin shigar da za ku iya danganta da su',
  'question.kpis_tracked.option.ctr':
    'Kason dannawa (click-through rate, CTR): kason mutanen da suka ga rubutu ko talla kuma suka danna mahaɗarsa',
  'question.kpis_tracked.option.cpl':
    "Kuɗin kowane mai sha'awa (cost per lead, CPL): kuɗin talla a raba da yawan mutanen da suka bar bayanan tuntuɓarsu",
  'question.kpis_tracked.option.downloads': 'Zazzagewar jagorori, farar takarda ko nazarin misali',
  'question.kpis_tracked.option.mql_sql':
    "Ingantattun masu sha'awa: waɗanda sashen talla ya ga sun shirya wa sashen sayarwa (marketing-qualified leads, MQL), da waɗanda sashen sayarwa ya karɓa (sales-qualified leads, SQL)",
  'question.kpis_tracked.option.lead_to_opportunity':
    "Kason masu sha'awa zuwa damar ciniki (opportunity): kason masu sha'awa da suka zama ciniki da ke gudana, misali wanda aka aika tayin kwangila a kansa",
  'question.kpis_tracked.option.share_of_voice':
    'Kason ambato (share of voice): kasonku a cikin dukkan ambatonku da na abokan hamayyarku',
  'question.kpis_tracked.option.advocacy_reach': "Isar rubuce-rubucen da ma'aikata suka raba",
  'question.kpis_tracked.option.nothing': 'Babu ɗaya daga cikinsu',
  'question.crm_tagging.label':
    "Shin kuna iya gane waɗanne masu sha'awa ko cinikai ne suka zo daga kafofin sada zumunta, misali ta sa musu lakabi a CRM ɗinku (tsarin da kuke bibiyar abokan ciniki da cinikai a cikinsa)?",
  'question.crm_tagging.option.partly': 'Ga wasu daga cikinsu',
  'question.crm_tagging.option.with_attribution': 'Ga dukkansu, kuma muna iya bin kowanne har zuwa ciniki ko sake saye',
  'question.crm_tagging.option.untagged': "A'a",
  'question.crm_tagging.option.all_tagged': 'Ga dukkansu',
  'question.lead_definitions.label':
    "Shin kuna da ma'anonin da aka amince da su na mai sha'awa da sashen talla ya tantance (marketing-qualified lead, MQL) da mai sha'awa da sashen sayarwa ya tantance (sales-qualified lead, SQL)?",
  'question.lead_definitions.help':
    "MQL mai sha'awa ne da sashen talla ke ganin ya shirya wa sashen sayarwa. SQL kuma shi ne wanda sashen sayarwa ya tantance, galibi tare da tsayar da ranar ganawa.",
  'question.lead_definitions.option.joint': 'Ee, sashen talla da na sayarwa sun amince da su',
  'question.lead_definitions.option.none': "A'a",
  'question.lead_definitions.option.joint_with_sla':
    "Ee, an amince da su tare, da wa'adin da sashen sayarwa zai bibiyi kowane mai sha'awa",
  'question.lead_definitions.option.marketing_only': 'Ee, sashen talla ne ya tsara su',
  'question.er_method.label': "Ta yaya kuke lissafa kason mu'amala?",
  'question.er_method.help':
    "Kason mu'amala shi ne martani, sharhi, rabawa da dannawa a raba da wani tushe: yawan bayyana (impressions, sau nawa aka nuna), isa (reach, mutanen da suka gani) ko mabiya.",
  'question.er_method.option.by_followers': "Mu'amala a raba da yawan mabiya",
  'question.er_method.option.not_measured': 'Ba ma lissafa shi',
  'question.er_method.option.by_impressions': "Mu'amala a raba da yawan bayyana",
  'question.er_method.option.base_unknown':
    'Muna amfani da adadin da dandalin ya bayar ba tare da sanin abin da ya raba da shi ba',
  'question.er_method.option.by_reach': "Mu'amala a raba da isa",

  'section.organisation.title': 'Tsari da gudanarwa',
  'section.organisation.description': "Wanda ke tafiyar da kafofin sada zumunta, ƙa'idojinsu, da alaƙarsu da sayarwa.",
  'question.owner.label': 'Wane ne ke tafiyar da kafofin sada zumunta a kamfaninku?',
  'question.owner.option.team': 'Ƙungiya ta musamman',
  'question.owner.option.owner_founder': 'Mai kamfanin ko wanda ya kafa shi ne ke yi',
  'question.owner.option.nobody': 'Babu wani takamaimai',
  'question.owner.option.hub_with_sponsor':
    "Ƙungiya daga sassa daban-daban, tare da mai ɗaukar nauyi daga manyan jami'ai",
  'question.owner.option.part_time': 'Wani mutum, na ɗan lokaci',
  'question.social_policy.label': "Shin kuna da ƙa'idojin amfani da kafofin sada zumunta ga ma'aikata?",
  'question.social_policy.option.written': "Rubutattun ƙa'idoji",
  'question.social_policy.option.none': "A'a",
  'question.social_policy.option.written_with_training': "Rubutattun ƙa'idoji, tare da horo",
  'question.social_policy.option.informal': 'Shawarwari na baki kawai',
  'question.sales_alignment.label': 'Yaya kusancin aiki tsakanin masu sayarwa da masu tafiyar da kafofin sada zumunta?',
  'question.sales_alignment.option.shared_goals': 'Suna da manufofi iri ɗaya',
  'question.sales_alignment.option.none': 'Kowanne na aiki daban',
  'question.sales_alignment.option.shared_dashboard':
    'Suna da manufofi iri ɗaya kuma suna bibiyar su a allon bayanai guda',
  'question.sales_alignment.option.occasional': 'Suna tattaunawa lokaci-lokaci',

  'section.numbers.title': 'Alƙalumanku',
  'section.numbers.description':
    "Ba dole ba ne. Da ƴan alƙaluma za mu iya lissafa muhimman ma'aunan aikinku (KPI) mu kwatanta su da ma'aunan kwatance da aka wallafa. Ku yi amfani da lokaci iri ɗaya ga kowane adadi (kwanaki 90 na baya-bayan nan sun dace) kuma ku bar duk wanda ba ku da shi babu komai.",
  'question.share_numbers.label': 'Kuna so ku ƙara alƙalumanku ku ga KPI ɗinku?',
  'question.share_numbers.option.yes': 'Ee, zan ƙara alƙaluma',
  'question.share_numbers.option.no': "A'a, a tsallake wannan mataki",
  'question.impressions.label': 'Yawan bayyanar (impressions) rubuce-rubuce da tallace-tallacen kamfaninku',
  'question.impressions.help': 'Sau nawa aka nuna abun cikin kamfaninku, a dukkan dandamali.',
  'question.engagements.label': "Mu'amala da wannan abun ciki",
  'question.engagements.help': 'Martani, sharhi, rabawa, dannawa da bibiya.',
  'question.clicks.label': 'Dannawa a kan mahaɗai a cikin rubuce-rubuce da tallace-tallacenku',
  'question.ad_spend.label': 'Kuɗin tallace-tallace a kafofin sada zumunta',
  'question.ad_spend.help':
    "Cikakken adadi a kuɗinku (ba tare da kwabo ba). Ana kwatanta kuɗin kowane mai sha'awa da ma'aunin kwatance a dalar Amurka.",
  'question.leads.label': "Masu sha'awa daga kafofin sada zumunta",
  'question.leads.help':
    'Mutanen da suka bar bayanan tuntuɓarsu, misali ta yin rajistar taron intanet ko zazzage littafin intanet (eBook).',
  'question.downloads.label': 'Zazzagewar farar takarda, nazarin misali da makamantansu',
  'question.mqls.label': "Masu sha'awa da sashen talla ya tantance (MQL) daga kafofin sada zumunta",
  'question.mqls.help': "Masu sha'awa da sashen talla ya ga sun shirya a miƙa su ga sashen sayarwa.",
  'question.sqls.label': "Masu sha'awa da sashen sayarwa ya tantance (SQL) daga kafofin sada zumunta",
  'question.sqls.help': "Masu sha'awa da sashen sayarwa ya duba ya karɓa, galibi tare da tsayar da ranar ganawa.",
  'question.opportunities.label': 'Damar ciniki daga kafofin sada zumunta',
  'question.opportunities.help':
    'Ingantattun cinikai da ke gudana, kamar ganawar da aka tsayar, nunin da aka yi, ko tayin kwangilar da aka aika.',
  'question.own_mentions.label': 'Ambaton kamfaninku',
  'question.own_mentions.help':
    'Daga manhajar sauraron kafofin sada zumunta (social listening: manhajar da ke ƙirga ambato a kafofin sada zumunta), na lokaci ɗaya.',
  'question.competitor_mentions.label': 'Ambaton manyan abokan hamayyarku, a haɗe',
  'question.employees.label': "Yawan ma'aikata",
  'question.active_advocates.label': "Ma'aikatan da suka raba abun cikin kamfani aƙalla sau ɗaya a wannan lokacin",
  'question.employee_share_impressions.label': "Yawan bayyanar abun cikin kamfani da ma'aikata suka raba",
  'question.signups_enquiries.label': 'Rajistar wasiƙar labarai, tambayoyin bibiya da buƙatun nuni ko ganawa',

  'kpi.engagement_rate.label': "Kason mu'amala (engagement rate)",
  'kpi.engagement_rate.description':
    'Gwargwadon yadda mutanen da suka ga abun cikinku ke mayar da martani, yin sharhi, rabawa ko dannawa.',
  'kpi.engagement_rate.base': "mu'amala ÷ bayyana",
  'kpi.engagement_rate.benchmark.note':
    "Ma'aunin kwatance na misali ga shafukan kamfanoni a LinkedIn, bisa yawan bayyana. Ba za a iya kwatanta shi da kason da aka auna bisa mabiya ko bisa kowane rubutu ba.",
  'kpi.ctr.label': 'Kason dannawa (click-through rate, CTR)',
  'kpi.ctr.description': 'Gwargwadon yadda mutanen da suka ga abun cikinku ke danna mahaɗa.',
  'kpi.ctr.base': 'dannawa ÷ bayyana',
  'kpi.ctr.benchmark.note':
    "Ma'aunin kwatance na misali ga LinkedIn Sponsored Content (rubuce-rubucen da aka biya). Rubuce-rubucen da ba a biya ba da sauran dandamali sun bambanta, kuma LinkedIn yana ƙirga dannawar da ake karɓar kuɗi a kanta kawai.",
  'kpi.cpl.label': "Kuɗin kowane mai sha'awa (cost per lead, CPL)",
  'kpi.cpl.description': "Kuɗin da kowane mai sha'awa daga tallan da aka biya a kafofin sada zumunta ya ci muku.",
  'kpi.cpl.base': "kuɗin talla ÷ masu sha'awa",
  'kpi.cpl.benchmark.note':
    "Ma'aunin kwatance na misali ga LinkedIn, a dalar Amurka. Majiyar ba ta bayyana hanyar da ta bi ba, kuma kuɗin kowane mai sha'awa ya bambanta sosai tsakanin yankuna da masana'antu.",
  'kpi.cost_per_opportunity.label': 'Kuɗin kowace damar ciniki',
  'kpi.cost_per_opportunity.description':
    "Kuɗin da kowace ingantacciyar damar ciniki daga tallan da aka biya ta ci muku: kuɗin kowane mai sha'awa, bayan la'akari da ingancinsu.",
  'kpi.cost_per_opportunity.base': 'kuɗin talla ÷ damar ciniki',
  'kpi.lead_to_mql.label': "Kason masu sha'awa zuwa MQL",
  'kpi.lead_to_mql.description':
    "Kason masu sha'awa da sashen talla ya ga sun shirya wa sashen sayarwa (marketing-qualified leads, MQL).",
  'kpi.lead_to_mql.base': "MQL ÷ masu sha'awa",
  'kpi.mql_to_sql.label': 'Kason MQL zuwa SQL',
  'kpi.mql_to_sql.description':
    "Kason masu sha'awa da sashen talla ya tantance (MQL) waɗanda sashen sayarwa ya karɓa (sales-qualified leads, SQL).",
  'kpi.mql_to_sql.base': 'SQL ÷ MQL',
  'kpi.mql_to_sql.benchmark.note':
    "Ma'aunin kwatance na misali. Alƙaluman da aka wallafa sun kama daga matsakaicin kashi 13 cikin 100 a wata majiya zuwa kashi 30–60 cikin 100 a wata; babu ma'aunin kwatance guda ɗaya da ya game duniya.",
  'kpi.lead_to_opportunity.label': "Kason masu sha'awa zuwa damar ciniki",
  'kpi.lead_to_opportunity.description':
    "Kason masu sha'awa da suka zama ingantattun cinikai: shaida mafi bayyana ta ingancin masu sha'awa.",
  'kpi.lead_to_opportunity.base': "damar ciniki ÷ masu sha'awa",
  'kpi.share_of_voice.label': 'Kason ambato (share of voice)',
  'kpi.share_of_voice.description': 'Kasonku a cikin tattaunawa game da ku da abokan hamayyarku.',
  'kpi.share_of_voice.base': 'ambatonku ÷ (ambatonku + ambaton abokan hamayya)',
  'kpi.advocacy_participation.label': "Shigar ma'aikata a jakadanci",
  'kpi.advocacy_participation.description': "Kason ma'aikatan da ke raba abun cikin kamfani a kai a kai.",
  'kpi.advocacy_participation.base': "jakadu masu ƙwazo ÷ ma'aikata",
  'kpi.advocacy_amplification.label': 'Ƙarin isar jakadanci',
  'kpi.advocacy_amplification.description': "Yawan isar da ma'aikatanku ke ƙarawa a kan isar kamfaninku.",
  'kpi.advocacy_amplification.base': "bayyanar abin da ma'aikata suka raba ÷ bayyanar abun cikin kamfani",
  'kpi.downloads.label': 'Zazzagewar abun ciki',
  'kpi.downloads.description': 'Zazzagewar farar takarda, nazarin misali da makamantansu: shaidar niyyar saye.',
  'kpi.relationship_progression.label': 'Ci gaban dangantaka',
  'kpi.relationship_progression.description':
    'Rajistar wasiƙar labarai, tambayoyin bibiya da buƙatun nuni ko ganawa: mutanen da ke ƙara kusantar saye.',

  'rule.align_practice_with_business_buyers.title':
    'Kuna sayar wa kamfanoni, amma a kafofin sada zumunta kuna magana da masu sayayya ɗaiɗaiku',
  'rule.align_practice_with_business_buyers.body':
    "Yawancin zaɓuɓɓukanku, kamar inda kuke wallafawa, abin da kuke wallafawa da yadda mutane ke saye, sun karkata ga ɓangaren masu sayayya ɗaiɗaiku. Masu saye daga kamfanoni suna aiki ta wata hanya: mutane da dama ne ke yanke shawara tare, mataki-mataki, a tsawon watanni, suna auna kuɗin da za a kashe da ribar da za a samu. Ku auna kowace ɗabi'arku da yadda masu sayenku ke yanke shawara; shawarwarin da ke ƙasa sun nuna inda za ku fara.",
  'rule.align_practice_with_business_buyers.source':
    "Jagorar “Yadda dabarar B2B a kafofin sada zumunta ta bambanta da ta B2C”, bambance-bambancen dabarun B2B da B2C; jagorar “Ku ƙware a muhimman abubuwan tallan B2B a kafofin sada zumunta”: ku ɗauke su a matsayin da'irar hulɗar kasuwanci ta zamantakewa ta B2B, ba kafofin watsa labarai ba",
  'rule.align_practice_with_consumers.title':
    'Kuna sayar wa masu sayayya ɗaiɗaiku, amma a kafofin sada zumunta kuna magana da kamfanoni',
  'rule.align_practice_with_consumers.body':
    "Yawancin zaɓuɓɓukanku, kamar inda kuke wallafawa, abin da kuke wallafawa da yadda mutane ke saye, sun karkata ga ɓangaren kamfanoni. Masu sayayya ɗaiɗaiku suna aiki ta wata hanya: kowannensu na yanke shawara shi kaɗai, cikin sauri, kuma galibi bisa yadda ya ji a zuciya. Ku auna kowace ɗabi'arku da yadda masu sayenku ke yanke shawara; shawarwarin da ke ƙasa sun nuna inda za ku fara.",
  'rule.align_practice_with_consumers.source':
    'Jagorar “Yadda dabarar B2B a kafofin sada zumunta ta bambanta da ta B2C”, ɓangaren B2C na kowane bambanci',

  'rule.invest_in_linkedin.title': 'Ku zuba jari a LinkedIn da X',
  'rule.invest_in_linkedin.body':
    "Masu saye daga kamfanoni suna neman bayanai kuma suna tattaunawar sana'a a dandamalin ƙwararru, ba a dandamalin hotuna da bidiyo na jama'a ba. Ku mayar da mafi yawan ƙoƙarinku zuwa LinkedIn da X: ku kammala shafin kamfaninku, ku sa manyan jami'ai da ma'aikatan da ke hulɗa da abokan ciniki su riƙa wallafawa, ku kuma shiga ko ku kafa ƙungiyar masana'antu.",
  'rule.invest_in_linkedin.source':
    'Jagorar “Yadda dabarar B2B a kafofin sada zumunta ta bambanta da ta B2C”, darasi: ku yi amfani da dandamalin ƙwararru (ku zuba jari a LinkedIn da X); jagorar “Ku ƙware a muhimman abubuwan tallan B2B a kafofin sada zumunta”, aiki na 1 (ku kafa ƙungiyar LinkedIn)',
  'rule.professional_voice.title': 'Ku riƙe muryar ƙwararru, ku kuma ba da labari',
  'rule.professional_voice.body':
    "Masu saye daga kamfanoni suna amincewa da muryar da ta san masana'antarsu. Ku rubuta cikin salon ƙwararru, ku yi amfani da kalmomin da masu sayenku ke amfani da su, ku kuma raya hujjojinku da gajerun labaran abokan ciniki da ayyuka maimakon barkwanci da abubuwan da ke tashe.",
  'rule.professional_voice.source':
    'Jagorar “Yadda dabarar B2B a kafofin sada zumunta ta bambanta da ta B2C”, darasi: ku riƙe muryar ƙwararru, tare da ba da labari',
  'rule.play_long_game.title': 'Ku yi wasan dogon zango',
  'rule.play_long_game.body':
    "Kashi 5 cikin 100 ne kawai na masu saye daga kamfanoni ke neman saye a kowane lokaci, kuma gina sunan kasuwanci (brand building) yana ɗaukar wata shida ko fiye kafin ya biya. Ku auna kafofin sada zumunta a tsawon wata shida zuwa goma sha biyu, ku bibiyi alamomin farko kamar masu yanke shawara da ke mu'amala da ku, ku kuma ware kusan kashi 40–50 cikin 100 na kasafin kuɗi ga gina sunan kasuwanci.",
  'rule.play_long_game.source':
    "Jagorar “Yadda dabarar B2B a kafofin sada zumunta ta bambanta da ta B2C”, darasi: ku yi wasan dogon zango; ƙa'idar 95-5 (LinkedIn B2B Institute, 2021); Binet da Field, 2019",
  'rule.educational_content_first.title': 'Ku fifita abun ciki na ilmantarwa',
  'rule.educational_content_first.body':
    'Abun ciki na ilmantarwa kamar zurfafan bayanai, jagorori, farar takarda da nazarin misali yana gina sahihanci, kuma yana sa abokan ciniki masu yiwuwa su riƙa dawowa har sai sun shirya saye. Ku yi ƙoƙarin ganin aƙalla rabin rubuce-rubucenku suna koyar da wani abu, ku kuma tsara abin da kowane muƙamin mai saye ke buƙata a kowane matakin saye.',
  'rule.educational_content_first.source':
    'Jagorar “Yadda dabarar B2B a kafofin sada zumunta ta bambanta da ta B2C”, darasi: ku fifita abun ciki na ilmantarwa; jagorar “Ku ƙware a muhimman abubuwan tallan B2B a kafofin sada zumunta”, aiki na 2 (abun ciki ga kowane muƙamin mai saye a kowane mataki)',
  'rule.show_social_proof.title': 'Ku nuna hujja ta zamantakewa',
  'rule.show_social_proof.body':
    'Masu saye suna son shaidar cewa kuna cika alƙawari. Ku wallafa sakamakon abokan ciniki, shaidarsu da misalan amfani aƙalla sau ɗaya a wata, tare da alƙaluma duk inda za ku iya: lokacin da aka tanada, kuɗin da aka rage, kuɗin shigar da aka samu.',
  'rule.show_social_proof.source':
    'Jagorar “Yadda dabarar B2B a kafofin sada zumunta ta bambanta da ta B2C”, darasi: ku nuna hujja ta zamantakewa',
  'rule.track_lead_quality.title': "Ku auna ingancin masu sha'awa, ba isa kawai ba",
  'rule.track_lead_quality.body':
    "Isa da yawan masu danna “so” ba sa nuna ko kafofin sada zumunta suna kawo kasuwanci. Ku amince da sashen sayarwa kan lokacin da mai sha'awa (lead) ke zama wanda sashen talla ya tantance (MQL: ya shirya a miƙa shi ga sashen sayarwa) da wanda sashen sayarwa ya tantance (SQL: sashen sayarwa ya duba ya karɓa), ku sa wa masu sha'awa daga kafofin sada zumunta lakabi a CRM ɗinku, ku kuma bibiyi yawan masu sha'awa da ke zama damar ciniki da kuɗin da kowace damar ciniki ke ci.",
  'rule.track_lead_quality.source':
    "Jagorar “Yadda dabarar B2B a kafofin sada zumunta ta bambanta da ta B2C”, ma'aunin nasara da darasi: ku bibiyi ingancin masu sha'awa; CMI, 2016 (ingancin masu sha'awa shi ne ma'auni na farko a B2B)",
  'rule.map_decision_makers.title': 'Ku tantance masu yanke shawara',
  'rule.map_decision_makers.body':
    'Sayayyar B2B ta kan shafi mutane 6 zuwa 10, kowannensu da nasa damuwar. Ku jera muƙaman da ke cikin ƙungiyar masu sayen abokan cinikinku, kamar masu amfani, masu tantance fasaha, sashen kuɗi da wanda zai sa hannu na ƙarshe, ku rubuta abin da kowannensu ke buƙata a kowane mataki, ku kuma tsara abun ciki da tuntuɓa ga kowannensu.',
  'rule.map_decision_makers.source':
    'Jagorar “Yadda dabarar B2B a kafofin sada zumunta ta bambanta da ta B2C”, darasi: ku fahimci masu yanke shawararku; binciken Gartner kan ƙungiyoyin masu saye, 2018',
  'rule.expand_company_network.title': "Ku faɗaɗa da'irar hulɗar kamfaninku",
  'rule.expand_company_network.body':
    "Da'irar hulɗarku ta fi ƙungiyar tallanku girma. Ku haɗa sashen sayarwa, hidima, manyan jami'ai da sauran ma'aikata da abokan ciniki, abokan hulɗa da masu faɗa a ji, ku kuma fara tsarin jakadancin ma'aikata mai ƙa'idoji, abun ciki da aka shirya don rabawa, da ma'aunai masu sauƙi.",
  'rule.expand_company_network.source':
    "Jagorar “Ku ƙware a muhimman abubuwan tallan B2B a kafofin sada zumunta”, aiki na 1: ku faɗaɗa da'irar hulɗar kamfani; LinkedIn, 2016 (abin da ma'aikata suka raba yana samun kason dannawa ninki biyu)",
  'rule.help_and_share.title': 'Ku taimaka wa wasu, ku kuma raba abun cikinsu',
  'rule.help_and_share.body':
    "Al'umma na taruwa a kewayen masu taimako. Ku amsa tambayoyi ku kuma raba ilimi ba tare da neman sayar da wani abu ba, ku isar da rubuce-rubuce masu amfani daga abokan ciniki, abokan hulɗa da takwarorinku tare da sharhinku. Ku yi ƙoƙarin ganin kusan kashi ɗaya bisa uku na rubuce-rubucenku suna raba aikin wasu ko suna ƙara masa armashi.",
  'rule.help_and_share.source':
    "Jagorar “Ku ƙware a muhimman abubuwan tallan B2B a kafofin sada zumunta”, aiki na 2 da na 3: ku gina al'umma ta hanyar taimaka wa wasu; ku hanzarta raba bayanai",
  'rule.give_first_to_earn_referrals.title': 'Ku fara bayarwa, gabatarwa za ta biyo baya',
  'rule.give_first_to_earn_referrals.body':
    'Gabatarwar abokan ciniki ita ce babbar manufar tallan B2B, kuma ana samun ta ne ta hanyar bayarwa. Ku miƙa bayanai masu amfani, ku haɗa mutane da juna, ku kuma kai damarmakin kasuwanci ga abokan ciniki, abokan hulɗa da masu faɗa a ji, ku tallafa musu a abin da suke buƙata. Mutanen da kuka taimaka za su gabatar da ku ga abokan aikinsu ba tare da an roƙe su ba.',
  'rule.give_first_to_earn_referrals.source':
    'Jagorar “Ku ƙware a muhimman abubuwan tallan B2B a kafofin sada zumunta”, aiki na 4: gabatarwar kasuwanci, bisa taimakon juna (ku ba abokan ciniki, abokan hulɗa da masu faɗa a ji abin da suke buƙata)',
  'rule.strengthen_ties_by_giving.title': 'Ku mayar da sababbin alaƙa dangantaka ta hanyar bayarwa',
  'rule.strengthen_ties_by_giving.body':
    'Sabuwar alaƙa raunanniya ce. Tana ƙarfafa ne ta abin da kuke bayarwa, ba ta saƙon tallace-tallace ba: ku aika saƙo na kai-da-kai bisa abubuwan da mutumin ke so, sannan ku ci gaba da ba shi wani abu mai amfani, kamar bayani, haɗa shi da wani, ko wata dama. Idan ya shirya saye, zai san wanda zai tambaya.',
  'rule.strengthen_ties_by_giving.source':
    'Jagorar “Ku ƙware a muhimman abubuwan tallan B2B a kafofin sada zumunta”, aiki na 5: ku mayar da raunanniyar alaƙa ƙaƙƙarfa ta hanyar ba da bayanai masu amfani, gabatarwa da damarmaki (bisa Granovetter, 1973)',
  'rule.add_progression_steps.title': "Ku bai wa masu mu'amala mataki na gaba",
  'rule.add_progression_steps.body':
    "Mutane suna mu'amala da abun cikinku, amma ƙasa da kashi 5 cikin 100 na masu sha'awarku ne ke zama damar ciniki. Ku ƙara bayyanannen mataki na gaba a rubuce-rubucenku, kamar rajistar wasiƙar labarai, taron intanet, nuni ko ganawa, ku kuma bibiyi kowanne cikin gaggawa.",
  'rule.add_progression_steps.source':
    'Jagorar “Yadda dabarar B2B a kafofin sada zumunta ta bambanta da ta B2C”, KPI: ci gaban dangantaka',
  'rule.revise_creative_and_offer.title': 'Ku sake duba tallace-tallacenku da tayinku',
  'rule.revise_creative_and_offer.body':
    "Kason dannawarku (click-through rate) yana ƙasa da iyakar ma'aunin kwatance, kuma sashen sayarwa na karɓar kaɗan ne daga cikin masu sha'awar da sashen talla ke miƙa musu, don haka tallace-tallacenku ba sa jawo mutanen da suka dace, kuma ba sa tace su. Ku gwada sababbin kanun talla, hotuna da tayi da aka yi niyya ga takamaiman muƙaman masu saye. Da zarar ingancin masu sha'awa ya yi yawa, ƙarancin kason dannawa farashi ne da za a iya ɗauka: inganci ya fi yawa.",
  'rule.revise_creative_and_offer.source':
    "Jagorar “Yadda dabarar B2B a kafofin sada zumunta ta bambanta da ta B2C”, KPI: kason dannawa, da samar da masu sha'awa (inganci ya fi yawa)",
  'rule.raise_thought_leadership.title': "Ku riƙa wallafa ra'ayoyin ƙwararru akai-akai",
  'rule.raise_thought_leadership.body':
    "Kason ambatonku (share of voice), wato kasonku a cikin dukkan ambatonku da na abokan hamayyarku, yana ƙasa da kashi 20 cikin 100: ƙasa da kaso na adalci idan ku da kusan manyan abokan hamayya huɗu kuna raba tattaunawar. Ku riƙa wallafa ra'ayoyin ƙwararru akai-akai, ku gabatar da manyan jami'ai da ƙwararrunku, ku kuma shiga tattaunawar masana'antu inda ake jin muryar abokan hamayyarku.",
  'rule.raise_thought_leadership.source':
    "Jagorar “Yadda dabarar B2B a kafofin sada zumunta ta bambanta da ta B2C”, aiwatarwa: dabarar B2B ta ta'allaka ne kan ƙwarewa da jagorancin tunani (thought leadership)",

  'rule.use_visual_platforms.title': 'Ku sa ƙoƙarinku a dandamalin hotuna da bidiyo',
  'rule.use_visual_platforms.body':
    "Masu sayayya ɗaiɗaiku sun fi kasancewa a dandamalin hotuna da bidiyo na jama'a. Ku mayar da mafi yawan ƙoƙarinku zuwa guda ɗaya ko biyu da masu sayenku suka fi dubawa, kamar Instagram, TikTok, YouTube ko Facebook, tare da hotuna masu ƙarfi da gajerun bidiyo da aka yi musamman don kowanne.",
  'rule.use_visual_platforms.source':
    "Jagorar “Yadda dabarar B2B a kafofin sada zumunta ta bambanta da ta B2C”, zaɓin dandamali: B2C yana bunƙasa a dandamalin hotuna da bidiyo na jama'a",
  'rule.lead_with_emotion.title': 'Ku fara da motsin rai da rayuwar yau da kullum',
  'rule.lead_with_emotion.body':
    'Masu sayayya ɗaiɗaiku suna yanke shawara cikin sauri, galibi bisa yadda suka ji a zuciya. Ku sa yawancin rubuce-rubucenku su zama masu nishaɗantarwa da ke kusa da rayuwar mutane, cikin salon hira, tare da abubuwan da ke tashe da hotuna masu ɗaukar ido da ke sa mutane su so kayan nan take.',
  'rule.lead_with_emotion.source':
    "Jagorar “Yadda dabarar B2B a kafofin sada zumunta ta bambanta da ta B2C”, abun ciki da salon magana: abun cikin B2C na nishaɗi ne kuma yana kusa da rayuwar mutane, salonsa na hira; aiwatarwa: B2C yana fifita motsin rai da jan hankalin jama'a",
  'rule.make_buying_quick.title': 'Ku sauƙaƙa saye cikin sauri',
  'rule.make_buying_quick.body':
    'Shawarar masu sayayya ɗaiɗaiku gajeriya ce, don haka ku sa hanyar saye ma ta zama gajeriya: ku sa mahaɗar saye, lambar rangwame ko hirar da ke ƙarewa da oda a daidai inda mutane ke ganin rubutun, ku kuma cire duk wani ƙarin mataki.',
  'rule.make_buying_quick.source':
    "Jagorar “Yadda dabarar B2B a kafofin sada zumunta ta bambanta da ta B2C”, manufofi da zagayowar sayarwa: B2C yana neman mu'amala cikin sauri da sayarwa kai tsaye, a gajeriyar zagayowa ta yanke shawara cikin sauri",
  'rule.track_reach_and_sales.title': 'Ku auna isa da sayarwar da take kawowa',
  'rule.track_reach_and_sales.body':
    'Ga kasuwancin da ke sayar wa masu sayayya ɗaiɗaiku, nasara a kafofin sada zumunta ita ce isa da sayarwa kai tsaye. Ku bibiyi yawan mutanen da kuke isa gare su da odar da ke zuwa daga kafofin sada zumunta, ta mahaɗai, lambobin rangwame ko odar hira da za a iya bibiya, ku kuma kwatanta kamfen bisa sayarwar da kowanne ya kawo.',
  'rule.track_reach_and_sales.source':
    "Jagorar “Yadda dabarar B2B a kafofin sada zumunta ta bambanta da ta B2C”, ma'aunin nasara: B2C yana auna tasiri ta hanyar isa da sayarwa kai tsaye",
  'rule.reply_while_interest_is_hot.title': "Ku ba da amsa tun sha'awa na da zafi",
  'rule.reply_while_interest_is_hot.body':
    'Masu sayayya ɗaiɗaiku suna yanke shawara cikin sauri kuma suna tsammanin amsa cikin sauri. Ku ba da amsa ga sharhi da saƙonni a ranar da aka aiko su, ku kuma fara amsa tambayoyi game da saye.',
  'rule.reply_while_interest_is_hot.source':
    "Jagorar “Yadda dabarar B2B a kafofin sada zumunta ta bambanta da ta B2C”, manufofi: B2C yana neman mu'amala cikin sauri; masu sauraro: masu sayayya ɗaiɗaiku suna yanke shawara bisa motsin rai da gaggawa",
  'rule.show_customers_love_it.title': 'Ku nuna cewa abokan ciniki suna son sa',
  'rule.show_customers_love_it.body':
    'Masu sayayya ɗaiɗaiku suna karɓar abin da ke kusa da rayuwarsu. Ku raba sharhin abokan ciniki da ƙimar taurari, hotuna da bidiyon abokan ciniki na kansu, da rubuce-rubucen masu ƙirƙirar abun ciki da ke amfani da kayan da gaske, ku kuma wallafa wani abu daga cikinsu aƙalla sau ɗaya a wata.',
  'rule.show_customers_love_it.source':
    "Jagorar “Yadda dabarar B2B a kafofin sada zumunta ta bambanta da ta B2C”, abun ciki: abun cikin B2C yana kusa da rayuwar mutane; aiwatarwa: B2C yana fifita motsin rai da jan hankalin jama'a",

  'rule.formalise_ownership.title': "Ku ba kafofin sada zumunta mai alhaki da ƙa'idoji",
  'rule.formalise_ownership.body':
    "Ba tare da mai alhaki, mai ɗaukar nauyi da ƙa'idoji ba, kafofin sada zumunta za su ci gaba da zama aikin gefe. Ku naɗa mai alhaki, ku samo mai ɗaukar nauyi daga manyan jami'ai, ku rubuta gajerun ƙa'idojin amfani da kafofin sada zumunta tare da horar da ma'aikata, ku kuma raba manufofi da sashen sayarwa.",
  'rule.formalise_ownership.source':
    'Altimeter, The Evolution of Social Business, 2013 (matakin “formalized”, wato tsararre)',

  'rule.next_step_audience.title': 'Ku ci gaba da koyon abin da masu sayenku ke buƙata',
  'rule.next_step_audience.body':
    "Ku mayar da koyo game da masu saye al'ada: ku riƙa tattaunawa da abokan ciniki akai-akai, ku tattara abin da ma'aikatan sayarwa da na hidima ke ji, ku karanta sharhi da ra'ayoyi, ku kuma kwatanta hoton da kuke da shi da mutanen da ke mu'amala da rubuce-rubucenku a zahiri.",
  'rule.next_step_audience.source':
    'Jagorar “Yadda dabarar B2B a kafofin sada zumunta ta bambanta da ta B2C”, darasi: ku fahimci masu yanke shawararku (buƙatunsu, ƙalubalensu da abubuwan da suka fi so)',
  'rule.next_step_goals.title': 'Ku sa manufa ga kowane tsawon lokaci',
  'rule.next_step_goals.body':
    'Ku rubuta abin da kafofin sada zumunta ya kamata su cimma da lokacin da za su cimma shi: alamar farko da za ku lura da ita kowane wata, da sakamakon da za ku auna a tsawon lokacin da masu sayenku ke ɗauka kafin su yanke shawara, watanni ga masu saye daga kamfanoni, kwanaki ko makonni ga masu sayayya ɗaiɗaiku.',
  'rule.next_step_goals.source':
    'Jagorar “Yadda dabarar B2B a kafofin sada zumunta ta bambanta da ta B2C”, manufofi da zagayowar sayarwa: matsayin kafofin sada zumunta ya dace da kowane tsawon lokaci',
  'rule.next_step_platforms.title': "Ku fito da ƙarin mutanenku a gaban jama'a",
  'rule.next_step_platforms.body':
    "Ku sa mutanen da abokan ciniki ke hulɗa da su, kamar ma'aikatan sayarwa da na hidima, ƙwararru ko wanda ya kafa kamfanin, su riƙe cikakkun shafuka su kuma riƙa wallafawa da kalmominsu, su kuma shiga sosai a ƙungiyoyin da masu sayenku ke haɗuwa.",
  'rule.next_step_platforms.source':
    "Jagorar “Ku ƙware a muhimman abubuwan tallan B2B a kafofin sada zumunta”, aiki na 1: ku haɗa sashen sayarwa, hidima, talla, manyan jami'ai da ma'aikata da abokan ciniki, abokan hulɗa da masu faɗa a ji",
  'rule.next_step_content.title': 'Ku tsara abun ciki ga kowane mataki zuwa saye',
  'rule.next_step_content.body':
    'Ku jera tambayoyin da masu saye ke da su a kowane mataki, daga gano buƙata zuwa zaɓi, ku kuma tabbatar cewa abun cikinku yana amsa kowacce. Idan kuna sayar wa kamfanoni, ku yi haka ga kowane muƙami a ƙungiyar masu saye.',
  'rule.next_step_content.source':
    'Jagorar “Ku ƙware a muhimman abubuwan tallan B2B a kafofin sada zumunta”, aiki na 2: abun ciki ga kowane muƙamin mai saye a kowane matakin saye',
  'rule.next_step_proof.title': "Ku mayar da nuna hujja al'ada",
  'rule.next_step_proof.body':
    'Ku riƙa tattara hujja yayin da kuke aiki: ku nemi sakamako, sharhi ko gajeren labari a ƙarshen kowane ciniki ko aiki, ku kuma wallafa aƙalla guda ɗaya a wata, ta hanyoyi fiye da ɗaya.',
  'rule.next_step_proof.source':
    'Jagorar “Yadda dabarar B2B a kafofin sada zumunta ta bambanta da ta B2C”, darasi: ku nuna hujja ta zamantakewa (sakamakon abokan ciniki, shaidarsu, misalan amfani)',
  'rule.next_step_network.title': "Ku shigo da ƙarin mutanenku da na fanninku cikin da'irar hulɗa",
  'rule.next_step_network.body':
    "Ku taimaka wa ma'aikata su riƙa rabawa: ku ba su horo, rubuce-rubucen da aka shirya, da hanya mai sauƙi ta ganin abin da rabawarsu ke cimmawa. Sannan ku ƙulla alaƙa da mutanen da ke kewaye da kasuwancinku waɗanda ba ku kai gare su ba tukuna, kamar abokan hulɗa, kafofin watsa labarai da masu faɗa a ji.",
  'rule.next_step_network.source':
    "Jagorar “Ku ƙware a muhimman abubuwan tallan B2B a kafofin sada zumunta”, aiki na 1: ku haɗa kowane abokin hulɗa na gaba, abokin ciniki da mai faɗa a ji da ma'aikatanku",
  'rule.next_step_community.title': 'Ku bayar fiye da abin da kuke nema',
  'rule.next_step_community.body':
    "Ku isar da rubuce-rubuce masu amfani na wasu tare da sharhinku, ku amsa tambayoyi a ranar da aka yi su, ku kuma ba al'ummarku hanyoyin taimakon juna, ba wai su ji daga gare ku kawai ba.",
  'rule.next_step_community.source':
    "Jagorar “Ku ƙware a muhimman abubuwan tallan B2B a kafofin sada zumunta”, aiki na 2 da na 3: ku gina al'umma ta hanyar taimaka wa wasu; ku raba bayanai daga wasu majiyoyi",
  'rule.next_step_relationships.title': 'Ku mayar da abokan ciniki masu goyon bayanku',
  'rule.next_step_relationships.body':
    'Ku ci gaba da bayarwa ga abokan ciniki da abokan hulɗa da suka riga suka amince da ku: bayanai masu amfani, haɗa su da wasu, damarmaki. Ku lura da waɗanda ke gabatar da ku, ku gode musu ku kuma taimaka musu a madadin haka; masu goyon baya na tasowa ne daga wannan bayarwa da karɓa.',
  'rule.next_step_relationships.source':
    'Jagorar “Ku ƙware a muhimman abubuwan tallan B2B a kafofin sada zumunta”, aiki na 5: ku mayar da abokan ciniki masu goyon baya, raunanniyar alaƙa kuma ƙaƙƙarfa',
  'rule.next_step_measurement.title': 'Ku bibiyi kafofin sada zumunta har zuwa sayarwa',
  'rule.next_step_measurement.body':
    "Ku sa lakabi ga kowane mai sha'awa ko odar da ta zo daga kafofin sada zumunta, ku bi shi har zuwa ciniki ko sake saye, ku kuma faɗi tushen kowane kaso da kuka bayar: yawan bayyana, isa ko mabiya.",
  'rule.next_step_measurement.source':
    "Jagorar “Yadda dabarar B2B a kafofin sada zumunta ta bambanta da ta B2C”, ma'aunin nasara: ingancin masu sha'awa da ci gaban dangantaka ga B2B, isa da sayarwa kai tsaye ga B2C",
  'rule.next_step_organisation.title': 'Ku sa kafofin sada zumunta su zama ɓangaren aikin kowa',
  'rule.next_step_organisation.body':
    "Ku samar wa kafofin sada zumunta mai ɗaukar nauyi daga manyan jami'ai da mutane daga sassa daban-daban, ku horar da ma'aikata kan rubutattun ƙa'idoji, ku kuma bibiyi manufofin da kuke tarayya da sashen sayarwa a allon bayanai guda.",
  'rule.next_step_organisation.source':
    "Altimeter, The Evolution of Social Business, 2013 (matakin “formalized”, wato tsararre); jagorar “Ku ƙware a muhimman abubuwan tallan B2B a kafofin sada zumunta”: kowane ma'aikaci na da manufar kasuwanci iri ɗaya",
};
