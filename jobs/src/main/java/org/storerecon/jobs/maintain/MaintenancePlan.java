package org.storerecon.jobs.maintain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import org.storerecon.common.delta.Warehouse;
import org.storerecon.jobs.config.MaintainConfig;
import org.storerecon.jobs.error.Errors;

/**
 * The tables one {@code storerecon maintain} works on, each with its Z-order columns, checked before
 * anything is written: every table named is a storerecon table and exists, and every cluster column is
 * a column of its table (compared as Spark does, ignoring case). A table whose cluster columns are
 * missing fails the whole plan rather than being skipped: a skipped table would silently go
 * uncompacted every week while the scheduler saw success.
 *
 * @param targets the tables, in the order they are maintained
 */
public record MaintenancePlan(List<Target> targets) {

  public MaintenancePlan {
    targets = List.copyOf(targets);
  }

  /**
   * One table to maintain.
   *
   * @param table its name
   * @param location its Delta location
   * @param clusterColumns its Z-order columns; empty for compaction only
   */
  public record Target(String table, String location, List<String> clusterColumns) {
    public Target {
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(location, "location");
      clusterColumns = List.copyOf(clusterColumns);
    }
  }

  /**
   * The plan for the {@code requested} tables, or for every storerecon table the warehouse holds when
   * none is requested. Reads only Delta logs. Throws a usage error
   * ({@link org.storerecon.jobs.error.StoreReconException.Kind#USAGE}) for a name that is not a
   * storerecon table, a requested table the warehouse lacks, a warehouse without any, or a cluster
   * column its table lacks.
   */
  public static MaintenancePlan of(SparkSession spark, Warehouse warehouse, MaintainConfig config, List<String> requested) {
    MaintainedTables.requireKnown(requested);
    List<String> tables;
    if (requested.isEmpty()) {
      tables = MaintainedTables.ALL.stream().filter(t -> warehouse.exists(spark, t)).toList();
      if (tables.isEmpty()) {
        throw Errors.noTablesToMaintain(warehouse.root());
      }
    } else {
      tables = requested.stream().distinct().toList();
      for (String table : tables) {
        if (!warehouse.exists(spark, table)) {
          throw Errors.tableMissing(table, warehouse.location(table));
        }
      }
    }
    List<Target> targets = new ArrayList<>();
    for (String table : tables) {
      Target target = new Target(table, warehouse.location(table), config.clusterColumns(table));
      checkColumns(spark, target);
      targets.add(target);
    }
    return new MaintenancePlan(targets);
  }

  private static void checkColumns(SparkSession spark, Target target) {
    if (target.clusterColumns().isEmpty()) {
      return;
    }
    List<String> found = List.of(spark.read().format("delta").load(target.location()).schema().fieldNames());
    Set<String> present = found.stream().map(c -> c.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    List<String> missing = target.clusterColumns().stream().filter(c -> !present.contains(c.toLowerCase(Locale.ROOT))).toList();
    if (!missing.isEmpty()) {
      throw Errors.clusterColumnsMissing(target.table(), MaintainConfig.CLUSTER_BY_KEY + "." + target.table(), missing, found);
    }
  }
}
