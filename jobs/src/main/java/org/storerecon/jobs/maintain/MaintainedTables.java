package org.storerecon.jobs.maintain;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.storerecon.jobs.error.Errors;
import org.storerecon.jobs.pipeline.NightlyRun;

/**
 * The tables {@code storerecon maintain} knows: every table of {@link NightlyRun#TABLES}, and
 * {@value #SHOP_ENTITY_LINK_HISTORY}, which the incremental nights add. A name outside this list is a
 * usage error, on the command line and in {@code storerecon.maintain.cluster-by} alike.
 */
public final class MaintainedTables {

  /**
   * SCD2 history of {@code shop_entity_link} (platform, shop_id, uscc, decision, method, valid_from,
   * valid_to, is_current), written by the incremental nights; maintained once it exists.
   */
  public static final String SHOP_ENTITY_LINK_HISTORY = "shop_entity_link_history";

  /** Every table maintain knows, in {@link NightlyRun#TABLES} order. */
  public static final List<String> ALL = Stream.concat(NightlyRun.TABLES.stream(), Stream.of(SHOP_ENTITY_LINK_HISTORY))
      .distinct().toList();

  private MaintainedTables() {}

  public static boolean contains(String table) {
    return ALL.contains(table);
  }

  /** Throws {@link Errors#unknownTable} for the first name that is not a storerecon table. */
  public static void requireKnown(Collection<String> tables) {
    for (String table : tables) {
      if (!contains(table)) {
        throw Errors.unknownTable(table, ALL);
      }
    }
  }
}
