package org.storerecon.jobs.generate;

/** What {@code evolve} does to one shop of the source data set. */
enum ShopFate {
  /** Copied as is. */
  KEEP,
  /** Left out of the snapshot, with its labels and brand labels. */
  REMOVED,
  /** Status set to closed (an already closed shop stays as is); labels kept. */
  CLOSED,
  /** Record changed; operator and brand truth kept. */
  CHANGED
}
