package org.storerecon.jobs.generate;

import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The entities.csv pass of {@code evolve}: copies every record the plan keeps with its bytes,
 * changes the others ({@link EntityChanges}) and writes a changes.csv record for each.
 */
final class EntitiesTask implements CsvPass.SplitTask {

  private static final long serialVersionUID = 1L;

  private final EvolvePlan plan;
  private final EntityChanges changes;
  private final String partsDir;

  EntitiesTask(EvolvePlan plan, EntityChanges changes, String partsDir) {
    this.plan = plan;
    this.changes = changes;
    this.partsDir = partsDir;
  }

  @Override
  public Counters process(int split, Iterator<String> records) {
    Counters c = new Counters();
    try (PartWriter entities = PartWriter.open(partsDir, EvolveParts.ENTITIES, split);
        PartWriter changed = PartWriter.open(partsDir, EvolveParts.CHANGES_ENTITIES, split)) {
      while (records.hasNext()) {
        String record = records.next();
        String[] f = CsvPass.fields(record, EntityColumns.NAMES.size(), OutputFiles.ENTITIES);
        String key = EntityColumns.key(f);
        SplittableRandom r = plan.entity(key);
        if (plan.changed(r)) {
          String detail = changes.apply(f, r, c);
          entities.write(CsvRecords.line(List.of(f), CsvRecords.LF));
          changed.write(ChangeKind.ENTITY_CHANGED.record("", "", key, detail, c));
        } else {
          entities.write(record + CsvRecords.LF);
        }
        c.add(OutputFiles.records(OutputFiles.ENTITIES));
      }
      entities.commit();
      changed.commit();
    }
    return c;
  }
}
