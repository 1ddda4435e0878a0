package org.storerecon.jobs.config;

import java.io.Serializable;

/**
 * The change rates of {@code storerecon evolve} ({@code storerecon.evolve}), validated by
 * {@link ConfigLoader}: each in [0, 1], the four shop rates summing to at most 1. The shop and
 * entity rates of changed, removed and closed rows are the chance of each row of the source data
 * set; the rates of new rows are shares of the source's row counts.
 *
 * @param changedShops shops whose record changes while operator and brand truth stay
 * @param newShops new shops, as a share of the source's shops
 * @param removedShops shops missing from the next snapshot
 * @param closedShops open shops that close
 * @param changedEntities entities whose record changes, codes kept
 * @param newEntities newly registered entities, as a share of the source's entities
 */
public record EvolveConfig(double changedShops, double newShops, double removedShops, double closedShops,
    double changedEntities, double newEntities) implements Serializable {

  private static final long serialVersionUID = 1L;
}
