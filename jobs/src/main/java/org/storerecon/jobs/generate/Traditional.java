package org.storerecon.jobs.generate;

import java.util.HashMap;
import java.util.Map;

/**
 * Simplified to traditional characters for the characters the generator's vocabulary uses: enough
 * to write traditional-character variants of generated names and brands.
 */
final class Traditional {

  /** Pairs of (simplified, traditional) characters. */
  private static final String PAIRS =
      "华華达達丰豐远遠兴興万萬汇匯诚誠辉輝龙龍凤鳳创創锦錦顺順众眾荣榮贵貴云雲蓝藍绿綠红紅韵韻优優润潤泽澤联聯"
          + "饰飾装裝制製业業贸貿叶葉类類销銷酿釀厨廚医醫药藥电電数數码碼讯訊妆妝宝寶黄黃体體运運动動户戶纺紡婴嬰儿兒"
          + "责責经經营營网網专專种種养養伙夥东東广廣门門苏蘇阳陽长長乐樂岛島汉漢庆慶宁寧滨濱辽遼连連济濟郑鄭开開兰蘭"
          + "乌烏鲁魯齐齊尔爾区區县縣镇鎮乡鄉号號舰艦权權卖賣许許张張杨楊刘劉陈陳赵趙吴吳孙孫马馬郑鄭罗羅谢謝韩韓邓鄧"
          + "萧蕭叶葉苏蘇鱼魚鸡雞鸭鴨烧燒饭飯馆館楼樓阁閣斋齋记記庄莊坊坊车車轩軒浓濃园園乐樂银銀铁鐵钢鋼书書画畫"
          + "为為实實时時际際国國门門";

  private static final Map<Character, Character> MAP = new HashMap<>();

  static {
    for (int i = 0; i + 1 < PAIRS.length(); i += 2) {
      MAP.put(PAIRS.charAt(i), PAIRS.charAt(i + 1));
    }
  }

  private Traditional() {}

  /** The text with every known simplified character replaced by its traditional form. */
  static String convert(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      sb.append(MAP.getOrDefault(c, c));
    }
    return sb.toString();
  }
}
