package org.storerecon.jobs.generate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.storerecon.common.contract.Contract;

/** Writes brands.csv on the driver, resolving owners and licensees to their registry codes and names. */
final class BrandsFile {

  private BrandsFile() {}

  /** Writes the file and returns its record count. */
  static long write(List<Brand> brands, EntityFactory registry, Path target) {
    StringBuilder sb = new StringBuilder(CsvRecords.line(OutputFiles.header(Contract.BRANDS), CsvRecords.LF));
    for (Brand b : brands) {
      SyntheticEntity owner = registry.entity(b.owner());
      List<String> licensees = b.licensees().stream().map(i -> registry.entity(i).uscc()).toList();
      sb.append(CsvRecords.line(b.csvFields(owner.uscc(), owner.name(), licensees), CsvRecords.LF));
    }
    PartConcatenator.writeSmall(target, sb.toString().getBytes(StandardCharsets.UTF_8));
    return brands.size();
  }
}
