package org.storerecon.jobs.resolve;

import static org.apache.spark.sql.functions.col;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.storerecon.jobs.config.ResolveConfig;
import org.storerecon.jobs.pipeline.ShopJoin;

/**
 * Resolution as a whole, {@code shops} and {@code entities} in, links out: codes first
 * ({@link CodeLinks}); then, for the shops codes did not settle, blocking ({@link Blocking}),
 * comparison ({@link PairComparisons}), a Fellegi–Sunter model trained without labels
 * ({@link ModelEstimation}), scoring with 字号 term frequencies ({@link Scoring}); then the
 * decision ({@link LinkDecisions}) and the signals ({@link Signals}).
 *
 * <p>Not pure in one respect: training the model runs Spark jobs (the random-pair sample and the
 * pattern counts) and brings their small results to the driver. Intermediate pair sets are
 * persisted; call {@link Resolution#release()} when the outputs are written.
 */
public final class ShopEntityResolver {

  private final ResolveConfig config;

  public ShopEntityResolver(ResolveConfig config) {
    this.config = config;
  }

  /**
   * What resolution produced.
   *
   * @param links {@code shop_entity_link} rows, one per shop
   * @param candidates scored candidate pairs: platform, shop_id, entity_key, rules, match_weight, match_probability, evidence
   * @param blocking the blocking result, for its statistics
   * @param model the model scored with: the given one, or the one trained on these shops
   * @param persisted intermediate data sets to unpersist
   */
  public record Resolution(Dataset<Row> links, Dataset<Row> candidates, Blocking.Result blocking, ModelStore.Trained model,
      List<Dataset<Row>> persisted) {

    /** Unpersists the intermediate pair sets. */
    public void release() {
      for (Dataset<Row> d : persisted) {
        d.unpersist();
      }
    }
  }

  /** Resolves every shop of {@code canonicalShops} with a model trained on them (id {@code modelId}). */
  public Resolution resolve(Dataset<Row> canonicalShops, Dataset<Row> canonicalEntities, LocalDate runDate, String modelId) {
    return resolve(canonicalShops, canonicalEntities, runDate, Optional.empty(), modelId, ShopJoin.SHUFFLE);
  }

  /**
   * Resolves the shops of {@code canonicalShops} against every entity of {@code canonicalEntities}
   * with a stored model: the result of a shop does not depend on which other shops are resolved.
   */
  public Resolution resolve(Dataset<Row> canonicalShops, Dataset<Row> canonicalEntities, LocalDate runDate, ModelStore.Trained model) {
    return resolve(canonicalShops, canonicalEntities, runDate, model, ShopJoin.SHUFFLE);
  }

  /** As {@link #resolve(Dataset, Dataset, LocalDate, ModelStore.Trained)}, joining the shops with the registry as {@code join} says. */
  public Resolution resolve(Dataset<Row> canonicalShops, Dataset<Row> canonicalEntities, LocalDate runDate, ModelStore.Trained model,
      ShopJoin join) {
    return resolve(canonicalShops, canonicalEntities, runDate, Optional.of(model), model.id(), join);
  }

  /**
   * @param canonicalShops the {@code shops} table, or the shops to resolve tonight
   * @param canonicalEntities the {@code entities} table
   * @param runDate business date written to {@code run_date}
   * @param stored the model to score with; empty to train one on these shops (all of them, then)
   */
  private Resolution resolve(Dataset<Row> canonicalShops, Dataset<Row> canonicalEntities, LocalDate runDate,
      Optional<ModelStore.Trained> stored, String modelId, ShopJoin join) {
    Dataset<Row> shops = ResolveInputs.shops(canonicalShops);
    // With few shops, the registry is cut once to the entities they can meet, and every step below
    // (codes, blocking, comparisons: five reads of the registry) reads that cut instead.
    Dataset<Row> entities = join == ShopJoin.BROADCAST
        ? LookupKeys.reached(shops, canonicalEntities).persist(StorageLevel.MEMORY_AND_DISK())
        : ResolveInputs.entities(canonicalEntities);

    Dataset<Row> codeHits = new CodeLinks(config).apply(shops, entities, join).persist(StorageLevel.MEMORY_AND_DISK());
    // Shops a code settles (name agrees or not shown) skip the probabilistic part; conflicts go through it.
    Dataset<Row> settled = codeHits.filter(col(CodeLinks.NAME_AGREES).isNull().or(col(CodeLinks.NAME_AGREES)))
        .select(LinkColumns.PLATFORM, LinkColumns.SHOP_ID);
    // Read by blocking and by the model (its sample, the shop count, the name agreement counts): computed once.
    Dataset<Row> open = shops.join(settled, new String[] {LinkColumns.PLATFORM, LinkColumns.SHOP_ID}, "left_anti")
        .persist(StorageLevel.MEMORY_AND_DISK());

    Blocking.Result blocking = new Blocking(config).apply(open, entities, join);
    // Persisted before the first action, so the hits computed from it read the cached blocks.
    Dataset<Row> sized = blocking.sizedEntityKeys().persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> ruleHits = blocking.ruleHits().persist(StorageLevel.MEMORY_AND_DISK());
    Blocking.Result kept = new Blocking.Result(ruleHits, sized, blocking.cap());
    Dataset<Row> compared = new PairComparisons(config).apply(kept.pairs(), shops, entities, join)
        .persist(StorageLevel.MEMORY_AND_DISK());

    ModelStore.Trained model = stored.orElseGet(() -> train(compared, open, entities, modelId));
    // With few shops, only the 字号 their pairs meet are kept (a broadcast semi-join), not joined whole.
    Dataset<Row> frequencies = (join == ShopJoin.BROADCAST
        ? model.frequencies().join(join.small(compared.select(TermFrequencies.CORE).distinct()), TermFrequencies.CORE, "left_semi")
        : model.frequencies()).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> scored = new Scoring(model.model(), model.uCoreExact()).apply(compared, frequencies).persist(StorageLevel.MEMORY_AND_DISK());

    Dataset<Row> decided = new LinkDecisions(config).apply(shops, codeHits, scored);
    Dataset<Row> links = Signals.apply(decided, runDate);
    Dataset<Row> candidates = scored.select(col(LinkColumns.PLATFORM), col(LinkColumns.SHOP_ID), col(LinkColumns.ENTITY_KEY),
        col(Blocking.RULES), col(LinkColumns.MATCH_WEIGHT), col(LinkColumns.MATCH_PROBABILITY), col(LinkColumns.EVIDENCE));
    return new Resolution(links, candidates, kept, model, List.of(entities, codeHits, open, sized, ruleHits, compared, frequencies, scored));
  }

  /** EM over the candidate and random pairs, the 字号 frequencies of the registry and the u of exact 字号 agreement. */
  private ModelStore.Trained train(Dataset<Row> compared, Dataset<Row> open, Dataset<Row> entities, String modelId) {
    long registrySize = entities.count();
    MatchModel model = new ModelEstimation(config).estimate(compared, open, entities, registrySize);
    Dataset<Row> frequencies = TermFrequencies.of(entities, registrySize, config.tfMinCount());
    double uCoreExact = TermFrequencies.uExact(frequencies, config.probabilityFloor());
    return new ModelStore.Trained(modelId, model, uCoreExact, frequencies);
  }
}
