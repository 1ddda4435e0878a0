package org.storerecon.jobs.normalize;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import java.util.Optional;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.storerecon.common.code.CodeStatus;
import org.storerecon.common.code.InvalidReason;
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

  /**
   * Normalises one input's canonical rows.
   *
   * @param registry the normalised entities of this run, read by the shops step; empty when absent
   */
  public Dataset<Row> apply(InputSpec spec, Dataset<Row> canonical, Optional<Dataset<Row>> registry) {
    if (spec.equals(Contract.SHOPS)) {
      return shops(canonical, registry);
    }
    if (spec.equals(Contract.ENTITIES)) {
      return entities(canonical);
    }
    return canonical;
  }

  /**
   * Shops: keys from the licence they show and from the shop name.
   *
   * <p>A shown code that fails only the overall check looks like a pilot-era code, but a
   * one-character typo in the division part or in the check character looks the same. It stays
   * {@code legacy_pilot} only when the registry holds that very code; otherwise it is
   * {@code invalid} ({@code overall_check}), and resolution may repair it. Cost: a broadcast join
   * with the registry's pilot codes, a small minority of any registry.
   */
  public Dataset<Row> shops(Dataset<Row> shops, Optional<Dataset<Row>> registry) {
    Dataset<Row> normalized = shopsAlone(shops);
    String known = "_registry_pilot";
    Dataset<Row> pilots = registry.map(r -> r.filter(col(DomainColumns.CODE_STATUS).equalTo(CodeStatus.LEGACY_PILOT.label()))
            .select(col(DomainColumns.CODE_NORM).as(known)).distinct())
        .orElseGet(() -> normalized.sparkSession().emptyDataFrame().select(lit(null).cast("string").as(known)));
    Column unknownPilot = col(DomainColumns.CODE_STATUS).equalTo(CodeStatus.LEGACY_PILOT.label()).and(col(known).isNull());
    return normalized.join(broadcast(pilots), normalized.col(DomainColumns.CODE_NORM).equalTo(pilots.col(known)), "left")
        .withColumn(DomainColumns.CODE_INVALID_REASON,
            when(unknownPilot, lit(InvalidReason.OVERALL_CHECK.label())).otherwise(col(DomainColumns.CODE_INVALID_REASON)))
        .withColumn(DomainColumns.CODE_STATUS,
            when(unknownPilot, lit(CodeStatus.INVALID.label())).otherwise(col(DomainColumns.CODE_STATUS)))
        .drop(known);
  }

  /**
   * Stored shops whose code status the pilot rule would decide differently against tonight's
   * registry: a {@code legacy_pilot} code the registry no longer holds, or an {@code overall_check}
   * failure that the registry now holds. Their content did not change, but they are normalised
   * again. A broadcast join with the registry's pilot codes.
   */
  public Dataset<Row> staleShops(Dataset<Row> stored, Optional<Dataset<Row>> registry) {
    String known = "_registry_pilot";
    Dataset<Row> pilots = registry.map(r -> r.filter(col(DomainColumns.CODE_STATUS).equalTo(CodeStatus.LEGACY_PILOT.label()))
            .select(col(DomainColumns.CODE_NORM).as(known)).distinct())
        .orElseGet(() -> stored.sparkSession().emptyDataFrame().select(lit(null).cast("string").as(known)));
    Column held = col(known).isNotNull();
    return stored.join(broadcast(pilots), stored.col(DomainColumns.CODE_NORM).equalTo(pilots.col(known)), "left")
        .filter(col(DomainColumns.CODE_STATUS).equalTo(CodeStatus.LEGACY_PILOT.label()).and(not(held))
            .or(col(DomainColumns.CODE_INVALID_REASON).equalTo(InvalidReason.OVERALL_CHECK.label()).and(held)))
        .drop(known);
  }

  /** Shops, from their own columns only. */
  Dataset<Row> shopsAlone(Dataset<Row> shops) {
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
