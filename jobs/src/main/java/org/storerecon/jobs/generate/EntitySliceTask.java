package org.storerecon.jobs.generate;

import org.apache.spark.api.java.function.MapFunction;

/**
 * A Spark task that writes the entities of one slice of indices to its part file and returns the
 * slice's phenomenon counts.
 */
final class EntitySliceTask implements MapFunction<Long, String> {

  private static final long serialVersionUID = 1L;

  private final EntityFactory factory;
  private final int rowsPerSlice;
  private final String partsDir;

  EntitySliceTask(EntityFactory factory, int rowsPerSlice, String partsDir) {
    this.factory = factory;
    this.rowsPerSlice = rowsPerSlice;
    this.partsDir = partsDir;
  }

  @Override
  public String call(Long slice) {
    long start = slice * rowsPerSlice;
    long end = Math.min(factory.count(), start + rowsPerSlice);
    Counters c = new Counters();
    try (PartWriter out = PartWriter.open(partsDir, OutputFiles.ENTITIES, slice)) {
      for (long i = start; i < end; i++) {
        SyntheticEntity e = factory.entity(i);
        out.write(CsvRecords.line(e.csvFields(), CsvRecords.LF));
        count(e, c);
      }
      out.commit();
    }
    c.add(OutputFiles.records(OutputFiles.ENTITIES), end - start);
    return c.encode();
  }

  private static void count(SyntheticEntity e, Counters c) {
    c.add("entities.total");
    c.add("entities.type." + e.kind().code());
    c.add("entities.status." + e.status());
    if (e.legacyOnly()) {
      c.add("entities.legacy_reg_no_only");
    } else if (!e.regNo().isEmpty()) {
      c.add("entities.reg_no_with_uscc");
    }
    if (!e.formerNames().isEmpty()) {
      c.add("entities.former_names");
    }
    if (e.parts().style() == NameParts.Style.BRACKETED) {
      c.add("entities.bracketed_region");
    }
    if (e.confuser() != SyntheticEntity.Confuser.NONE) {
      c.add("entities.confuser." + e.confuser().name().toLowerCase(java.util.Locale.ROOT));
    }
    if (e.phone().isEmpty()) {
      c.add("entities.phone.missing");
    } else if (e.phone().indexOf('-') > 0) {
      c.add("entities.phone.landline");
    } else {
      c.add("entities.phone.mobile");
    }
  }
}
