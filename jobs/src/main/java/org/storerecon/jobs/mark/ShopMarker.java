package org.storerecon.jobs.mark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.arrays_overlap;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.storerecon.common.brand.BrandMatcher;
import org.storerecon.jobs.config.MarkConfig;
import org.storerecon.jobs.normalize.DomainColumns;
import org.storerecon.jobs.resolve.LinkColumns;

/**
 * The marking pipeline without I/O: shops, brands, {@code shop_entity_link} and entities in,
 * {@code brand_mark} rows and tonight's leads out. Steps: {@link BrandMentions} →
 * {@link MarkRelations} → {@link LeadRules} → {@link LeadCandidates}.
 *
 * <p>Shuffles, in order: (1) shops ⋈ shop_entity_link by (platform, shop_id), both one row per
 * shop, projected to the columns marking reads (sort-merge); the matcher then runs on that frame,
 * which is persisted after keeping only shops that mention a brand or carry a lead signal (a few
 * per cent), so the UDF runs once; (2) the leads ⋈ the registry's location columns (see
 * {@link LeadCandidates}). The brand list joins by broadcast.
 */
public final class ShopMarker {

  /**
   * The outputs; {@link #release()} when written.
   *
   * @param marks {@code brand_mark} rows with working columns (select {@link LeadRules#markColumns})
   * @param leads tonight's leads (columns {@link LeadCandidates#LEAD_COLUMNS})
   * @param persisted the persisted frame of marked shops
   */
  public record Marking(Dataset<Row> marks, Dataset<Row> leads, Dataset<Row> persisted) {
    public void release() {
      persisted.unpersist();
    }
  }

  /** Brand list column of other spellings. */
  private static final String ALIASES = "aliases";
  /** Shop status column ({@code open}, {@code closed}). */
  private static final String SHOP_STATUS = "status";

  private final MarkConfig config;

  public ShopMarker(MarkConfig config) {
    this.config = config;
  }

  /** The matcher over every brand name and alias of the (small) brand list, built on the driver. */
  public static BrandMatcher matcher(Dataset<Row> brands) {
    List<BrandMatcher.Spelling> spellings = new ArrayList<>();
    for (Row r : brands.select(MarkColumns.BRAND_ID, MarkRelations.BRAND_NAME, ALIASES).collectAsList()) {
      String id = r.getString(0);
      spellings.add(new BrandMatcher.Spelling(id, r.getString(1)));
      List<String> aliases = r.isNullAt(2) ? List.of() : r.getList(2);
      aliases.forEach(a -> spellings.add(new BrandMatcher.Spelling(id, a)));
    }
    return BrandMatcher.of(spellings);
  }

  public Marking mark(Dataset<Row> shops, Dataset<Row> brands, Dataset<Row> links, Dataset<Row> entities, LocalDate runDate) {
    SparkSession spark = shops.sparkSession();
    // The matcher's key table travels once per executor; each builds its automaton once (BrandMatcher).
    Broadcast<BrandMatcher> matcher = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(matcher(brands));
    Dataset<Row> shopSide = shops.select(col(MarkColumns.PLATFORM), col(MarkColumns.SHOP_ID), col(MarkColumns.SHOP_NAME),
        col(MarkColumns.SHOP_TYPE), col(MarkColumns.MAIN_CATEGORY), col(DomainColumns.SHOP_NAME_NORM).as(MarkColumns.SHOP_NAME_NORM),
        col(BrandMentions.NAME_CORE), col(DomainColumns.CLAIM_WORDS).as(MarkColumns.CLAIM_WORDS),
        col(DomainColumns.DESCRIPTIVE_WORDS).as(MarkColumns.DESCRIPTIVE_WORDS),
        col(DomainColumns.ADDRESS_DIVISION_CODE).as(MarkColumns.SHOP_DIVISION), col(SHOP_STATUS).as(MarkColumns.SHOP_STATUS));
    Dataset<Row> linkSide = links.select(col(LinkColumns.PLATFORM), col(LinkColumns.SHOP_ID), col(LinkColumns.USCC).as(MarkColumns.USCC),
        col(LinkColumns.SIGNALS).as(MarkColumns.SIGNALS), col(LinkColumns.CANDIDATE_USCC).as(MarkColumns.CANDIDATE));
    // Shuffle (1): shops ⋈ links by (platform, shop_id); left, so a shop resolution has not seen yet is 'unknown'.
    Dataset<Row> joined = shopSide.join(linkSide, new String[] {MarkColumns.PLATFORM, MarkColumns.SHOP_ID}, "left");
    Column signals = array(config.signalLeads().keySet().stream().map(s -> lit(s)).toArray(Column[]::new)).cast("array<string>");
    Column leadSignal = coalesce(arrays_overlap(col(MarkColumns.SIGNALS), signals), lit(false));
    Dataset<Row> marked = new BrandMentions(matcher, config).withMentions(joined)
        .filter(BrandMentions.mentionsAny().or(leadSignal))
        .persist(StorageLevel.MEMORY_AND_DISK());

    Dataset<Row> marks = new LeadRules(config).apply(new MarkRelations(config).apply(BrandMentions.explodeMentions(marked), brands), runDate);
    Dataset<Row> leads = new LeadCandidates(config).tonight(marks, marked, entities);
    return new Marking(marks, leads, marked);
  }
}
