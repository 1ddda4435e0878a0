package org.storerecon.jobs.generate;

import java.util.List;
import org.apache.spark.api.java.function.MapFunction;

/**
 * A Spark task that writes the shops of one slice of indices, with their labels and brand labels,
 * to its part files, interleaving the faulty records the dirty plan anchors in the slice; returns
 * the slice's phenomenon counts, encoded.
 */
final class ShopSliceTask implements MapFunction<Long, String> {

  private static final long serialVersionUID = 1L;

  private final ShopFactory factory;
  private final long shopCount;
  private final int rowsPerSlice;
  private final String partsDir;
  private final DirtyPlan plan;
  private final GeneratorSettings.Dirty dirty;
  private final String terminator;

  ShopSliceTask(ShopFactory factory, long shopCount, int rowsPerSlice, String partsDir, DirtyPlan plan,
      GeneratorSettings.Dirty dirty, String terminator) {
    this.factory = factory;
    this.shopCount = shopCount;
    this.rowsPerSlice = rowsPerSlice;
    this.partsDir = partsDir;
    this.plan = plan;
    this.dirty = dirty;
    this.terminator = terminator;
  }

  @Override
  public String call(Long slice) {
    long start = slice * rowsPerSlice;
    long end = Math.min(shopCount, start + rowsPerSlice);
    Counters c = new Counters();
    try (PartWriter shops = PartWriter.open(partsDir, OutputFiles.SHOPS, slice);
        PartWriter labels = PartWriter.open(partsDir, OutputFiles.LABELS, slice);
        PartWriter brandLabels = PartWriter.open(partsDir, OutputFiles.BRAND_LABELS, slice)) {
      for (long i = start; i < end; i++) {
        SyntheticShop shop = factory.shop(i, c);
        shops.write(CsvRecords.line(shop.fields(), terminator));
        c.add(OutputFiles.records(OutputFiles.SHOPS));
        writeLabels(shop, labels, brandLabels, c);
        for (DirtyPlan.Planned p : plan.after(i)) {
          DirtyRecords.Rendered r = DirtyRecords.render(p, factory, dirty, terminator, c);
          shops.write(r.bytes());
          c.add(OutputFiles.records(OutputFiles.SHOPS));
          c.add("dirty." + p.fault().key());
          r.shop().ifPresent(s -> writeLabels(s, labels, brandLabels, c));
        }
      }
      shops.commit();
      labels.commit();
      brandLabels.commit();
    }
    return c.encode();
  }

  /** Writes the labels row of a shop and its brand_labels row, if it uses a brand. */
  static void writeLabels(SyntheticShop shop, PartWriter labels, PartWriter brandLabels, Counters c) {
    labels.write(CsvRecords.line(List.of(shop.platform(), shop.shopId(), shop.labelKey(), shop.identityShown()), CsvRecords.LF));
    c.add(OutputFiles.records(OutputFiles.LABELS));
    shop.brandLabel().ifPresent(b -> {
      brandLabels.write(CsvRecords.line(
          List.of(shop.platform(), shop.shopId(), b.brandId(), Boolean.toString(b.lead())), CsvRecords.LF));
      c.add(OutputFiles.records(OutputFiles.BRAND_LABELS));
    });
  }
}
