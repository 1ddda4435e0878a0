package org.storerecon.jobs.pipeline;

import java.util.Locale;

/** The stages of the nightly pipeline, in the order {@code run} executes them. */
public enum Stage {
  /** Contract-checked ingestion of shops, entities and brands into canonical tables and quarantine. */
  INGEST,
  /** Resolution of every shop to its registered entity: {@code shop_entity_link}. */
  RESOLVE,
  /** Protected-brand marking and enforcement leads: {@code brand_mark}, {@code enforcement_lead}. */
  MARK;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
