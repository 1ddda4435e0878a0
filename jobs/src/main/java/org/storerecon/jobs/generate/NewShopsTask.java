package org.storerecon.jobs.generate;

import org.apache.spark.api.java.function.MapFunction;

/**
 * Writes one slice of the new shops of {@code evolve}: shop indices {@code first + slice *
 * rowsPerSlice} onwards, built by the generator's {@link ShopFactory} exactly as a generation of
 * more shops would build them (shops are pure functions of their index), with their labels and
 * brand labels and a {@code shop_new} change each; returns the slice's counts, encoded.
 */
final class NewShopsTask implements MapFunction<Long, String> {

  private static final long serialVersionUID = 1L;

  private final ShopFactory factory;
  private final long first;
  private final long count;
  private final int rowsPerSlice;
  private final String partsDir;

  /**
   * @param first index of the first new shop (the source's next shop index)
   * @param count number of new shops
   */
  NewShopsTask(ShopFactory factory, long first, long count, int rowsPerSlice, String partsDir) {
    this.factory = factory;
    this.first = first;
    this.count = count;
    this.rowsPerSlice = rowsPerSlice;
    this.partsDir = partsDir;
  }

  @Override
  public String call(Long slice) {
    long start = first + slice * rowsPerSlice;
    long end = Math.min(first + count, start + rowsPerSlice);
    Counters c = new Counters();
    Counters phenomena = new Counters();
    try (PartWriter shops = PartWriter.open(partsDir, EvolveParts.SHOPS_NEW, slice);
        PartWriter labels = PartWriter.open(partsDir, EvolveParts.LABELS_NEW, slice);
        PartWriter brandLabels = PartWriter.open(partsDir, EvolveParts.BRAND_LABELS_NEW, slice);
        PartWriter changes = PartWriter.open(partsDir, EvolveParts.CHANGES_NEW_SHOPS, slice)) {
      for (long i = start; i < end; i++) {
        SyntheticShop shop = factory.shop(i, phenomena);
        shops.write(CsvRecords.line(shop.fields(), CsvRecords.LF));
        c.add(OutputFiles.records(OutputFiles.SHOPS));
        ShopSliceTask.writeLabels(shop, labels, brandLabels, c);
        changes.write(ChangeKind.SHOP_NEW.record(shop.platform(), shop.shopId(), shop.labelKey(),
            shop.fields().get(ShopColumns.SHOP_NAME), c));
      }
      shops.commit();
      labels.commit();
      brandLabels.commit();
      changes.commit();
    }
    return c.encode();
  }
}
