package org.storerecon.jobs.generate;

import java.io.Serializable;

/**
 * The parts of a registered name (region + 字号 + industry + organisation form), kept so that
 * shops can show the variants a person would write.
 *
 * @param style how the parts are put together
 * @param region region word (杭州, 浙江, 杭州市西湖区); for branches the branch's own place
 * @param tradeName 字号
 * @param industry industry word (服饰)
 * @param form organisation form (有限公司, 商行, 专业合作社, 分公司)
 * @param parentName registered name of the parent company, for branches; empty otherwise
 */
record NameParts(Style style, String region, String tradeName, String industry, String form, String parentName)
    implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String OPEN = "（";
  static final String CLOSE = "）";

  /** How a name is composed. */
  enum Style {
    /** 杭州华达服饰有限公司. */
    PREFIX,
    /** 华达服饰（杭州）有限公司. */
    BRACKETED,
    /** 上海华达服饰有限公司杭州分公司. */
    BRANCH
  }

  String compose() {
    return switch (style) {
      case PREFIX -> region + tradeName + industry + form;
      case BRACKETED -> tradeName + industry + OPEN + region + CLOSE + form;
      case BRANCH -> parentName + region + form;
    };
  }

  /** The name without its region word, or empty where the region is part of the identity (branches). */
  String withoutRegion() {
    return style == Style.BRANCH ? "" : tradeName + industry + form;
  }

  /** The region moved into or out of brackets, or empty for branches. */
  String bracketSwapped() {
    return switch (style) {
      case PREFIX -> new NameParts(Style.BRACKETED, region, tradeName, industry, form, parentName).compose();
      case BRACKETED -> new NameParts(Style.PREFIX, region, tradeName, industry, form, parentName).compose();
      case BRANCH -> "";
    };
  }
}
