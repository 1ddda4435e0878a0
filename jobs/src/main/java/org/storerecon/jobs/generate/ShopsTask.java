package org.storerecon.jobs.generate;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.spark.broadcast.Broadcast;
import org.storerecon.common.contract.Contract;

/**
 * The shops.csv pass of {@code evolve}: per record, the plan's fate — kept (copied with its bytes),
 * removed (left out), closed (status set to closed; an already closed shop is kept as is) or
 * changed ({@link ShopChanges}) — and a changes.csv record for each change, with the shop's
 * operator from the labels.
 */
final class ShopsTask implements CsvPass.SplitTask {

  private static final long serialVersionUID = 1L;

  private final EvolvePlan plan;
  private final Broadcast<Map<String, String>> operators;
  private final String partsDir;

  /**
   * @param operators {@code labels.uscc} by {@link EvolvePlan#shopKey} of every shop the plan
   *     does not keep
   */
  ShopsTask(EvolvePlan plan, Broadcast<Map<String, String>> operators, String partsDir) {
    this.plan = plan;
    this.operators = operators;
    this.partsDir = partsDir;
  }

  @Override
  public Counters process(int split, Iterator<String> records) {
    Counters c = new Counters();
    Map<String, String> operatorOf = operators.value();
    try (PartWriter shops = PartWriter.open(partsDir, EvolveParts.SHOPS, split);
        PartWriter changes = PartWriter.open(partsDir, EvolveParts.CHANGES_SHOPS, split)) {
      while (records.hasNext()) {
        String record = records.next();
        String[] f = CsvPass.fields(record, ShopColumns.NAMES.size(), OutputFiles.SHOPS);
        SplittableRandom r = plan.shop(f[ShopColumns.PLATFORM], f[ShopColumns.SHOP_ID]);
        ShopFate fate = plan.fate(r);
        String operator = fate == ShopFate.KEEP ? ""
            : operatorOf.getOrDefault(EvolvePlan.shopKey(f[ShopColumns.PLATFORM], f[ShopColumns.SHOP_ID]), "");
        String detail = switch (fate) {
          case KEEP -> null;
          case REMOVED -> f[ShopColumns.SHOP_NAME];
          case CLOSED -> close(f);
          case CHANGED -> ShopChanges.apply(f, r, c);
        };
        if (fate != ShopFate.REMOVED) {
          shops.write(detail == null ? record + CsvRecords.LF : CsvRecords.line(List.of(f), CsvRecords.LF));
          c.add(OutputFiles.records(OutputFiles.SHOPS));
        }
        if (detail != null) {
          changes.write(kind(fate).record(f[ShopColumns.PLATFORM], f[ShopColumns.SHOP_ID], operator, detail, c));
        }
      }
      shops.commit();
      changes.commit();
    }
    return c;
  }

  /** Closes an open shop; null (no change) when it is closed already. */
  private static String close(String[] f) {
    String old = f[ShopColumns.STATUS];
    if (ShopFactory.CLOSED.equals(Contract.SHOP_STATUSES.get(old))) {
      return null;
    }
    f[ShopColumns.STATUS] = ShopFactory.CLOSED;
    return ChangeDetail.of(ShopColumns.NAMES.get(ShopColumns.STATUS), old, ShopFactory.CLOSED);
  }

  private static ChangeKind kind(ShopFate fate) {
    return switch (fate) {
      case REMOVED -> ChangeKind.SHOP_REMOVED;
      case CLOSED -> ChangeKind.SHOP_CLOSED;
      case CHANGED -> ChangeKind.SHOP_CHANGED;
      case KEEP -> throw new IllegalArgumentException("A kept shop is no change");
    };
  }
}
