package org.storerecon.jobs.resolve;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.sql.Date;
import java.time.LocalDate;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.storerecon.common.code.CodeStatus;
import org.storerecon.jobs.normalize.DomainColumns;

/**
 * Adds {@link LinkColumns#SIGNALS} (an array of codes) and {@code run_date} to the decided links
 * and keeps the output columns of {@code shop_entity_link}. Signals:
 *
 * <ul>
 *   <li>{@value #LICENCE_MISUSE}: the shown code and the shown name point at different entities;
 *   <li>{@value #INACTIVE_ENTITY}: an open shop linked to an entity that is deregistered or revoked;
 *   <li>{@value #UNRESOLVED_IDENTITY}: the shop shows licence data (name or code) but is unlinked;
 *   <li>{@value #CODE_NOT_IN_REGISTRY}: the shop shows a valid code that the registry does not hold.
 * </ul>
 *
 * Narrow: the linked entity's status comes with the decided links.
 */
public final class Signals {

  public static final String LICENCE_MISUSE = "licence_misuse";
  public static final String INACTIVE_ENTITY = "inactive_entity";
  public static final String UNRESOLVED_IDENTITY = "unresolved_identity";
  public static final String CODE_NOT_IN_REGISTRY = "code_not_in_registry";
  /** Column of the decided links: whether a code hit exists. */
  static final String CODE_FOUND = "_code_found";

  /** Column of the decided links: registry status of the linked entity. */
  static final String ENTITY_STATUS = "_entity_status";
  private static final String CLOSED = "closed";

  private Signals() {}

  /**
   * @param decided {@link LinkDecisions} output
   * @param runDate the run's business date
   */
  public static Dataset<Row> apply(Dataset<Row> decided, LocalDate runDate) {
    Column open = col(ResolveInputs.STATUS).isNull().or(col(ResolveInputs.STATUS).notEqual(lit(CLOSED)));
    Column linked = col(LinkColumns.DECISION).equalTo(lit(LinkColumns.LINKED));
    Column signals = array(
        when(col(LinkDecisions.LICENCE_MISUSE), LICENCE_MISUSE),
        when(linked.and(open).and(col(ENTITY_STATUS).isin("deregistered", "revoked")), INACTIVE_ENTITY),
        when(col(LinkColumns.DECISION).equalTo(lit(LinkColumns.UNLINKED))
            .and(col(ResolveInputs.LICENSE_NAME).isNotNull().or(col(ResolveInputs.LICENSE_CODE).isNotNull())), UNRESOLVED_IDENTITY),
        when(col(DomainColumns.CODE_STATUS).equalTo(lit(CodeStatus.VALID.label())).and(col(CODE_FOUND).equalTo(false)),
            CODE_NOT_IN_REGISTRY));
    return decided.select(
        col(LinkColumns.PLATFORM), col(LinkColumns.SHOP_ID), col(LinkColumns.USCC), col(LinkColumns.DECISION),
        col(LinkColumns.METHOD), col(LinkColumns.MATCH_PROBABILITY), col(LinkColumns.EVIDENCE),
        lit(Date.valueOf(runDate)).as(LinkColumns.RUN_DATE), col(LinkColumns.CANDIDATE_USCC), col(LinkColumns.CANDIDATE_USCC_2),
        col(LinkColumns.MATCH_PROBABILITY_2), col(LinkColumns.MATCH_WEIGHT),
        filter(signals, (Column s) -> s.isNotNull()).as(LinkColumns.SIGNALS));
  }
}
