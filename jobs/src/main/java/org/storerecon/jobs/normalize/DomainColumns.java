package org.storerecon.jobs.normalize;

/**
 * Names of the columns the normalise step adds to {@code shops} and {@code entities}. Shops take
 * them from the licence they show ({@code license_code}, {@code license_name}), entities from
 * their registration ({@code uscc}/{@code reg_no}, {@code name}).
 */
public final class DomainColumns {
  /** Identity code after folding (upper case, no separators, look-alikes fixed); null when absent. */
  public static final String CODE_NORM = "code_norm";
  /** {@code uscc}, {@code legacy} (15-digit registration number) or {@code unknown}. */
  public static final String CODE_TYPE = "code_type";
  /** {@code valid}, {@code legacy_pilot}, {@code invalid} or {@code absent}. */
  public static final String CODE_STATUS = "code_status";
  /** Why an invalid code is invalid (length, charset, organisation_check, overall_check, division). */
  public static final String CODE_INVALID_REASON = "code_invalid_reason";
  /** Company name after normalisation (width, brackets, punctuation, traditional characters, case). */
  public static final String NAME_NORM = "name_norm";
  /** The 字号 (trade name), the distinctive core of the name. */
  public static final String NAME_CORE = "name_core";
  /** Industry words after the 字号. */
  public static final String NAME_INDUSTRY = "name_industry";
  /** Organisation form, canonical (有限责任公司 → 有限公司). */
  public static final String ORG_FORM = "org_form";
  /** The most specific division the name's region names. */
  public static final String NAME_DIVISION_CODE = "name_division_code";
  /** City-level division of the name's region. */
  public static final String NAME_CITY_CODE = "name_city_code";
  /** Province of the name's region. */
  public static final String NAME_PROVINCE_CODE = "name_province_code";
  /** Whether the name is a branch (…分公司, …营业部, …路店). */
  public static final String IS_BRANCH = "is_branch";
  /** The branch part of the name. */
  public static final String BRANCH_SUFFIX = "branch_suffix";
  /** The division the branch part of the name starts with (杭州上塘路店 → 330100), or null. */
  public static final String BRANCH_DIVISION_CODE = "branch_division_code";
  /** Canonical phone numbers. */
  public static final String PHONES = "phones";
  /** The most specific division the address names. */
  public static final String ADDRESS_DIVISION_CODE = "address_division_code";
  /** Entities: former names, normalised. */
  public static final String FORMER_NAMES_NORM = "former_names_norm";
  /** Shops: the shop name, normalised. */
  public static final String SHOP_NAME_NORM = "shop_name_norm";
  /** Shops: the brand or core part of the shop name. */
  public static final String SHOP_CORE = "shop_core";
  /** Shops: the store type the name's suffix declares (flagship, franchise, ...). */
  public static final String SHOP_NAME_STORE_TYPE = "shop_name_store_type";
  /** Shops: claim words in the shop name (官方, 旗舰, 授权, ...). */
  public static final String CLAIM_WORDS = "claim_words";
  /** Shops: descriptive words in the shop name (专营, 代购, ...). */
  public static final String DESCRIPTIVE_WORDS = "descriptive_words";

  private DomainColumns() {}
}
