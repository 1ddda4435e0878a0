package org.storerecon.jobs.generate;

import java.util.Iterator;
import java.util.List;
import org.storerecon.common.contract.Contract;

/**
 * The labels.csv pass of {@code evolve}: copies the labels of every shop but the removed ones, and
 * writes the operator ({@code labels.uscc}) of every shop the plan changes, closes or removes to
 * the {@link EvolveParts#OPERATORS} parts, for changes.csv.
 */
final class LabelsTask implements CsvPass.SplitTask {

  private static final long serialVersionUID = 1L;
  private static final List<String> COLUMNS = Contract.LABELS.columnNames();
  private static final int PLATFORM = COLUMNS.indexOf("platform");
  private static final int SHOP_ID = COLUMNS.indexOf("shop_id");
  private static final int USCC = COLUMNS.indexOf("uscc");

  private final EvolvePlan plan;
  private final String partsDir;

  LabelsTask(EvolvePlan plan, String partsDir) {
    this.plan = plan;
    this.partsDir = partsDir;
  }

  @Override
  public Counters process(int split, Iterator<String> records) {
    Counters c = new Counters();
    try (PartWriter labels = PartWriter.open(partsDir, EvolveParts.LABELS, split);
        PartWriter operators = PartWriter.open(partsDir, EvolveParts.OPERATORS, split)) {
      while (records.hasNext()) {
        String record = records.next();
        String[] f = CsvPass.fields(record, COLUMNS.size(), OutputFiles.LABELS);
        ShopFate fate = plan.fate(f[PLATFORM], f[SHOP_ID]);
        if (fate != ShopFate.KEEP) {
          operators.write(CsvRecords.line(List.of(f[PLATFORM], f[SHOP_ID], f[USCC]), CsvRecords.LF));
        }
        if (fate != ShopFate.REMOVED) {
          labels.write(record + CsvRecords.LF);
          c.add(OutputFiles.records(OutputFiles.LABELS));
        }
      }
      labels.commit();
      operators.commit();
    }
    return c;
  }
}
