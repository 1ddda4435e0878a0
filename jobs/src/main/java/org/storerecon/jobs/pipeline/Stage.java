package org.storerecon.jobs.pipeline;

import java.util.Locale;

/** The stages of the nightly pipeline, in the order {@code run} executes them. */
public enum Stage {
  /** Contract-checked ingestion of shops, entities and brands into canonical tables and quarantine. */
  INGEST,
  /** Resolution of every shop to its registered entity: {@code shop_entity_link}. */
  RESOLVE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
