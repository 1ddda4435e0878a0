package org.storerecon.jobs.generate;

import java.util.List;
import java.util.Locale;

/**
 * The kinds of rows of {@code changes.csv} ({@code kind,platform,shop_id,entity_code,detail}). For
 * shop kinds {@code entity_code} is the shop's operator in the labels (empty when not registered);
 * for entity kinds {@code platform} and {@code shop_id} are empty.
 */
enum ChangeKind {
  SHOP_CHANGED,
  SHOP_NEW,
  SHOP_REMOVED,
  SHOP_CLOSED,
  ENTITY_CHANGED,
  ENTITY_NEW;

  /** Header of changes.csv. */
  static final List<String> HEADER = List.of("kind", "platform", "shop_id", "entity_code", "detail");

  /** The value of {@code changes.kind}, also the manifest counter key: {@code shop_changed}. */
  String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The changes.csv record of one change, counted under {@link #code()} in {@code c}. */
  String record(String platform, String shopId, String entityCode, String detail, Counters c) {
    c.add(code());
    c.add(OutputFiles.records(OutputFiles.CHANGES));
    return CsvRecords.line(List.of(code(), platform, shopId, entityCode, detail), CsvRecords.LF);
  }
}
