package org.storerecon.jobs.mark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.storerecon.common.code.Uscc;
import org.storerecon.jobs.config.MarkConfig;
import org.storerecon.jobs.normalize.NormalizeRecords;

/**
 * Hand-made canonical shops, brands, links and entities for mark tests: shops and entities
 * normalised by {@link NormalizeRecords} as ingestion does, links as resolution writes them.
 */
final class MarkFixtures {

  static final StructType SHOPS = new StructType()
      .add("platform", DataTypes.StringType).add("shop_id", DataTypes.StringType).add("shop_name", DataTypes.StringType)
      .add("shop_type", DataTypes.StringType).add("main_category", DataTypes.StringType).add("license_name", DataTypes.StringType)
      .add("license_code", DataTypes.StringType).add("legal_rep", DataTypes.StringType).add("phone", DataTypes.StringType)
      .add("address", DataTypes.StringType).add("status", DataTypes.StringType);

  static final StructType ENTITIES = new StructType()
      .add("uscc", DataTypes.StringType).add("reg_no", DataTypes.StringType).add("name", DataTypes.StringType)
      .add("former_names", DataTypes.createArrayType(DataTypes.StringType)).add("entity_type", DataTypes.StringType)
      .add("legal_rep", DataTypes.StringType).add("address", DataTypes.StringType).add("division_code", DataTypes.StringType)
      .add("status", DataTypes.StringType).add("phone", DataTypes.StringType);

  static final StructType BRANDS = new StructType()
      .add("brand_id", DataTypes.StringType).add("brand_name", DataTypes.StringType)
      .add("aliases", DataTypes.createArrayType(DataTypes.StringType)).add("tier", DataTypes.StringType)
      .add("nice_classes", DataTypes.createArrayType(DataTypes.StringType)).add("owner_code", DataTypes.StringType)
      .add("owner_name", DataTypes.StringType).add("licensee_codes", DataTypes.createArrayType(DataTypes.StringType));

  static final StructType LINKS = new StructType()
      .add("platform", DataTypes.StringType).add("shop_id", DataTypes.StringType).add("uscc", DataTypes.StringType)
      .add("decision", DataTypes.StringType).add("candidate_uscc", DataTypes.StringType)
      .add("signals", DataTypes.createArrayType(DataTypes.StringType));

  static final LocalDate NIGHT_1 = LocalDate.parse("2026-11-30");
  static final LocalDate NIGHT_2 = LocalDate.parse("2026-12-01");
  static final LocalDate NIGHT_3 = LocalDate.parse("2026-12-02");

  /** Hangzhou Xihu (Zhejiang), Suzhou Gusu (Jiangsu). */
  static final String HANGZHOU = "330106";
  static final String SUZHOU = "320508";

  static final String OWNER = uscc(HANGZHOU, "A0000001");
  static final String LICENSEE = uscc(HANGZHOU, "A0000002");
  static final String STRANGER = uscc(HANGZHOU, "A0000003");
  static final String ELSEWHERE = uscc(SUZHOU, "A0000004");

  private final SparkSession spark;
  private final List<Row> shops = new ArrayList<>();
  private final List<Row> entities = new ArrayList<>();
  private final List<Row> brands = new ArrayList<>();
  private final List<Row> links = new ArrayList<>();

  MarkFixtures(SparkSession spark) {
    this.spark = spark;
  }

  static String uscc(String division, String body8) {
    String first17 = "91" + division + body8 + Uscc.organisationCheckCharacter(body8);
    return first17 + Uscc.checkCharacter(first17);
  }

  /** The usual protected-brand list: a time-honoured kitchen brand, two well-known bag brands, an ordinary fashion mark. */
  MarkFixtures standardBrands() {
    brand("B-ZXQ", "张小泉", List.of("Zhang Xiaoquan"), "time_honored", List.of("8", "21"), OWNER, List.of(LICENSEE));
    brand("B-LV", "LV", List.of("路易威登", "Louis Vuitton"), "well_known", List.of("18"), uscc(HANGZHOU, "A0000005"), List.of());
    brand("B-GUCCI", "GUCCI", List.of("古驰"), "well_known", List.of("18", "25"), uscc(HANGZHOU, "A0000006"), List.of());
    brand("B-HD", "华达", List.of(), "registered", List.of("25"), uscc(HANGZHOU, "A0000007"), List.of());
    return this;
  }

  MarkFixtures brand(String id, String name, List<String> aliases, String tier, List<String> classes, String owner,
      List<String> licensees) {
    brands.add(RowFactory.create(id, name, aliases.toArray(String[]::new), tier, classes.toArray(String[]::new), owner, null,
        licensees.toArray(String[]::new)));
    return this;
  }

  /** The entities the standard shops link to. */
  MarkFixtures standardEntities() {
    entity(OWNER, "杭州张小泉集团有限公司", HANGZHOU, "active");
    entity(LICENSEE, "杭州利刃厨具有限公司", HANGZHOU, "active");
    entity(STRANGER, "杭州阿强贸易有限公司", HANGZHOU, "active");
    entity(ELSEWHERE, "苏州远方贸易有限公司", SUZHOU, "deregistered");
    return this;
  }

  MarkFixtures entity(String uscc, String name, String division, String status) {
    entities.add(RowFactory.create(uscc, null, name, null, "company", null, null, division, status, null));
    return this;
  }

  /** A shop and its link: linked to {@code uscc} (null: unlinked). */
  MarkFixtures shop(String id, String name, String category, String licenseName, String uscc, String... signals) {
    return shopAt(id, name, category, licenseName, uscc, "open", null, List.of(signals));
  }

  /** A shop with a status, an address and resolution signals, and its link. */
  MarkFixtures shopAt(String id, String name, String category, String licenseName, String uscc, String status, String address,
      List<String> signals) {
    shops.add(RowFactory.create("tmall", id, name, null, category, licenseName, null, null, null, address, status));
    links.add(RowFactory.create("tmall", id, uscc, uscc == null ? "unlinked" : "linked", uscc, signals.toArray(String[]::new)));
    return this;
  }

  /** A shop in review whose best candidate is {@code candidate}. */
  MarkFixtures reviewShop(String id, String name, String category, String candidate) {
    shops.add(RowFactory.create("tmall", id, name, null, category, null, null, null, null, null, "open"));
    links.add(RowFactory.create("tmall", id, null, "review", candidate, new String[0]));
    return this;
  }

  Dataset<Row> shops() {
    return new NormalizeRecords().shops(spark.createDataFrame(shops, SHOPS), Optional.of(entities()));
  }

  Dataset<Row> entities() {
    return new NormalizeRecords().entities(spark.createDataFrame(entities, ENTITIES));
  }

  Dataset<Row> brands() {
    return spark.createDataFrame(brands, BRANDS);
  }

  Dataset<Row> links() {
    return spark.createDataFrame(links, LINKS);
  }

  /** Runs the marking pipeline with the default configuration; the caller releases the result. */
  ShopMarker.Marking mark(LocalDate night) {
    return new ShopMarker(MarkConfig.defaults()).mark(shops(), brands(), links(), entities(), night);
  }
}
