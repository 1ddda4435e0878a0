package org.storerecon.jobs.mark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.storerecon.common.brand.BrandMatcher;
import org.storerecon.common.brand.MatchForm;
import org.storerecon.jobs.config.MarkConfig;

/**
 * Finds protected brands in shops (pure, narrow: no shuffle). The {@link BrandMatcher} is built once
 * on the driver and broadcast; each executor builds its automaton once and scans every shop name and
 * licence 字号 ({@code name_core}: where a brand is used as the trade name of the licence) in one
 * pass each.
 *
 * <p>One mention per shop and brand: the shop-name match if there is one (its text is
 * {@code matched_text}), with {@code matched_in} listing every place found. A brand inside a longer
 * brand's match or inside the shop's own licence 字号 is no mention (a part of another word); a brand
 * that is the whole 字号 is flagged {@code own_trade_name}: the operator shows the name it is
 * registered under. In the licence only such whole-字号 uses count. A mention whose key is
 * short (Latin up to {@code short-latin-length}, Chinese up to {@code short-chinese-length}
 * characters) or generic ({@code generic-names}) is flagged weak; {@link MarkRelations} keeps it only
 * with extra evidence.
 */
public final class BrandMentions {

  static final StructType MENTION = new StructType()
      .add(MarkColumns.BRAND_ID, DataTypes.StringType)
      .add(MarkColumns.MATCHED_TEXT, DataTypes.StringType)
      .add(MarkColumns.MATCHED_IN, DataTypes.createArrayType(DataTypes.StringType))
      .add(MarkColumns.OBFUSCATED, DataTypes.BooleanType)
      .add(MarkColumns.OWN_TRADE_NAME, DataTypes.BooleanType)
      .add(MarkColumns.WEAK, DataTypes.BooleanType);

  /** Shop columns read. */
  static final String SHOP_NAME = MarkColumns.SHOP_NAME;
  static final String NAME_CORE = "name_core";

  private final UserDefinedFunction find;

  public BrandMentions(Broadcast<BrandMatcher> matcher, MarkConfig config) {
    Set<String> generic = config.genericNames().stream().map(MatchForm::key).collect(Collectors.toSet());
    int shortLatin = config.shortLatinLength();
    int shortChinese = config.shortChineseLength();
    this.find = functions.udf((UDF2<String, String, Row[]>) (shopName, core) -> {
      BrandMatcher m = matcher.value();
      Map<String, Found> found = new LinkedHashMap<>();
      for (BrandMatcher.Mention mention : m.find(shopName, core)) {
        found.put(mention.brandId(), new Found(mention, new ArrayList<>(List.of(MarkColumns.IN_SHOP_NAME))));
      }
      for (BrandMatcher.Mention mention : m.find(core, core)) {
        // In the licence, only a brand that is the whole 字号 is a use of it as a trade name.
        if (mention.ownWord()) {
          found.computeIfAbsent(mention.brandId(), b -> new Found(mention, new ArrayList<>())).places().add(MarkColumns.IN_LICENSE_NAME);
        }
      }
      Row[] rows = new Row[found.size()];
      int i = 0;
      for (Found f : found.values()) {
        BrandMatcher.Mention mention = f.mention();
        String key = mention.key();
        boolean weak = generic.contains(key) || key.length() <= (mention.latin() ? shortLatin : shortChinese);
        boolean own = mention.ownWord() || f.places().contains(MarkColumns.IN_LICENSE_NAME);
        rows[i++] = RowFactory.create(mention.brandId(), mention.matchedText(), f.places().toArray(String[]::new), !mention.asListed(), own,
            weak);
      }
      return rows;
    }, DataTypes.createArrayType(MENTION));
  }

  private record Found(BrandMatcher.Mention mention, List<String> places) {}

  /** Adds {@link MarkColumns#MENTIONS}: the brands each shop mentions (empty array when none). */
  public Dataset<Row> withMentions(Dataset<Row> shops) {
    return shops.withColumn(MarkColumns.MENTIONS, find.apply(col(SHOP_NAME), col(NAME_CORE)));
  }

  /** Whether a shop mentions any brand. */
  static Column mentionsAny() {
    return functions.size(col(MarkColumns.MENTIONS)).gt(0);
  }

  /** One row per shop and brand mentioned, with the mention's columns; shops without mentions drop out. */
  public static Dataset<Row> explodeMentions(Dataset<Row> withMentions) {
    Dataset<Row> exploded = withMentions.filter(mentionsAny()).withColumn(MarkColumns.MENTION, explode(col(MarkColumns.MENTIONS)))
        .drop(MarkColumns.MENTIONS);
    List<Column> select = new ArrayList<>();
    for (String c : exploded.columns()) {
      if (!c.equals(MarkColumns.MENTION)) {
        select.add(col(c));
      }
    }
    for (String field : MENTION.fieldNames()) {
      select.add(col(MarkColumns.MENTION).getField(field).as(field));
    }
    return exploded.select(select.toArray(Column[]::new));
  }
}
