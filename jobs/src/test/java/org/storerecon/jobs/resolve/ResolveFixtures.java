package org.storerecon.jobs.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.storerecon.common.code.LegacyRegNo;
import org.storerecon.common.code.Uscc;
import org.storerecon.jobs.normalize.NormalizeRecords;

/**
 * Hand-made canonical shops and entities for resolve tests: rows as ingestion would write them,
 * normalised by {@link NormalizeRecords}. Filler entities and shops (distinct 字号, spread over
 * cities) give the random-pair sample something realistic to estimate u from.
 */
final class ResolveFixtures {

  static final StructType SHOPS = new StructType()
      .add("platform", DataTypes.StringType).add("shop_id", DataTypes.StringType).add("shop_name", DataTypes.StringType)
      .add("shop_type", DataTypes.StringType).add("license_name", DataTypes.StringType).add("license_code", DataTypes.StringType)
      .add("legal_rep", DataTypes.StringType).add("phone", DataTypes.StringType).add("address", DataTypes.StringType)
      .add("status", DataTypes.StringType);

  static final StructType ENTITIES = new StructType()
      .add("uscc", DataTypes.StringType).add("reg_no", DataTypes.StringType).add("name", DataTypes.StringType)
      .add("former_names", DataTypes.createArrayType(DataTypes.StringType)).add("entity_type", DataTypes.StringType)
      .add("legal_rep", DataTypes.StringType).add("address", DataTypes.StringType).add("division_code", DataTypes.StringType)
      .add("status", DataTypes.StringType).add("phone", DataTypes.StringType);

  /** Distinct 字号 for filler rows. */
  private static final String[] FILLER_CORES = {"蓝鲸", "松果", "白桦", "青柠", "赤兔", "云杉", "银杏", "紫藤", "石榴", "海棠",
      "木棉", "翠竹", "芦苇", "红杉", "金橘", "雪松", "苍鹰", "玉兰", "丹霞", "星河", "琥珀", "珊瑚", "麒麟", "凤梧", "龙泉"};
  private static final String[][] FILLER_CITIES = {{"杭州", "330106"}, {"苏州", "320505"}, {"深圳", "440305"}, {"上海", "310101"}};
  private static final String[] FILLER_PEOPLE = {"赵", "钱", "孙", "李", "周", "吴", "郑", "王"};

  private final SparkSession spark;
  private final List<Row> shops = new ArrayList<>();
  private final List<Row> entities = new ArrayList<>();

  ResolveFixtures(SparkSession spark) {
    this.spark = spark;
  }

  /** A valid USCC for an enterprise in a division with an 8-character organisation body (digits and capitals). */
  static String uscc(String division, String body8) {
    String first17 = "91" + division + body8 + Uscc.organisationCheckCharacter(body8);
    return first17 + Uscc.checkCharacter(first17);
  }

  /** A valid legacy registration number. */
  static String regNo(String division, String serial8) {
    String first14 = division + serial8;
    return first14 + LegacyRegNo.checkDigit(first14);
  }

  ResolveFixtures entity(String uscc, String regNo, String name, List<String> formerNames, String type, String legalRep,
      String address, String division, String status, String phone) {
    entities.add(RowFactory.create(uscc, regNo, name, formerNames == null ? null : formerNames.toArray(String[]::new), type,
        legalRep, address, division, status, phone));
    return this;
  }

  /** An active company with just a name, a division and a legal representative. */
  ResolveFixtures company(String uscc, String name, String division, String legalRep) {
    return entity(uscc, null, name, null, "company", legalRep, null, division, "active", null);
  }

  ResolveFixtures shop(String id, String type, String licenseName, String licenseCode, String legalRep, String phone,
      String address) {
    shops.add(RowFactory.create("tmall", id, (licenseName == null ? "小店" : licenseName) + "旗舰店", type, licenseName, licenseCode,
        legalRep, phone, address, "open"));
    return this;
  }

  /**
   * Adds {@code n} filler entities and {@code n} filler shops, all distinct from the hand-made rows.
   * The filler shops are run by unregistered operators that share a filler 字号 in another city
   * (near misses, as in real data), so that random pairs hold no matches.
   */
  ResolveFixtures filler(int n) {
    for (int i = 0; i < n; i++) {
      String[] city = FILLER_CITIES[i % FILLER_CITIES.length];
      String core = FILLER_CORES[i % FILLER_CORES.length] + (i >= FILLER_CORES.length ? FILLER_CORES[(i * 7) % FILLER_CORES.length] : "");
      String name = city[0] + core + "商贸有限公司";
      String code = uscc(city[1], String.format("F%07d", i));
      String rep = FILLER_PEOPLE[i % FILLER_PEOPLE.length] + core;
      company(code, name, city[1], rep);
      String[] elsewhere = FILLER_CITIES[(i + 1) % FILLER_CITIES.length];
      shop("filler-" + i, "enterprise", i % 2 == 0 ? elsewhere[0] + core + "餐饮有限公司" : null, null, "何" + core, null, null);
    }
    return this;
  }

  Dataset<Row> shops() {
    // As ingestion does: shop codes are checked against this registry.
    return new NormalizeRecords().shops(spark.createDataFrame(shops, SHOPS), Optional.of(entities()));
  }

  Dataset<Row> entities() {
    return new NormalizeRecords().entities(spark.createDataFrame(entities, ENTITIES));
  }
}
