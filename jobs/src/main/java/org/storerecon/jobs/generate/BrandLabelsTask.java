package org.storerecon.jobs.generate;

import java.util.Iterator;
import java.util.List;
import org.storerecon.common.contract.Contract;

/** The brand_labels.csv pass of {@code evolve}: copies the brand labels of every shop but the removed ones. */
final class BrandLabelsTask implements CsvPass.SplitTask {

  private static final long serialVersionUID = 1L;
  private static final List<String> COLUMNS = Contract.BRAND_LABELS.columnNames();
  private static final int PLATFORM = COLUMNS.indexOf("platform");
  private static final int SHOP_ID = COLUMNS.indexOf("shop_id");

  private final EvolvePlan plan;
  private final String partsDir;

  BrandLabelsTask(EvolvePlan plan, String partsDir) {
    this.plan = plan;
    this.partsDir = partsDir;
  }

  @Override
  public Counters process(int split, Iterator<String> records) {
    Counters c = new Counters();
    try (PartWriter out = PartWriter.open(partsDir, EvolveParts.BRAND_LABELS, split)) {
      while (records.hasNext()) {
        String record = records.next();
        String[] f = CsvPass.fields(record, COLUMNS.size(), OutputFiles.BRAND_LABELS);
        if (plan.fate(f[PLATFORM], f[SHOP_ID]) != ShopFate.REMOVED) {
          out.write(record + CsvRecords.LF);
          c.add(OutputFiles.records(OutputFiles.BRAND_LABELS));
        }
      }
      out.commit();
    }
    return c;
  }
}
