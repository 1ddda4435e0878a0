package org.storerecon.jobs.config;

/**
 * What {@code storerecon demo} generates when its data set is absent.
 *
 * @param dataDir folder of the demo data set
 * @param shops number of shops
 * @param entities number of registry entities
 * @param seed generator seed
 * @param dirty whether the generator adds CSV faults to the shops file
 */
public record DemoConfig(String dataDir, long shops, long entities, long seed, boolean dirty) {}
