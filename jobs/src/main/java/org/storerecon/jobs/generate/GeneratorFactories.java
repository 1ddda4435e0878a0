package org.storerecon.jobs.generate;

import java.util.Map;

/**
 * The factories of one generated data set, rebuilt from what its manifest records (seed, registry
 * size, settings): the brand catalog, the registry with the brand owners' 字号, and the shops.
 * {@code generate} builds them once; {@code evolve} rebuilds the same ones to add rows that a larger
 * generation would have had.
 *
 * @param catalog the brands and the owners' trade-name overrides
 * @param registry entities by index
 * @param shops shops by index
 */
record GeneratorFactories(BrandCatalog.Catalog catalog, EntityFactory registry, ShopFactory shops) {

  static GeneratorFactories build(long seed, long entities, GeneratorSettings settings) {
    BrandCatalog.Catalog catalog = BrandCatalog.build(seed, settings, new EntityFactory(seed, entities, settings, Map.of()));
    EntityFactory registry = new EntityFactory(seed, entities, settings, catalog.overrides());
    return new GeneratorFactories(catalog, registry, new ShopFactory(seed, settings, registry, catalog.brands()));
  }
}
