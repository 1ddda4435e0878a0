package org.storerecon.common.name;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A shop name split into its parts, for example {@code 张小泉刀具官方旗舰店}: core 张小泉, category
 * 刀具, suffix 官方旗舰店 (flagship), claim words 官方 and 旗舰.
 *
 * @param normalized the whole name after {@link NameNormalizer}
 * @param core the brand or core part (what remains without suffix, claim, descriptive and
 *     category words); never null, empty only when nothing remains
 * @param category the category words before the suffix, or null
 * @param suffix the store-type suffix as written, or null
 * @param storeType the store type the suffix declares, or null without suffix
 * @param claimWords words claiming a relation to the brand (官方, 旗舰, 授权, 专卖, 直营, 正品, 特许),
 *     in order, also those inside the suffix
 * @param descriptiveWords words that only describe the goods or channel (专营, 代购, 专柜, 京东自营), in order
 */
public record ShopName(
    String normalized,
    String core,
    String category,
    String suffix,
    StoreType storeType,
    List<String> claimWords,
    List<String> descriptiveWords) implements Serializable {

  public ShopName {
    Objects.requireNonNull(normalized, "normalized");
    Objects.requireNonNull(core, "core");
    claimWords = List.copyOf(claimWords);
    descriptiveWords = List.copyOf(descriptiveWords);
  }

  /** Whether the name claims a relation to the brand. */
  public boolean hasClaim() {
    return !claimWords.isEmpty();
  }
}
