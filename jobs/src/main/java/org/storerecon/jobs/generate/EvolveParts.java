package org.storerecon.jobs.generate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storerecon.common.contract.Contract;
import org.storerecon.common.contract.InputSpec;

/**
 * The part folders {@code evolve} writes into its temporary parts folder, and which of them, in
 * which order, make up each output file: the source's rows (kept or changed) in file order, then
 * the new rows.
 */
final class EvolveParts {

  static final String SHOPS = "shops";
  static final String SHOPS_NEW = "shops.new";
  static final String LABELS = "labels";
  static final String LABELS_NEW = "labels.new";
  static final String BRAND_LABELS = "brand_labels";
  static final String BRAND_LABELS_NEW = "brand_labels.new";
  static final String ENTITIES = "entities";
  static final String ENTITIES_NEW = "entities.new";
  static final String CHANGES_SHOPS = "changes.shops";
  static final String CHANGES_NEW_SHOPS = "changes.new_shops";
  static final String CHANGES_ENTITIES = "changes.entities";
  static final String CHANGES_NEW_ENTITIES = "changes.new_entities";
  /** Operators (labels.uscc) of the shops the plan selects, for the changes of the shops pass; no output file. */
  static final String OPERATORS = "operators";

  private EvolveParts() {}

  /** One output file: its header and its part folders in order. */
  record OutputFile(List<String> header, List<String> folders) {}

  /** Every CSV output file but brands.csv (copied), by file name. */
  static Map<String, OutputFile> files() {
    Map<String, OutputFile> files = new LinkedHashMap<>();
    files.put(OutputFiles.SHOPS, of(Contract.SHOPS, SHOPS, SHOPS_NEW));
    files.put(OutputFiles.ENTITIES, of(Contract.ENTITIES, ENTITIES, ENTITIES_NEW));
    files.put(OutputFiles.LABELS, of(Contract.LABELS, LABELS, LABELS_NEW));
    files.put(OutputFiles.BRAND_LABELS, of(Contract.BRAND_LABELS, BRAND_LABELS, BRAND_LABELS_NEW));
    files.put(OutputFiles.CHANGES, new OutputFile(ChangeKind.HEADER,
        List.of(CHANGES_SHOPS, CHANGES_NEW_SHOPS, CHANGES_ENTITIES, CHANGES_NEW_ENTITIES)));
    return files;
  }

  private static OutputFile of(InputSpec spec, String... folders) {
    return new OutputFile(spec.columnNames(), List.of(folders));
  }
}
