package org.storerecon.jobs.resolve;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.when;

import java.util.Locale;
import org.apache.spark.sql.Column;
import org.storerecon.jobs.normalize.DomainColumns;

/**
 * The blocking rules: each gives a shop and an entity zero or more keys (arrays, exploded later);
 * a shop and an entity that share a key of the same rule become a candidate pair.
 */
public enum BlockingRule {
  /** Normalised full licence name = registered name. */
  NAME(array(col(DomainColumns.NAME_NORM)), array(col(DomainColumns.NAME_NORM))),
  /** Normalised full licence name = a former registered name. */
  FORMER_NAME(array(col(DomainColumns.NAME_NORM)), col(DomainColumns.FORMER_NAMES_NORM)),
  /** 字号 + city. */
  CORE_CITY(pair(DomainColumns.NAME_CORE, ResolveInputs.CITY_CODE), pair(DomainColumns.NAME_CORE, ResolveInputs.CITY_CODE)),
  /** 字号 + industry + form, the name without its region (dropped or moved region). */
  NAME_KEY(array(col(ResolveInputs.NAME_KEY)), array(col(ResolveInputs.NAME_KEY))),
  /** Any shared canonical phone number. */
  PHONE(col(DomainColumns.PHONES), col(DomainColumns.PHONES)),
  /** Legal representative + city. */
  LEGAL_REP_CITY(pair(ResolveInputs.LEGAL_REP, ResolveInputs.CITY_CODE), pair(ResolveInputs.LEGAL_REP, ResolveInputs.CITY_CODE));

  private static final String SEPARATOR = "|";

  private final Column shopKeys;
  private final Column entityKeys;

  BlockingRule(Column shopKeys, Column entityKeys) {
    this.shopKeys = shopKeys;
    this.entityKeys = entityKeys;
  }

  /** The rule's keys of a {@link ResolveInputs#shops} row, an array (null elements are dropped later). */
  public Column shopKeys() {
    return shopKeys;
  }

  /** The rule's keys of a {@link ResolveInputs#entities} row. */
  public Column entityKeys() {
    return entityKeys;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  private static Column pair(String a, String b) {
    return array(when(col(a).isNotNull().and(col(b).isNotNull()), concat_ws(SEPARATOR, col(a), col(b))));
  }
}
