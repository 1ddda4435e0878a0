package org.storerecon.jobs.generate;

import java.util.List;
import java.util.Map;

/**
 * Word pools for realistic Chinese names, addresses and phones. Data, not knobs: the shares with
 * which they are used live in the configuration.
 */
final class Vocabulary {

  /** Characters of 字号 (trade names), the distinctive part of a registered name. */
  static final String TRADE_CHARS =
      "华达鑫盛源泰隆恒丰瑞祥金宏远佳美新兴万嘉福德安康永利通汇信诚宇辉海天龙凤明光正邦力豪创博锦顺众合和平荣昌富贵"
          + "星月云山川江河湖蓝绿青红紫雅韵尚品优良润泽晟昊睿智慧联科";

  /** Common surnames. */
  static final String SURNAMES =
      "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜"
          + "崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";

  /** Characters of given names. */
  static final String GIVEN_CHARS =
      "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华玉萍红娥玲芬燕彬鹏辉斌宇浩凯健俊帆帅旭宁晨阳佳欣怡婷雪琳颖倩慧莉晶";

  static final List<String> ROADS = List.of("人民路", "解放路", "中山路", "建设路", "文化路", "新华路", "和平路", "胜利路",
      "长江路", "黄河路", "青年路", "学府路", "工业大道", "振兴路", "繁华大道", "滨江路", "光明街", "东风路", "幸福路", "朝阳路");

  /** Company organisation forms; repeated entries make the common form more frequent. */
  static final List<String> COMPANY_FORMS = List.of("有限公司", "有限公司", "有限公司", "有限公司", "有限公司", "有限公司",
      "有限责任公司", "有限责任公司", "股份有限公司");
  static final String LIMITED = "有限公司";
  static final String LIMITED_LIABILITY = "有限责任公司";
  static final String JOINT_STOCK = "股份有限公司";

  static final List<String> INDIVIDUAL_FORMS = List.of("店", "商行", "经营部", "工作室", "商店", "便利店", "网店");
  static final List<String> OLD_FORMS = List.of("厂", "商行", "经营部", "贸易公司");
  static final List<String> COOPERATIVE_FORMS = List.of("专业合作社", "种植专业合作社", "产销专业合作社");
  static final List<String> PARTNERSHIP_FORMS = List.of("合伙企业（有限合伙）", "合伙企业（普通合伙）");
  static final String BRANCH = "分公司";
  static final String SALES_OFFICE = "营业部";

  /** Nicknames of individual sellers' shops. */
  static final List<String> NICK_WORDS = List.of("阳光", "快乐", "甜心", "小鹿", "星星", "木子", "糖果", "花开", "清风", "暖暖",
      "小确幸", "森林", "柠檬", "喵喵", "橙子", "初见");

  static final String SCOPE_TAIL = "；日用百货销售；互联网销售（除销售需要许可的商品）。（依法须经批准的项目，经相关部门批准后方可开展经营活动）";

  /** Descriptive (non-claim) words of shops that resell or describe a brand. */
  static final List<String> DESCRIPTIVE_WORDS = List.of("专营", "代购", "同款", "二手", "海外代购", "精选");

  /** Owner and licensee shop suffixes. */
  static final List<String> OWNER_SUFFIXES = List.of("官方旗舰店", "旗舰店", "官方店");
  static final List<String> LICENSEE_SUFFIXES = List.of("专卖店", "授权专卖店", "授权店");

  /** Store-type suffixes of ordinary shop names, by English shop_type code. */
  static final Map<String, List<String>> SHOP_SUFFIXES = Map.of(
      "flagship", List.of("旗舰店"),
      "franchise", List.of("专卖店"),
      "specialty", List.of("专营店"),
      "enterprise", List.of("企业店", "店", "商城"),
      "individual", List.of("小店", "店铺", "精品店", "小铺", "杂货铺", "优选", "好物"));

  /** Shop types each platform uses. */
  static final Map<String, List<String>> PLATFORM_SHOP_TYPES = Map.of(
      "tmall", List.of("flagship", "franchise", "specialty"),
      "jd", List.of("flagship", "franchise", "specialty", "enterprise"),
      "taobao", List.of("enterprise", "individual", "individual"),
      "pdd", List.of("flagship", "specialty", "enterprise", "individual"),
      "douyin", List.of("flagship", "enterprise", "individual"),
      "kaola", List.of("flagship", "specialty"));
  static final List<String> ANY_SHOP_TYPES = List.of("flagship", "franchise", "specialty", "enterprise", "individual");

  /** Chinese platform label of each English shop_type code. */
  static final Map<String, String> SHOP_TYPE_LABELS = Map.of(
      "flagship", "旗舰店", "franchise", "专卖店", "specialty", "专营店", "enterprise", "企业店", "individual", "个人店");

  /** Mobile number prefixes. */
  static final List<String> MOBILE_PREFIXES = List.of("130", "131", "132", "135", "136", "137", "138", "139", "150",
      "151", "152", "155", "158", "159", "166", "173", "177", "180", "182", "185", "186", "187", "188", "189", "199");

  /** Landline area code of each province's capital, by two-digit province prefix. */
  static final Map<String, String> AREA_CODES = Map.ofEntries(
      Map.entry("11", "010"), Map.entry("12", "022"), Map.entry("13", "0311"), Map.entry("14", "0351"),
      Map.entry("15", "0471"), Map.entry("21", "024"), Map.entry("22", "0431"), Map.entry("23", "0451"),
      Map.entry("31", "021"), Map.entry("32", "025"), Map.entry("33", "0571"), Map.entry("34", "0551"),
      Map.entry("35", "0591"), Map.entry("36", "0791"), Map.entry("37", "0531"), Map.entry("41", "0371"),
      Map.entry("42", "027"), Map.entry("43", "0731"), Map.entry("44", "020"), Map.entry("45", "0771"),
      Map.entry("46", "0898"), Map.entry("50", "023"), Map.entry("51", "028"), Map.entry("52", "0851"),
      Map.entry("53", "0871"), Map.entry("54", "0891"), Map.entry("61", "029"), Map.entry("62", "0931"),
      Map.entry("63", "0971"), Map.entry("64", "0951"), Map.entry("65", "0991"));
  static final String DEFAULT_AREA_CODE = "010";

  /** Consonants and vowels of synthesised Latin brand names. */
  static final String LATIN_CONSONANTS = "BCDFGKLMNPRSTVZ";
  static final String LATIN_VOWELS = "AEIOU";

  private Vocabulary() {}
}
