package org.storerecon.common.contract;

import static org.storerecon.common.contract.Field.optional;
import static org.storerecon.common.contract.Field.optionalEnum;
import static org.storerecon.common.contract.Field.required;
import static org.storerecon.common.contract.Field.requiredEnum;

import java.util.List;
import java.util.Map;

/**
 * The input side of the data contract ({@code docs/data-contract.md}) in code: every input, its
 * columns, types, keys and accepted enum spellings. Ingestion checks files against it and the
 * generator writes files that conform to it.
 */
public final class Contract {

  /** Separator of multi-valued cells. */
  public static final String LIST_SEPARATOR = "|";

  /** Shop store types; Chinese platform labels are accepted. */
  public static final Map<String, String> SHOP_TYPES = Map.ofEntries(
      Map.entry("flagship", "flagship"), Map.entry("旗舰店", "flagship"),
      Map.entry("franchise", "franchise"), Map.entry("专卖店", "franchise"),
      Map.entry("specialty", "specialty"), Map.entry("专营店", "specialty"),
      Map.entry("enterprise", "enterprise"), Map.entry("企业店", "enterprise"),
      Map.entry("individual", "individual"), Map.entry("个人店", "individual"));

  /** Shop status. */
  public static final Map<String, String> SHOP_STATUSES = Map.of(
      "open", "open", "closed", "closed", "营业", "open", "关闭", "closed", "已关闭", "closed");

  /** Registry entity types. */
  public static final Map<String, String> ENTITY_TYPES = Map.ofEntries(
      Map.entry("company", "company"), Map.entry("公司", "company"), Map.entry("企业", "company"),
      Map.entry("individual", "individual"), Map.entry("个体工商户", "individual"), Map.entry("个体", "individual"),
      Map.entry("partnership", "partnership"), Map.entry("合伙企业", "partnership"),
      Map.entry("cooperative", "cooperative"), Map.entry("农民专业合作社", "cooperative"), Map.entry("合作社", "cooperative"),
      Map.entry("branch", "branch"), Map.entry("分公司", "branch"), Map.entry("分支机构", "branch"),
      Map.entry("other", "other"), Map.entry("其他", "other"));

  /** Registry entity status. */
  public static final Map<String, String> ENTITY_STATUSES = Map.ofEntries(
      Map.entry("active", "active"), Map.entry("存续", "active"), Map.entry("在业", "active"), Map.entry("开业", "active"),
      Map.entry("deregistered", "deregistered"), Map.entry("注销", "deregistered"),
      Map.entry("revoked", "revoked"), Map.entry("吊销", "revoked"),
      Map.entry("moved_out", "moved_out"), Map.entry("迁出", "moved_out"));

  /** Protected-brand tiers. */
  public static final Map<String, String> BRAND_TIERS = Map.ofEntries(
      Map.entry("well_known", "well_known"), Map.entry("驰名商标", "well_known"),
      Map.entry("time_honored", "time_honored"), Map.entry("老字号", "time_honored"), Map.entry("中华老字号", "time_honored"),
      Map.entry("provincial", "provincial"), Map.entry("省重点商标", "provincial"),
      Map.entry("registered", "registered"), Map.entry("注册商标", "registered"));

  /** One snapshot of platform shops; key {@code (platform, shop_id)}. */
  public static final InputSpec SHOPS = new InputSpec("shops", List.of(
      required("platform", FieldType.IDENTIFIER),
      required("shop_id", FieldType.STRING),
      required("shop_name", FieldType.STRING),
      optionalEnum("shop_type", SHOP_TYPES),
      optional("main_category", FieldType.STRING),
      optional("license_name", FieldType.STRING),
      optional("license_code", FieldType.STRING),
      optional("legal_rep", FieldType.STRING),
      optional("phone", FieldType.STRING),
      optional("address", FieldType.STRING),
      optional("opened_on", FieldType.DATE),
      optionalEnum("status", SHOP_STATUSES)),
      List.of("platform", "shop_id"), List.of());

  /**
   * One snapshot of the market-entity registry; key {@code uscc}, or {@code reg_no} for legacy
   * entities without a USCC.
   */
  public static final InputSpec ENTITIES = new InputSpec("entities", List.of(
      optional("uscc", FieldType.STRING),
      optional("reg_no", FieldType.STRING),
      required("name", FieldType.STRING),
      optional("former_names", FieldType.LIST),
      optionalEnum("entity_type", ENTITY_TYPES),
      optional("legal_rep", FieldType.STRING),
      optional("address", FieldType.STRING),
      optional("division_code", FieldType.STRING),
      optionalEnum("status", ENTITY_STATUSES),
      optional("established_on", FieldType.DATE),
      optional("phone", FieldType.STRING),
      optional("business_scope", FieldType.STRING)),
      List.of("uscc", "reg_no"), List.of("uscc", "reg_no"));

  /** The protected-brand list; key {@code brand_id}. */
  public static final InputSpec BRANDS = new InputSpec("brands", List.of(
      required("brand_id", FieldType.STRING),
      required("brand_name", FieldType.STRING),
      optional("aliases", FieldType.LIST),
      requiredEnum("tier", BRAND_TIERS),
      optional("nice_classes", FieldType.LIST),
      optional("owner_code", FieldType.STRING),
      optional("owner_name", FieldType.STRING),
      optional("licensee_codes", FieldType.LIST)),
      List.of("brand_id"), List.of());

  /** Ground truth of shop resolution (evaluation only); {@code uscc} empty when not registered. */
  public static final InputSpec LABELS = new InputSpec("labels", List.of(
      required("platform", FieldType.IDENTIFIER),
      required("shop_id", FieldType.STRING),
      optional("uscc", FieldType.STRING),
      optional("identity_shown", FieldType.STRING)),
      List.of("platform", "shop_id"), List.of());

  /** Ground truth of brand leads (evaluation only). */
  public static final InputSpec BRAND_LABELS = new InputSpec("brand_labels", List.of(
      required("platform", FieldType.IDENTIFIER),
      required("shop_id", FieldType.STRING),
      required("brand_id", FieldType.STRING),
      required("lead", FieldType.STRING)),
      List.of("platform", "shop_id", "brand_id"), List.of());

  /** The three pipeline inputs, in ingestion order: the registry first, so shops can be checked against it. */
  public static final List<InputSpec> PIPELINE_INPUTS = List.of(ENTITIES, BRANDS, SHOPS);

  private Contract() {}
}
