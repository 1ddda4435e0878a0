package org.storerecon.jobs.normalize;

import static org.storerecon.jobs.normalize.DomainColumns.BRANCH_DIVISION_CODE;
import static org.storerecon.jobs.normalize.DomainColumns.BRANCH_SUFFIX;
import static org.storerecon.jobs.normalize.DomainColumns.CLAIM_WORDS;
import static org.storerecon.jobs.normalize.DomainColumns.CODE_INVALID_REASON;
import static org.storerecon.jobs.normalize.DomainColumns.CODE_NORM;
import static org.storerecon.jobs.normalize.DomainColumns.CODE_STATUS;
import static org.storerecon.jobs.normalize.DomainColumns.CODE_TYPE;
import static org.storerecon.jobs.normalize.DomainColumns.DESCRIPTIVE_WORDS;
import static org.storerecon.jobs.normalize.DomainColumns.IS_BRANCH;
import static org.storerecon.jobs.normalize.DomainColumns.NAME_CITY_CODE;
import static org.storerecon.jobs.normalize.DomainColumns.NAME_CORE;
import static org.storerecon.jobs.normalize.DomainColumns.NAME_DIVISION_CODE;
import static org.storerecon.jobs.normalize.DomainColumns.NAME_INDUSTRY;
import static org.storerecon.jobs.normalize.DomainColumns.NAME_NORM;
import static org.storerecon.jobs.normalize.DomainColumns.NAME_PROVINCE_CODE;
import static org.storerecon.jobs.normalize.DomainColumns.ORG_FORM;
import static org.storerecon.jobs.normalize.DomainColumns.SHOP_CORE;
import static org.storerecon.jobs.normalize.DomainColumns.SHOP_NAME_NORM;
import static org.storerecon.jobs.normalize.DomainColumns.SHOP_NAME_STORE_TYPE;

import java.util.Locale;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.storerecon.common.address.AddressDivisions;
import org.storerecon.common.code.CodeCheck;
import org.storerecon.common.code.IdentityCodes;
import org.storerecon.common.name.CompanyName;
import org.storerecon.common.name.CompanyNameParser;
import org.storerecon.common.name.NameNormalizer;
import org.storerecon.common.name.ShopName;
import org.storerecon.common.name.ShopNameParser;
import org.storerecon.common.phone.Phones;

/**
 * The domain library as Spark functions, defined once. Each wraps one pure parser of
 * {@code common}; the parsers are per-JVM singletons, so executors load their dictionaries once.
 * Null in, null out.
 */
public final class DomainFunctions {

  static final StructType CODE = new StructType()
      .add(CODE_NORM, DataTypes.StringType)
      .add(CODE_TYPE, DataTypes.StringType)
      .add(CODE_STATUS, DataTypes.StringType)
      .add(CODE_INVALID_REASON, DataTypes.StringType);

  static final StructType COMPANY_NAME = new StructType()
      .add(NAME_NORM, DataTypes.StringType)
      .add(NAME_CORE, DataTypes.StringType)
      .add(NAME_INDUSTRY, DataTypes.StringType)
      .add(ORG_FORM, DataTypes.StringType)
      .add(NAME_DIVISION_CODE, DataTypes.StringType)
      .add(NAME_CITY_CODE, DataTypes.StringType)
      .add(NAME_PROVINCE_CODE, DataTypes.StringType)
      .add(IS_BRANCH, DataTypes.BooleanType)
      .add(BRANCH_SUFFIX, DataTypes.StringType)
      .add(BRANCH_DIVISION_CODE, DataTypes.StringType);

  static final StructType SHOP_NAME = new StructType()
      .add(SHOP_NAME_NORM, DataTypes.StringType)
      .add(SHOP_CORE, DataTypes.StringType)
      .add(SHOP_NAME_STORE_TYPE, DataTypes.StringType)
      .add(CLAIM_WORDS, DataTypes.createArrayType(DataTypes.StringType))
      .add(DESCRIPTIVE_WORDS, DataTypes.createArrayType(DataTypes.StringType));

  /** Identity code (USCC or legacy number) → {@link #CODE} struct; an absent code has status {@code absent}. */
  public static final UserDefinedFunction CHECK_CODE = functions.udf((UDF1<String, org.apache.spark.sql.Row>) raw -> {
    CodeCheck check = IdentityCodes.check(raw);
    return RowFactory.create(check.code().isEmpty() ? null : check.code(), check.type().name().toLowerCase(Locale.ROOT),
        check.status().label(), check.reasonLabel());
  }, CODE).asNonNullable();

  /** Company name → {@link #COMPANY_NAME} struct, or null for a null name. */
  public static final UserDefinedFunction PARSE_COMPANY_NAME = functions.udf((UDF1<String, org.apache.spark.sql.Row>) name -> {
    if (name == null) {
      return null;
    }
    CompanyName n = CompanyNameParser.standard().parse(name);
    return RowFactory.create(n.normalized(), n.tradeName().isEmpty() ? null : n.tradeName(), n.industry(), n.canonicalForm(),
        n.divisionCode(), n.cityCode(), n.provinceCode(), n.isBranch(), n.branch(), n.branchDivisionCode());
  }, COMPANY_NAME);

  /** Shop name → {@link #SHOP_NAME} struct, or null for a null name. */
  public static final UserDefinedFunction PARSE_SHOP_NAME = functions.udf((UDF1<String, org.apache.spark.sql.Row>) name -> {
    if (name == null) {
      return null;
    }
    ShopName n = ShopNameParser.standard().parse(name);
    return RowFactory.create(n.normalized(), n.core().isEmpty() ? null : n.core(),
        n.storeType() == null ? null : n.storeType().name().toLowerCase(Locale.ROOT),
        n.claimWords().toArray(String[]::new), n.descriptiveWords().toArray(String[]::new));
  }, SHOP_NAME);

  /** Phone field → array of canonical numbers (empty when none), or null for null. */
  public static final UserDefinedFunction CANONICAL_PHONES = functions.udf(
      (UDF1<String, String[]>) field -> field == null ? null : Phones.canonicalNumbers(field).toArray(String[]::new),
      DataTypes.createArrayType(DataTypes.StringType));

  /** Address → the most specific division code it names, or null. */
  public static final UserDefinedFunction ADDRESS_DIVISION = functions.udf(
      (UDF1<String, String>) address -> address == null ? null : AddressDivisions.bundled().divisionCode(address),
      DataTypes.StringType);

  /** Any name → its normalised form. */
  public static final UserDefinedFunction NORMALIZE_NAME = functions.udf(
      (UDF1<String, String>) name -> name == null ? null : NameNormalizer.standard().normalize(name), DataTypes.StringType);

  private DomainFunctions() {}
}
