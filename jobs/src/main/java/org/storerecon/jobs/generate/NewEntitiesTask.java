package org.storerecon.jobs.generate;

import java.time.LocalDate;
import org.apache.spark.api.java.function.MapFunction;

/**
 * Writes one slice of the newly registered entities of {@code evolve}, with an {@code entity_new}
 * change each; returns the slice's counts, encoded. New entity number {@code n} (counted over
 * every evolve of a lineage) has index {@code Codes.INDEX_SPACE - 1 - n}: the top of the index
 * space, far from the registry's {@code [0, count)} and the unregistered operators'
 * {@code [count, count + shops)}, so its codes are fresh.
 */
final class NewEntitiesTask implements MapFunction<Long, String> {

  private static final long serialVersionUID = 1L;

  private final EntityFactory registry;
  private final long first;
  private final long count;
  private final int rowsPerSlice;
  private final LocalDate registeredOn;
  private final String partsDir;

  /**
   * @param first number of the first new entity (the new entities of earlier evolves)
   * @param count number of new entities
   * @param registeredOn their established_on
   */
  NewEntitiesTask(EntityFactory registry, long first, long count, int rowsPerSlice, LocalDate registeredOn, String partsDir) {
    this.registry = registry;
    this.first = first;
    this.count = count;
    this.rowsPerSlice = rowsPerSlice;
    this.registeredOn = registeredOn;
    this.partsDir = partsDir;
  }

  /** The index of new entity number {@code n}. */
  static long index(long n) {
    return Codes.INDEX_SPACE - 1 - n;
  }

  @Override
  public String call(Long slice) {
    long start = first + slice * rowsPerSlice;
    long end = Math.min(first + count, start + rowsPerSlice);
    Counters c = new Counters();
    try (PartWriter entities = PartWriter.open(partsDir, EvolveParts.ENTITIES_NEW, slice);
        PartWriter changes = PartWriter.open(partsDir, EvolveParts.CHANGES_NEW_ENTITIES, slice)) {
      for (long n = start; n < end; n++) {
        SyntheticEntity e = registry.newlyRegistered(index(n), registeredOn);
        entities.write(CsvRecords.line(e.csvFields(), CsvRecords.LF));
        c.add(OutputFiles.records(OutputFiles.ENTITIES));
        changes.write(ChangeKind.ENTITY_NEW.record("", "", e.key(), e.name(), c));
      }
      entities.commit();
      changes.commit();
    }
    return c.encode();
  }
}
