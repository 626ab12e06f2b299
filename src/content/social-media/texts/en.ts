import type { TextCatalog } from '../buildAssessment';

/** Every English text of the social-media assessment, keyed by where it is used. */
export const socialMediaTextsEn: TextCatalog = {
  title: 'B2B vs B2C social-media readiness',
  description:
    'About 40 questions, around 10 minutes. See how mature your social media is for the market you sell to, whether your practice leans B2B or B2C, and what to do next.',

  'axis.orientation.label': 'Practice orientation',
  'axis.orientation.description':
    'Whether your practice looks like B2B social media (professional networks, expertise, long relationships) or B2C (visual mass-market platforms, emotion, quick sales).',
  'axis.orientation.negativePole': 'B2C practice',
  'axis.orientation.positivePole': 'B2B practice',

  'dimension.audience.label': 'Audience and decision process',
  'dimension.audience.description': 'How well you know the people who buy from you, and how they decide.',
  'dimension.goals.label': 'Goals and sales cycle',
  'dimension.goals.description': 'Whether your goals and time frames suit the way your buyers buy.',
  'dimension.platforms.label': 'Platforms and presence',
  'dimension.platforms.description': 'Whether you put your effort, and your people, where your buyers spend their time.',
  'dimension.content.label': 'Content, messaging and tone',
  'dimension.content.description': 'Whether your content and tone suit your buyers and each step toward a purchase.',
  'dimension.proof.label': 'Social proof',
  'dimension.proof.description': 'How well, and how often, you show evidence that customers are glad they bought.',
  'dimension.network.label': 'Network and employee advocacy',
  'dimension.network.description': 'How far your people connect with customers, partners and the people who influence them.',
  'dimension.community.label': 'Community and information sharing',
  'dimension.community.description': 'Whether you help others, pass on useful information and reply quickly, so that people come back.',
  'dimension.relationships.label': 'Relationships and referrals',
  'dimension.relationships.description': 'Whether contacts move from a first touch to a sale, and on to recommending you.',
  'dimension.measurement.label': 'Measurement',
  'dimension.measurement.description': 'Whether you measure what social media brings in for your market, not just how many people saw it.',
  'dimension.organisation.label': 'Organisation and governance',
  'dimension.organisation.description': 'Whether social media has an owner, a sponsor, rules and a link to sales.',

  'tier.dormant.label': 'Dormant',
  'tier.dormant.description':
    'Little purposeful social-media activity yet. Start with one goal, one person in charge and the one platform where your buyers spend their time.',
  'tier.presence.label': 'Presence',
  'tier.presence.description':
    'You are on social media, but with little plan behind it and little link to sales. Choose the platforms and content that suit the people you sell to, reply when they talk to you, and track what it brings in.',
  'tier.engaged.label': 'Engaged',
  'tier.engaged.description':
    'You publish content that suits your buyers and talk with them. Next, involve more of your people and measure what social media brings in: lead quality if you sell to businesses, reach and sales if you sell to consumers.',
  'tier.formalized.label': 'Formalised',
  'tier.formalized.description':
    'Social media has an owner, rules and measures, and is linked to sales. Next, build lasting relationships: give customers and partners reasons to come back and to recommend you.',
  'tier.network.label': 'Integrated',
  'tier.network.description':
    'Social media is part of how your business runs: your people, customers and partners connect, help each other and recommend you, and you can see what it adds to sales.',

  'section.profile.title': 'About your company',
  'section.profile.description': 'Three quick questions to set the context. They are not scored.',
  'question.market.label': 'Who do you mainly sell to?',
  'question.market.help':
    'We judge your practice against what works for this market, and check that the way your practice leans, B2B or B2C, fits it.',
  'question.market.option.b2b': 'Businesses and other organisations (B2B)',
  'question.market.option.b2c': 'Individual consumers (B2C)',
  'question.market.option.both': 'Both, in similar measure',
  'question.deal_size.label': 'What is your typical deal or order value?',
  'question.deal_size.help': 'A rough figure in your currency is fine.',
  'question.deal_size.option.under_1k': 'Under 1,000',
  'question.deal_size.option.from_1k': '1,000–9,999',
  'question.deal_size.option.from_10k': '10,000–99,999',
  'question.deal_size.option.over_100k': '100,000 or more',
  'question.company_size.label': 'How many people work at your company?',
  'question.company_size.option.micro': '1–9',
  'question.company_size.option.small': '10–49',
  'question.company_size.option.medium': '50–249',
  'question.company_size.option.large': '250–999',
  'question.company_size.option.enterprise': '1,000 or more',

  'section.audience.title': 'Audience and decision process',
  'section.audience.description': 'Who you reach on social media, and how they decide to buy.',
  'question.audience_type.label': 'Who do you mainly reach on social media?',
  'question.audience_type.option.consumers': 'Individual consumers',
  'question.audience_type.option.professionals': 'Professionals in specific jobs or roles',
  'question.audience_type.option.both': 'Both, in similar measure',
  'question.decision_style.label': 'How do your buyers usually decide to buy?',
  'question.decision_style.option.with_colleagues': 'Together with colleagues, in several steps, weighing cost against return',
  'question.decision_style.option.on_the_spot': 'On their own and quickly, often on a feeling',
  'question.decision_style.option.varies': 'It varies a lot',
  'question.buying_roles.label': 'How well have you described the people who take part in a purchase?',
  'question.buying_roles.option.one_persona': 'One description of a typical buyer',
  'question.buying_roles.option.buying_group': "Everyone in a business customer's buying group, role by role and step by step",
  'question.buying_roles.option.few_roles': 'Two to four kinds of buyer',
  'question.buying_roles.option.none': 'We have not described them',
  'question.buyer_insight.label': 'How do you mainly learn what your buyers need and struggle with?',
  'question.buyer_insight.option.customer_interviews': 'From regular conversations with customers and prospects',
  'question.buyer_insight.option.assumptions': 'Mostly from our own assumptions',
  'question.buyer_insight.option.ongoing_research':
    'From ongoing research that brings conversations, staff feedback and data together',
  'question.buyer_insight.option.reviews_comments': 'From customer reviews and comments online',
  'question.buyer_insight.option.sales_anecdotes': 'From what sales or service staff pass on',
  'question.know_decision_makers.label': 'We know which decision-makers engage with our social-media content.',
  'question.know_decision_makers.help':
    'Decision-makers are the people at a customer who choose or approve a purchase, such as the budget holder or the head of the team that will use it.',
  'question.know_decision_makers.minLabel': 'Strongly disagree',
  'question.know_decision_makers.maxLabel': 'Strongly agree',

  'section.goals.title': 'Goals and sales cycle',
  'section.goals.description': 'What social media is for in your business, and how long you give it to work.',
  'question.main_goal.label': 'What is the main goal of your social-media activity?',
  'question.main_goal.option.qualified_pipeline': 'Bring in well-qualified leads for sales',
  'question.main_goal.option.reach_and_sales': 'Quick engagement and direct sales',
  'question.main_goal.option.authority_relationships': 'Be known as an authority and build long-term relationships',
  'question.main_goal.option.no_set_goal': 'We have no set goal',
  'question.sales_cycle.label': 'How long does a typical sale take, from first contact to purchase?',
  'question.sales_cycle.option.long': 'More than three months',
  'question.sales_cycle.option.medium': 'From one month up to three months',
  'question.sales_cycle.option.short': 'Less than a month',
  'question.results_horizon.label': 'Over what period do you judge whether social media is working?',
  'question.results_horizon.option.half_year_plus': 'Six to twelve months',
  'question.results_horizon.option.under_month': 'Less than a month',
  'question.results_horizon.option.multi_year': 'More than a year',
  'question.results_horizon.option.quarter': 'One to five months',
  'question.results_horizon.option.not_judged': 'We do not judge it',
  'question.brand_share.label': 'Roughly what share of your social-media budget goes to brand building (%)?',
  'question.brand_share.help':
    'Brand building makes you known and trusted over time. The rest of the budget asks people to act now, for example to sign up or to buy.',

  'section.platforms.title': 'Platforms and presence',
  'section.platforms.description': 'Where you are active, and who represents you there.',
  'question.platforms_used.label': 'Which platforms are you active on? Choose all that apply.',
  'question.platforms_used.option.linkedin': 'LinkedIn',
  'question.platforms_used.option.instagram': 'Instagram',
  'question.platforms_used.option.facebook': 'Facebook',
  'question.platforms_used.option.x': 'X (formerly Twitter)',
  'question.platforms_used.option.tiktok': 'TikTok',
  'question.platforms_used.option.youtube': 'YouTube',
  'question.platforms_used.option.whatsapp': 'WhatsApp',
  'question.platforms_used.option.line': 'LINE',
  'question.platforms_used.option.industry_communities': 'Industry forums and online communities',
  'question.main_platform_effort.label': 'Where does most of your social-media effort go?',
  'question.main_platform_effort.option.visual_platforms':
    'Visual mass-market platforms such as Instagram, TikTok, YouTube or Facebook',
  'question.main_platform_effort.option.professional_networks': 'Professional networks such as LinkedIn and X',
  'question.main_platform_effort.option.split_by_audience':
    'Professional networks for business buyers and visual platforms for consumers, each with its own plan',
  'question.main_platform_effort.option.industry_communities': 'Industry forums and communities',
  'question.main_platform_effort.option.spread_evenly': 'Spread across platforms, with no main one',
  'question.profile_presence.label': 'Who represents your company on social media?',
  'question.profile_presence.option.executives': 'The company account and our executives or founder',
  'question.profile_presence.option.company_page': 'The company account only',
  'question.profile_presence.option.customer_facing_staff':
    'The company account, our executives or founder, and sales or service staff with complete, up-to-date profiles',
  'question.profile_presence.option.none': 'Nobody yet',
  'question.group_participation.label':
    'How do you take part in online groups in your field, such as LinkedIn or Facebook groups and forums?',
  'question.group_participation.option.member': 'We are members',
  'question.group_participation.option.host': 'We run a group and invite others in',
  'question.group_participation.option.contributor': 'We post and answer there regularly',
  'question.group_participation.option.none': "We don't take part",

  'section.content.title': 'Content, messaging and tone',
  'section.content.description': 'What you post, and how you sound.',
  'question.content_focus.label': 'What is most of your content?',
  'question.content_focus.option.entertaining': 'Entertaining: trends, humour and everyday life',
  'question.content_focus.option.educational': 'Educational: insights, how-tos and expert views',
  'question.content_focus.option.product_promotion': 'Product promotion and offers',
  'question.tone.label': 'How would you describe the tone of your posts?',
  'question.tone.option.conversational': 'Conversational, like talking with a friend',
  'question.tone.option.by_audience': 'Professional with business buyers, conversational with consumers',
  'question.tone.option.professional': "Professional, in the words your buyers' industry uses",
  'question.tone.option.no_set_tone': 'It varies; we have no set tone',
  'question.storytelling.label':
    "How often do your posts tell a story, such as a customer's experience or how something was made?",
  'question.storytelling.option.some_posts': 'In some posts',
  'question.storytelling.option.rarely': 'Rarely',
  'question.storytelling.option.most_posts': 'In most posts',
  'question.storytelling.option.never': 'Never',
  'question.content_matrix.label': 'Do you plan content for each kind of buyer and each step toward a purchase?',
  'question.content_matrix.help':
    'Steps toward a purchase run from noticing a need, through comparing options, to choosing one. Kinds of buyer are, for example, the user, the technical expert and the budget holder in a business purchase.',
  'question.content_matrix.option.by_stage': 'By step toward a purchase only',
  'question.content_matrix.option.role_and_stage': 'Yes, for each kind of buyer at each step',
  'question.content_matrix.option.by_role': 'By kind of buyer only',
  'question.content_matrix.option.none': 'No',
  'question.educational_share.label': 'Roughly what share of your posts is educational (%)?',
  'question.educational_share.help':
    'Count posts that teach or inform, such as guides, insights, data, white papers and case studies.',

  'section.proof.title': 'Social proof',
  'section.proof.description': 'How you show that customers are glad they bought from you.',
  'question.proof_types.label': 'Which kinds of proof do you share? Choose all that apply.',
  'question.proof_types.option.client_results': "Customers' results",
  'question.proof_types.option.reviews_ratings': 'Customer reviews and star ratings',
  'question.proof_types.option.testimonials': 'Testimonials',
  'question.proof_types.option.creators': 'Posts by influencers or creators who use our products',
  'question.proof_types.option.use_cases': 'Use cases and case studies',
  'question.proof_types.option.analyst_media': 'Analyst reports or media coverage',
  'question.proof_types.option.none': 'None of these yet',
  'question.proof_style.label': 'What is your main form of proof?',
  'question.proof_style.option.influencers_ratings': 'Influencer endorsements or star ratings',
  'question.proof_style.option.business_results': 'Measured results, such as time or money saved',
  'question.proof_style.option.awards_logos': 'Awards and customer logos',
  'question.proof_style.option.no_proof': 'We rarely share proof',
  'question.proof_frequency.label': 'How often do you post proof?',
  'question.proof_frequency.option.weekly': 'At least once a week',
  'question.proof_frequency.option.monthly': 'At least once a month, but not every week',
  'question.proof_frequency.option.quarterly': 'A few times a year',
  'question.proof_frequency.option.never': 'Rarely or never',

  'section.network.title': 'Network and employee advocacy',
  'section.network.description':
    'Who in your company connects with customers, partners and the people who influence them?',
  'question.who_connects.label':
    'Who in your company connects on social media with customers, partners and people of influence in your field?',
  'question.who_connects.option.marketing': 'Marketing',
  'question.who_connects.option.whole_company': 'Marketing, sales, service, executives and other staff',
  'question.who_connects.option.marketing_sales': 'Marketing and sales',
  'question.who_connects.option.nobody': 'Nobody in particular',
  'question.advocacy.label': 'How do your employees share company content?',
  'question.advocacy.help': 'Employee advocacy means staff sharing company content through their own accounts.',
  'question.advocacy.option.guidelines': 'With guidelines and ready-made content',
  'question.advocacy.option.none': "They don't, or we don't know",
  'question.advocacy.option.programme': 'Through a programme with a tool, training and metrics',
  'question.advocacy.option.ad_hoc': 'Now and then, on their own initiative',
  'question.customer_connections.label': 'How do you stay connected with existing customers on social media?',
  'question.customer_connections.option.follow_page': 'They follow our company account',
  'question.customer_connections.option.customer_community': 'We run a customer community where they meet us and each other',
  'question.customer_connections.option.none': "We don't, once the sale is made",
  'question.customer_connections.option.account_teams': 'The staff who serve them are connected with them personally',
  'question.outer_ring.label':
    'Beyond customers, which of these do you actively connect with on social media? Choose all that apply.',
  'question.outer_ring.option.current_partners': 'Current partners',
  'question.outer_ring.option.potential_partners': 'Potential partners',
  'question.outer_ring.option.opinion_leaders': 'Opinion leaders, influencers and creators in your field',
  'question.outer_ring.option.advisers_analysts': 'Industry advisers and analysts',
  'question.outer_ring.option.media': 'Media and journalists',
  'question.outer_ring.option.institutions': 'Industry bodies, associations and universities',
  'question.outer_ring.option.competitor_communities': 'Communities where your competitors are active',
  'question.outer_ring.option.none': 'None of these yet',

  'section.community.title': 'Community and information sharing',
  'section.community.description': 'Whether you help others and pass on useful information, or only talk about yourself.',
  'question.shares_others.label': "What share of your posts passes on other people's content, with your own comment?",
  'question.shares_others.option.over_30': 'More than 30%',
  'question.shares_others.option.from_10_to_30': '10% to 30%',
  'question.shares_others.option.under_10': 'Less than 10%',
  'question.shares_others.option.never': 'None',
  'question.help_without_ask.label': 'We answer questions and share know-how online with no sales pitch attached.',
  'question.help_without_ask.minLabel': 'Strongly disagree',
  'question.help_without_ask.maxLabel': 'Strongly agree',
  'question.community_purpose.label': 'What is your online community mainly for?',
  'question.community_purpose.option.fans_contests': 'Fans, giveaways and contests',
  'question.community_purpose.option.peer_exchange': 'Peers exchanging knowledge and advice',
  'question.community_purpose.option.no_community': "We don't have a community",
  'question.reply_speed.label': 'How quickly do you usually reply to comments and messages on social media?',
  'question.reply_speed.option.same_day': 'On the same day',
  'question.reply_speed.option.within_days': 'Within two or three days',
  'question.reply_speed.option.within_week': 'Later, within a week',
  'question.reply_speed.option.rarely': 'Rarely, or not at all',

  'section.relationships.title': 'Relationships and referrals',
  'section.relationships.description':
    'How a first contact on social media becomes a customer, and a customer someone who recommends you.',
  'question.next_steps.label': 'Which next steps do you offer people who engage with you? Choose all that apply.',
  'question.next_steps.option.newsletter': 'Newsletter sign-up',
  'question.next_steps.option.buy_link': 'A link to buy or order',
  'question.next_steps.option.webinar': 'Webinar or event',
  'question.next_steps.option.download': 'Downloadable guide, white paper or case study',
  'question.next_steps.option.chat': 'A chat on a messaging app such as WhatsApp or LINE',
  'question.next_steps.option.demo': 'Demo or trial',
  'question.next_steps.option.meeting': 'Meeting with an expert',
  'question.next_steps.option.none': 'None of these',
  'question.connection_follow_up.label': 'What happens after someone new connects with your company or your people?',
  'question.connection_follow_up.option.personal_follow_up': 'A personal note based on their interests',
  'question.connection_follow_up.option.sales_pitch': 'A sales message or an offer straight away',
  'question.connection_follow_up.option.give_first':
    'Over time, something useful for them, such as information, an introduction or an opportunity, with no sales ask',
  'question.connection_follow_up.option.thank_you': 'A thank-you message',
  'question.connection_follow_up.option.nothing': 'Nothing in particular',
  'question.share_opportunities.label':
    'We pass on opportunities to customers and partners, such as introductions, leads or referrals, without being asked.',
  'question.share_opportunities.minLabel': 'Strongly disagree',
  'question.share_opportunities.maxLabel': 'Strongly agree',
  'question.referrals.label': 'How do referrals and recommendations usually come about for you?',
  'question.referrals.option.reference_programme': 'Through a referral or reference programme that we track',
  'question.referrals.option.refer_others_first':
    'We help customers and partners and refer business to them, and they refer others to us in return',
  'question.referrals.option.sometimes': 'We ask for them now and then',
  'question.referrals.option.after_success': 'We ask satisfied customers after each successful sale or project',
  'question.referrals.option.never': "We don't work on referrals",
  'question.conversion_path.label': 'How do social-media contacts usually become customers?',
  'question.conversion_path.option.buy_now': "Straight away, through a 'buy now' link or a promo code",
  'question.conversion_path.option.nurture_to_sales':
    'Through several contacts with useful content, leading to a conversation with sales',
  'question.conversion_path.option.chat_to_order': 'Through a chat on a messaging app that ends in an order',
  'question.conversion_path.option.no_path': 'There is no set path',

  'section.measurement.title': 'Measurement',
  'section.measurement.description': 'What you measure, and whether the numbers connect to sales.',
  'question.kpis_tracked.label': 'Which of these do you track for social media? Choose all that apply.',
  'question.kpis_tracked.option.reach_followers': 'Reach and follower numbers',
  'question.kpis_tracked.option.engagement_rate':
    'Engagement rate: reactions, comments, shares and clicks, compared with how many people saw the post',
  'question.kpis_tracked.option.sales_from_social': 'Sales from social media: orders or revenue you can trace to it',
  'question.kpis_tracked.option.ctr': 'Click-through rate (CTR): the share of people who saw a post or ad and clicked its link',
  'question.kpis_tracked.option.cpl':
    'Cost per lead (CPL): ad spend divided by the number of people who left their contact details',
  'question.kpis_tracked.option.downloads': 'Downloads of guides, white papers or case studies',
  'question.kpis_tracked.option.mql_sql':
    'Qualified leads: marketing-qualified leads (MQLs), judged ready for sales by marketing, and sales-qualified leads (SQLs), accepted by sales',
  'question.kpis_tracked.option.lead_to_opportunity':
    'Lead-to-opportunity rate: the share of leads that became a deal in progress, for example with a proposal sent',
  'question.kpis_tracked.option.share_of_voice': 'Share of voice: your share of all mentions of you and your competitors',
  'question.kpis_tracked.option.advocacy_reach': 'Reach of posts shared by employees',
  'question.kpis_tracked.option.nothing': 'None of these',
  'question.crm_tagging.label':
    'Can you tell which leads or sales came from social media, for example by tagging them in your CRM (the system where you track customers and deals)?',
  'question.crm_tagging.option.partly': 'For some of them',
  'question.crm_tagging.option.with_attribution': 'For all of them, and we can follow each to a deal or a repeat purchase',
  'question.crm_tagging.option.untagged': 'No',
  'question.crm_tagging.option.all_tagged': 'For all of them',
  'question.lead_definitions.label':
    'Do you have agreed definitions of a marketing-qualified lead (MQL) and a sales-qualified lead (SQL)?',
  'question.lead_definitions.help':
    'An MQL is a lead that marketing judges ready for sales. An SQL is one that sales has checked, usually with a meeting booked.',
  'question.lead_definitions.option.joint': 'Yes, agreed by marketing and sales',
  'question.lead_definitions.option.none': 'No',
  'question.lead_definitions.option.joint_with_sla': 'Yes, agreed jointly, with a deadline by which sales follows up each lead',
  'question.lead_definitions.option.marketing_only': 'Yes, set by marketing',
  'question.er_method.label': 'How do you calculate engagement rate?',
  'question.er_method.help':
    'Engagement rate is reactions, comments, shares and clicks divided by a base: impressions (times shown), reach (people who saw it) or followers.',
  'question.er_method.option.by_followers': 'Engagements divided by followers',
  'question.er_method.option.not_measured': "We don't calculate it",
  'question.er_method.option.by_impressions': 'Engagements divided by impressions',
  'question.er_method.option.base_unknown': "We use the platform's figure without knowing what it divides by",
  'question.er_method.option.by_reach': 'Engagements divided by reach',

  'section.organisation.title': 'Organisation and governance',
  'section.organisation.description': 'Who runs social media, the rules for it, and how it links to sales.',
  'question.owner.label': 'Who runs social media in your company?',
  'question.owner.option.team': 'A dedicated team',
  'question.owner.option.owner_founder': 'The owner or founder does it',
  'question.owner.option.nobody': 'Nobody in particular',
  'question.owner.option.hub_with_sponsor': 'A team drawn from several departments, with an executive sponsor',
  'question.owner.option.part_time': 'Someone, part-time',
  'question.social_policy.label': 'Do you have a social-media policy for staff?',
  'question.social_policy.option.written': 'A written policy',
  'question.social_policy.option.none': 'No',
  'question.social_policy.option.written_with_training': 'A written policy, with training',
  'question.social_policy.option.informal': 'Informal guidance only',
  'question.sales_alignment.label': 'How closely do the people who sell and the people who run social media work together?',
  'question.sales_alignment.option.shared_goals': 'They share goals',
  'question.sales_alignment.option.none': 'They work separately',
  'question.sales_alignment.option.shared_dashboard': 'They share goals and track them on one dashboard',
  'question.sales_alignment.option.occasional': 'They talk now and then',

  'section.numbers.title': 'Your numbers',
  'section.numbers.description':
    "Optional. With a few figures we can work out your KPIs and compare them with published benchmarks. Use the same period for every figure (the last 90 days works well) and leave blank any you don't have.",
  'question.share_numbers.label': 'Would you like to add your figures and see your KPIs?',
  'question.share_numbers.option.yes': 'Yes, add my figures',
  'question.share_numbers.option.no': 'No, skip this step',
  'question.impressions.label': "Impressions on your company's posts and ads",
  'question.impressions.help': 'How many times your company content was shown, across all platforms.',
  'question.engagements.label': 'Engagements on that content',
  'question.engagements.help': 'Reactions, comments, shares, clicks and follows.',
  'question.clicks.label': 'Clicks on links in your posts and ads',
  'question.ad_spend.label': 'Social-media ad spend',
  'question.ad_spend.help': 'In whole units of your currency. Cost per lead is compared with a benchmark in US dollars.',
  'question.leads.label': 'Leads from social media',
  'question.leads.help': 'People who left their contact details, for example by signing up for a webinar or downloading an eBook.',
  'question.downloads.label': 'Downloads of white papers, case studies and similar content',
  'question.mqls.label': 'Marketing-qualified leads (MQLs) from social media',
  'question.mqls.help': 'Leads that marketing judged ready to pass to sales.',
  'question.sqls.label': 'Sales-qualified leads (SQLs) from social media',
  'question.sqls.help': 'Leads that sales checked and accepted, usually with a meeting booked.',
  'question.opportunities.label': 'Opportunities from social media',
  'question.opportunities.help': 'Qualified deals in progress, such as booked meetings, demos or proposals sent.',
  'question.own_mentions.label': 'Mentions of your company',
  'question.own_mentions.help': 'From a social-listening tool (software that counts mentions across social media), for the same period.',
  'question.competitor_mentions.label': 'Mentions of your main competitors, added together',
  'question.employees.label': 'Number of employees',
  'question.active_advocates.label': 'Employees who shared company content at least once in the period',
  'question.employee_share_impressions.label': 'Impressions on company content shared by employees',
  'question.signups_enquiries.label': 'Newsletter sign-ups, follow-up enquiries and demo or meeting requests',

  'kpi.engagement_rate.label': 'Engagement rate',
  'kpi.engagement_rate.description': 'How often people who saw your content reacted, commented, shared or clicked.',
  'kpi.engagement_rate.base': 'engagements ÷ impressions',
  'kpi.engagement_rate.benchmark.note':
    'Illustrative default for LinkedIn company pages, measured by impressions. Rates measured by followers or per post are not comparable.',
  'kpi.ctr.label': 'Click-through rate (CTR)',
  'kpi.ctr.description': 'How often people who saw your content clicked a link.',
  'kpi.ctr.base': 'clicks ÷ impressions',
  'kpi.ctr.benchmark.note':
    'Illustrative default for LinkedIn Sponsored Content (paid posts). Organic posts and other platforms differ, and LinkedIn counts only chargeable clicks.',
  'kpi.cpl.label': 'Cost per lead (CPL)',
  'kpi.cpl.description': 'What each lead from paid social media cost you.',
  'kpi.cpl.base': 'ad spend ÷ leads',
  'kpi.cpl.benchmark.note':
    'Illustrative default for LinkedIn, in US dollars. The source does not state its method, and cost per lead varies widely by region and industry.',
  'kpi.cost_per_opportunity.label': 'Cost per opportunity',
  'kpi.cost_per_opportunity.description': 'What each qualified deal from paid social media cost you: cost per lead, adjusted for lead quality.',
  'kpi.cost_per_opportunity.base': 'ad spend ÷ opportunities',
  'kpi.lead_to_mql.label': 'Lead-to-MQL rate',
  'kpi.lead_to_mql.description': 'The share of leads that marketing judged ready for sales.',
  'kpi.lead_to_mql.base': 'MQLs ÷ leads',
  'kpi.mql_to_sql.label': 'MQL-to-SQL rate',
  'kpi.mql_to_sql.description': 'The share of marketing-qualified leads that sales accepted.',
  'kpi.mql_to_sql.base': 'SQLs ÷ MQLs',
  'kpi.mql_to_sql.benchmark.note':
    'Illustrative default. Published figures range from a 13% median in one source to 30–60% in another; there is no universal benchmark.',
  'kpi.lead_to_opportunity.label': 'Lead-to-opportunity rate',
  'kpi.lead_to_opportunity.description': 'The share of leads that became qualified deals: the clearest sign of lead quality.',
  'kpi.lead_to_opportunity.base': 'opportunities ÷ leads',
  'kpi.share_of_voice.label': 'Share of voice',
  'kpi.share_of_voice.description': 'Your share of the conversation about you and your competitors.',
  'kpi.share_of_voice.base': "your mentions ÷ (your mentions + competitors' mentions)",
  'kpi.advocacy_participation.label': 'Advocacy participation',
  'kpi.advocacy_participation.description': 'The share of employees who actively share company content.',
  'kpi.advocacy_participation.base': 'active advocates ÷ employees',
  'kpi.advocacy_amplification.label': 'Advocacy amplification',
  'kpi.advocacy_amplification.description': "How much reach your employees add to your company's own.",
  'kpi.advocacy_amplification.base': 'impressions on employee shares ÷ impressions on company content',
  'kpi.downloads.label': 'Content downloads',
  'kpi.downloads.description': 'Downloads of white papers, case studies and similar content: a sign of buying intent.',
  'kpi.relationship_progression.label': 'Relationship progression',
  'kpi.relationship_progression.description':
    'Newsletter sign-ups, follow-up enquiries and demo or meeting requests: contacts moving closer to a sale.',

  'rule.align_practice_with_business_buyers.title': 'You sell to businesses, but your social media speaks to consumers',
  'rule.align_practice_with_business_buyers.body':
    'Most of your choices, such as where you post, what you post and how people buy, sit on the consumer side. Business buyers work the other way: several people decide together, in steps, over months, weighing cost against return. Check each habit against how your buyers decide; the advice below says where to start.',
  'rule.align_practice_with_business_buyers.source':
    'Guide “How B2B social strategy differs from B2C”, the differences between B2B and B2C strategy; guide “Master the essentials of B2B social marketing”: think of a B2B social business network rather than of media',
  'rule.align_practice_with_consumers.title': 'You sell to consumers, but your social media speaks to businesses',
  'rule.align_practice_with_consumers.body':
    'Most of your choices, such as where you post, what you post and how people buy, sit on the business side. Consumers work the other way: each decides alone, quickly and often on a feeling. Check each habit against how your buyers decide; the advice below says where to start.',
  'rule.align_practice_with_consumers.source':
    'Guide “How B2B social strategy differs from B2C”, the B2C side of each difference',

  'rule.invest_in_linkedin.title': 'Invest in LinkedIn and X',
  'rule.invest_in_linkedin.body':
    'Business buyers look for information and talk shop on professional networks, not on visual mass-market platforms. Move most of your effort to LinkedIn and X: complete your company page, get executives and customer-facing staff posting, and join or host an industry group.',
  'rule.invest_in_linkedin.source':
    'Guide “How B2B social strategy differs from B2C”, takeaway: use professional platforms (invest in LinkedIn and X); guide “Master the essentials of B2B social marketing”, practice 1 (start a LinkedIn group)',
  'rule.professional_voice.title': 'Keep a professional voice, and tell stories',
  'rule.professional_voice.body':
    'Business buyers trust a voice that knows their industry. Write in a professional tone, use the words your buyers use, and bring your points to life with short stories of customers and projects rather than jokes and trends.',
  'rule.professional_voice.source': 'Guide “How B2B social strategy differs from B2C”, takeaway: maintain a professional voice, with storytelling',
  'rule.play_long_game.title': 'Play the long game',
  'rule.play_long_game.body':
    'Only about 5% of business buyers are in the market at any one time, and brand-building takes six months or more to pay off. Judge social media over six to twelve months, track early signs such as engaged decision-makers, and put roughly 40–50% of the budget into brand building.',
  'rule.play_long_game.source':
    'Guide “How B2B social strategy differs from B2C”, takeaway: play the long game; the 95-5 rule (LinkedIn B2B Institute, 2021); Binet & Field, 2019',
  'rule.educational_content_first.title': 'Put educational content first',
  'rule.educational_content_first.body':
    'Educational content such as insights, guides, white papers and case studies builds credibility and keeps prospects coming back until they are ready to buy. Aim for at least half of your posts to teach something, and plan what each buyer role needs at each buying stage.',
  'rule.educational_content_first.source':
    'Guide “How B2B social strategy differs from B2C”, takeaway: prioritise educational content; guide “Master the essentials of B2B social marketing”, practice 2 (content for every buyer role at every stage)',
  'rule.show_social_proof.title': 'Show social proof',
  'rule.show_social_proof.body':
    'Buyers want evidence that you deliver. Post client results, testimonials and use cases at least monthly, with numbers where you can: time saved, costs cut, revenue gained.',
  'rule.show_social_proof.source': 'Guide “How B2B social strategy differs from B2C”, takeaway: showcase social proof',
  'rule.track_lead_quality.title': 'Measure lead quality, not just reach',
  'rule.track_lead_quality.body':
    'Reach and likes do not show whether social media brings in business. Agree with sales when a lead counts as marketing-qualified (MQL: ready to pass to sales) and sales-qualified (SQL: checked and accepted by sales), tag social-media leads in your CRM, and track how many leads become opportunities and what each opportunity costs.',
  'rule.track_lead_quality.source':
    'Guide “How B2B social strategy differs from B2C”, success metrics and takeaway: track lead quality; CMI, 2016 (lead quality ranked the top B2B metric)',
  'rule.map_decision_makers.title': 'Map the decision-makers',
  'rule.map_decision_makers.body':
    "A typical B2B purchase involves 6 to 10 people, each with different concerns. List the roles in your buyers' buying group, such as users, technical evaluators, finance and the final signer, note what each needs at each stage, and plan content and outreach for each.",
  'rule.map_decision_makers.source': 'Guide “How B2B social strategy differs from B2C”, takeaway: understand your decision makers; Gartner buying-group research, 2018',
  'rule.expand_company_network.title': 'Expand your company network',
  'rule.expand_company_network.body':
    'Your network is more than your marketing team. Connect sales, service, executives and other staff with customers, partners and influencers, and start an employee advocacy programme with guidelines, ready-to-share content and simple metrics.',
  'rule.expand_company_network.source':
    'Guide “Master the essentials of B2B social marketing”, practice 1: expand the company network; LinkedIn, 2016 (employee shares get twice the click-through rate)',
  'rule.help_and_share.title': 'Help others, and share their content',
  'rule.help_and_share.body':
    "Communities form around people who help. Answer questions and share know-how with no sales pitch attached, and pass on useful posts from customers, partners and peers with your own comment. Aim for about a third of your posts to share or build on other people's work.",
  'rule.help_and_share.source':
    'Guide “Master the essentials of B2B social marketing”, practices 2 and 3: build community by helping others; accelerate information sharing',
  'rule.give_first_to_earn_referrals.title': 'Give first, and referrals follow',
  'rule.give_first_to_earn_referrals.body':
    'Customer referrals are the ultimate aim of B2B marketing, and they are earned by giving. Pass on useful information, introductions and business opportunities to customers, partners and opinion leaders, and support them in what they need. People you have helped recommend you to their colleagues without being asked.',
  'rule.give_first_to_earn_referrals.source':
    'Guide “Master the essentials of B2B social marketing”, practice 4: business referrals, built on reciprocity (give customers, partners and opinion leaders what they need)',
  'rule.strengthen_ties_by_giving.title': 'Turn new connections into relationships by giving',
  'rule.strengthen_ties_by_giving.body':
    "A new connection is a weak tie. It grows strong through what you give, not through a sales message: send a personal note based on the person's interests, then keep offering something useful, such as information, an introduction or an opportunity. When they are ready to buy, they will know whom to ask.",
  'rule.strengthen_ties_by_giving.source':
    'Guide “Master the essentials of B2B social marketing”, practice 5: turn weak ties into strong ties by giving useful information, referrals and opportunities (after Granovetter, 1973)',
  'rule.add_progression_steps.title': 'Give engaged people a next step',
  'rule.add_progression_steps.body':
    'People engage with your content, but fewer than 5% of your leads become opportunities. Add a clear next step to your posts, such as a newsletter sign-up, a webinar, a demo or a meeting, and follow up on each one quickly.',
  'rule.add_progression_steps.source': 'Guide “How B2B social strategy differs from B2C”, KPI: relationship progression',
  'rule.revise_creative_and_offer.title': 'Revise your ads and your offer',
  'rule.revise_creative_and_offer.body':
    'Your click-through rate is below the benchmark band, and sales accepts few of the leads that marketing passes on, so your ads neither attract nor qualify the right people. Test new headlines, visuals and offers aimed at specific buyer roles. Once lead quality is high, a lower click-through rate is an acceptable price: quality over quantity.',
  'rule.revise_creative_and_offer.source':
    'Guide “How B2B social strategy differs from B2C”, KPIs: click-through rate, and lead generation (quality over quantity)',
  'rule.raise_thought_leadership.title': 'Publish expert views more often',
  'rule.raise_thought_leadership.body':
    'Your share of voice, your share of all mentions of you and your competitors, is under 20%: below a fair share if you and about four main competitors split the conversation. Publish expert insights more often, put your executives and specialists forward, and join the industry discussions where your competitors are heard.',
  'rule.raise_thought_leadership.source':
    'Guide “How B2B social strategy differs from B2C”, implementation: B2B strategy centres on expertise and thought leadership',

  'rule.use_visual_platforms.title': 'Put your effort into visual platforms',
  'rule.use_visual_platforms.body':
    'Consumers spend their time on visual, mass-market platforms. Move most of your effort to the one or two where your buyers scroll, such as Instagram, TikTok, YouTube or Facebook, with strong images and short videos made for each.',
  'rule.use_visual_platforms.source':
    'Guide “How B2B social strategy differs from B2C”, platform choice: B2C thrives on visual, mass-market platforms',
  'rule.lead_with_emotion.title': 'Lead with emotion and everyday life',
  'rule.lead_with_emotion.body':
    'Consumers decide quickly, often on a feeling. Make most of your posts entertaining and relatable, in a conversational tone, with trends and eye-catching visuals that make people want the product now.',
  'rule.lead_with_emotion.source':
    'Guide “How B2B social strategy differs from B2C”, content and tone: B2C content is entertaining and relatable, its style conversational; implementation: B2C prioritises emotion and mass appeal',
  'rule.make_buying_quick.title': 'Make it quick to buy',
  'rule.make_buying_quick.body':
    'Consumer decisions are short, so keep the path short too: put a link to buy, a promo code or a chat that ends in an order right where people see the post, and remove every extra step.',
  'rule.make_buying_quick.source':
    'Guide “How B2B social strategy differs from B2C”, goals and sales cycle: B2C seeks quick engagement and direct conversion, on a short cycle of fast decisions',
  'rule.track_reach_and_sales.title': 'Measure reach and the sales it brings',
  'rule.track_reach_and_sales.body':
    'For a consumer brand, success on social media is reach and direct sales. Track how many people you reach and which orders come from social media, with links, promo codes or chat orders you can trace, and compare campaigns by the sales they bring.',
  'rule.track_reach_and_sales.source':
    'Guide “How B2B social strategy differs from B2C”, success metrics: B2C measures impact by reach and direct sales',
  'rule.reply_while_interest_is_hot.title': 'Reply while interest is fresh',
  'rule.reply_while_interest_is_hot.body':
    'Consumers decide quickly and expect quick answers. Reply to comments and messages on the same day, and answer questions about buying first.',
  'rule.reply_while_interest_is_hot.source':
    'Guide “How B2B social strategy differs from B2C”, goals: B2C seeks quick engagement; audience: consumers decide on emotion and urgency',
  'rule.show_customers_love_it.title': 'Show that customers love it',
  'rule.show_customers_love_it.body':
    "Consumers respond to what feels relatable. Share customer reviews and star ratings, customers' own photos and videos, and posts by creators who really use the product, and post some of it at least once a month.",
  'rule.show_customers_love_it.source':
    'Guide “How B2B social strategy differs from B2C”, content: B2C content is relatable; implementation: B2C prioritises emotion and mass appeal',

  'rule.formalise_ownership.title': 'Give social media an owner and rules',
  'rule.formalise_ownership.body':
    'Without an owner, a sponsor and a policy, social media stays a side project. Name an owner, win an executive sponsor, write a short social-media policy with training for staff, and share goals with sales.',
  'rule.formalise_ownership.source': "Altimeter, The Evolution of Social Business, 2013 (the 'formalized' stage)",

  'rule.next_step_audience.title': 'Keep learning what your buyers need',
  'rule.next_step_audience.body':
    'Make learning about buyers a routine: talk with customers regularly, collect what sales and service staff hear, read reviews and comments, and check the picture against who actually engages with your posts.',
  'rule.next_step_audience.source':
    'Guide “How B2B social strategy differs from B2C”, takeaway: understand your decision makers (their needs, challenges and preferences)',
  'rule.next_step_goals.title': 'Set a goal for each time frame',
  'rule.next_step_goals.body':
    'Write down what social media should achieve and by when: an early sign to watch each month, and a result to judge over the time your buyers take to decide, months for business buyers, days or weeks for consumers.',
  'rule.next_step_goals.source':
    'Guide “How B2B social strategy differs from B2C”, goals and sales cycle: the role of social media fits each time frame',
  'rule.next_step_platforms.title': 'Put more of your people on show',
  'rule.next_step_platforms.body':
    'Have the people customers deal with, such as sales and service staff, experts or the founder, keep complete profiles and post in their own words, and take an active part in the groups where your buyers meet.',
  'rule.next_step_platforms.source':
    'Guide “Master the essentials of B2B social marketing”, practice 1: connect sales, service, marketing, executives and staff with customers, partners and influencers',
  'rule.next_step_content.title': 'Plan content for every step to a purchase',
  'rule.next_step_content.body':
    'List the questions buyers have at each step, from noticing a need to choosing, and check that your content answers each one. If you sell to businesses, do it for each role in the buying group.',
  'rule.next_step_content.source':
    'Guide “Master the essentials of B2B social marketing”, practice 2: content for every buyer role at every stage of the purchase',
  'rule.next_step_proof.title': 'Make proof a steady habit',
  'rule.next_step_proof.body':
    'Collect proof as you go: ask for a result, a review or a short story at the end of each sale or project, and post at least one piece a month, in more than one form.',
  'rule.next_step_proof.source':
    'Guide “How B2B social strategy differs from B2C”, takeaway: showcase social proof (client results, testimonials, use cases)',
  'rule.next_step_network.title': 'Bring more of your people and your field into the network',
  'rule.next_step_network.body':
    'Help staff share: give them training, ready-made posts and a simple view of what their shares achieve. Then connect with the people around your business you do not reach yet, such as partners, media and opinion leaders.',
  'rule.next_step_network.source':
    'Guide “Master the essentials of B2B social marketing”, practice 1: connect every future partner, customer and influential person with your staff',
  'rule.next_step_community.title': 'Give more than you ask',
  'rule.next_step_community.body':
    "Pass on other people's useful posts with your own comment, answer questions on the day they are asked, and give your community ways to help each other, not only to hear from you.",
  'rule.next_step_community.source':
    'Guide “Master the essentials of B2B social marketing”, practices 2 and 3: build community by helping others; share information from other sources',
  'rule.next_step_relationships.title': 'Turn customers into advocates',
  'rule.next_step_relationships.body':
    'Keep giving to the customers and partners who already trust you: useful information, introductions, opportunities. Notice who recommends you, thank them and help them in return; advocates grow from that give and take.',
  'rule.next_step_relationships.source':
    'Guide “Master the essentials of B2B social marketing”, practice 5: turn customers into advocates and weak ties into strong ties',
  'rule.next_step_measurement.title': 'Follow social media through to sales',
  'rule.next_step_measurement.body':
    'Tag every lead or order that comes from social media and follow it to a deal or a repeat purchase, and state the base of every rate you report: impressions, reach or followers.',
  'rule.next_step_measurement.source':
    'Guide “How B2B social strategy differs from B2C”, success metrics: lead quality and relationship progress for B2B, reach and direct sales for B2C',
  'rule.next_step_organisation.title': "Make social media part of everyone's job",
  'rule.next_step_organisation.body':
    'Give social media an executive sponsor and people from several departments, train staff on a written policy, and track shared goals with sales on one dashboard.',
  'rule.next_step_organisation.source':
    "Altimeter, The Evolution of Social Business, 2013 (the 'formalized' stage); guide “Master the essentials of B2B social marketing”: every employee shares the same business goal",
};
