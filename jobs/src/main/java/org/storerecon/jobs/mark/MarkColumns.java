package org.storerecon.jobs.mark;

/**
 * Column names and values of {@code brand_mark}, {@code enforcement_lead} and
 * {@code lead_cross_region}, and of the mark stage's working frames.
 */
public final class MarkColumns {
  // brand_mark (key platform, shop_id, brand_id)
  public static final String PLATFORM = "platform";
  public static final String SHOP_ID = "shop_id";
  public static final String BRAND_ID = "brand_id";
  public static final String BRAND_NAME = "brand_name";
  public static final String TIER = "tier";
  public static final String SHOP_NAME = "shop_name";
  public static final String SHOP_TYPE = "shop_type";
  public static final String MAIN_CATEGORY = "main_category";
  public static final String MATCHED_TEXT = "matched_text";
  /** Where the brand was found: {@link #IN_SHOP_NAME}, {@link #IN_LICENSE_NAME}. */
  public static final String MATCHED_IN = "matched_in";
  /** The mention is a disguise (L V, ＬＶ, 張小泉, GUCC1), not one of the listed spellings. */
  public static final String OBFUSCATED = "obfuscated";
  /** The brand is the 字号 the shop's licence shows: the operator uses the name it is registered under. */
  public static final String OWN_TRADE_NAME = "own_trade_name";
  public static final String RELATION = "relation";
  /** Registry key of the shop's linked entity (null unless linked). */
  public static final String USCC = "uscc";
  public static final String IN_SCOPE = "in_scope";
  public static final String CLAIM = "claim";
  public static final String CLAIM_WORDS = "claim_words";
  public static final String RISK_SCORE = "risk_score";
  public static final String LEAD = "lead";
  public static final String REASONS = "reasons";
  public static final String RUN_DATE = "run_date";

  // enforcement_lead (key lead_id)
  public static final String LEAD_ID = "lead_id";
  /** The reason the lead id is made of: {@link #PROTECTED_BRAND} or a resolution signal. */
  public static final String REASON = "reason";
  public static final String JURISDICTION_CODE = "jurisdiction_code";
  /** {@code entity} or {@code shop_address}. */
  public static final String JURISDICTION_SOURCE = "jurisdiction_source";
  public static final String ENTITY_STATUS = "entity_status";
  public static final String ENTITY_PROVINCE_CODE = "entity_province_code";
  public static final String SHOP_PROVINCE_CODE = "shop_province_code";
  public static final String OUT_OF_PROVINCE = "out_of_province";
  public static final String FIRST_SEEN = "first_seen";
  public static final String LAST_SEEN = "last_seen";
  public static final String CLOSED_ON = "closed_on";
  public static final String STATUS = "status";
  // lead_cross_region
  public static final String ENTITY_PROVINCE_NAME = "entity_province_name";

  // values
  public static final String IN_SHOP_NAME = "shop_name";
  public static final String IN_LICENSE_NAME = "license_name";
  public static final String PROTECTED_BRAND = "protected_brand";
  public static final String SOURCE_ENTITY = "entity";
  public static final String SOURCE_SHOP_ADDRESS = "shop_address";
  public static final String NEW = "new";
  public static final String OPEN = "open";
  public static final String CLOSED = "closed";

  // working columns
  static final String MENTIONS = "_mentions";
  static final String MENTION = "_mention";
  static final String WEAK = "_weak";
  static final String NICE_CLASSES = "_nice_classes";
  static final String CATEGORY_CLASSES = "_category_classes";
  static final String OWNER_CODE = "_owner_code";
  static final String LICENSEE_CODES = "_licensee_codes";
  static final String DESCRIPTIVE_WORDS = "_descriptive_words";
  static final String SIGNALS = "_signals";
  static final String CANDIDATE = "_candidate";
  static final String SHOP_NAME_NORM = "_shop_name_norm";
  static final String CATEGORY_SOURCE = "_category_source";
  static final String BY_CANDIDATE = "_by_candidate";
  static final String SHOP_STATUS = "_shop_status";
  static final String SHOP_DIVISION = "_shop_division";
  static final String ENTITY_KEY = "_entity_key";
  static final String ENTITY_DIVISION = "_entity_division";
  static final String ENTITY_ADDRESS_DIVISION = "_entity_address_division";
  static final String ENTITY_NAME_DIVISION = "_entity_name_division";

  private MarkColumns() {}
}
