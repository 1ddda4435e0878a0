package org.storerecon.jobs.normalize;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.transform;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.storerecon.common.contract.Contract;
import org.storerecon.common.contract.InputSpec;

/**
 * Adds the domain library's keys to canonical shops and entities (see {@link DomainColumns}):
 * checked identity code, parsed company name, canonical phones, address division; for shops also
 * the parsed shop name, for entities the normalised former names. Narrow (no shuffle): one pass of
 * per-row functions. Brands pass through unchanged.
 */
public final class NormalizeRecords {

  private static final String CODE = "_code";
  private static final String NAME = "_name";
  private static final String SHOP_NAME = "_shop_name";

  public Dataset<Row> apply(InputSpec spec, Dataset<Row> canonical) {
    if (spec.equals(Contract.SHOPS)) {
      return shops(canonical);
    }
    if (spec.equals(Contract.ENTITIES)) {
      return entities(canonical);
    }
    return canonical;
  }

  /** Shops: keys from the licence they show and from the shop name. */
  public Dataset<Row> shops(Dataset<Row> shops) {
    return flatten(shops
        .withColumn(CODE, DomainFunctions.CHECK_CODE.apply(col("license_code")))
        .withColumn(NAME, DomainFunctions.PARSE_COMPANY_NAME.apply(col("license_name")))
        .withColumn(SHOP_NAME, DomainFunctions.PARSE_SHOP_NAME.apply(col("shop_name")))
        .withColumn(DomainColumns.PHONES, DomainFunctions.CANONICAL_PHONES.apply(col("phone")))
        .withColumn(DomainColumns.ADDRESS_DIVISION_CODE, DomainFunctions.ADDRESS_DIVISION.apply(col("address"))),
        CODE, NAME, SHOP_NAME);
  }

  /** Entities: keys from the registration; the USCC is the code, the legacy number when there is none. */
  public Dataset<Row> entities(Dataset<Row> entities) {
    return flatten(entities
        .withColumn(CODE, DomainFunctions.CHECK_CODE.apply(coalesce(col("uscc"), col("reg_no"))))
        .withColumn(NAME, DomainFunctions.PARSE_COMPANY_NAME.apply(col("name")))
        .withColumn(DomainColumns.FORMER_NAMES_NORM, transform(col("former_names"), (Column name) -> DomainFunctions.NORMALIZE_NAME.apply(name)))
        .withColumn(DomainColumns.PHONES, DomainFunctions.CANONICAL_PHONES.apply(col("phone")))
        .withColumn(DomainColumns.ADDRESS_DIVISION_CODE, DomainFunctions.ADDRESS_DIVISION.apply(col("address"))),
        CODE, NAME);
  }

  private static Dataset<Row> flatten(Dataset<Row> withStructs, String... structs) {
    Column[] columns = new Column[1 + structs.length];
    columns[0] = col("*");
    for (int i = 0; i < structs.length; i++) {
      columns[i + 1] = col(structs[i] + ".*");
    }
    return withStructs.select(columns).drop(structs);
  }
}
