package org.storerecon.jobs.generate;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Renders the faulty records of a {@link DirtyPlan} as raw bytes. Each record except duplicates
 * carries a marker {@code DIRTY-nnnn} in shop_name, its needle: the marker occurs in no other
 * record. A duplicate's needle is its shop_id, which it shares with the earlier record it copies
 * (the copy is the one ingestion must quarantine).
 */
final class DirtyRecords {

  private static final String MARKER_FORMAT = "DIRTY-%04d ";
  /** Bytes that are not valid UTF-8 (a lone continuation byte and an invalid lead byte). */
  private static final byte[] INVALID_UTF8 = {(byte) 0x80, (byte) 0xFF};
  /** Text of shop_name after the invalid bytes, so they sit inside the name. */
  private static final String NAME_AFTER_INVALID = "店";
  private static final String QUOTED_NAME_TAIL = ",\"精选\"好物\n第二行";
  private static final String QUOTED_ADDRESS_TAIL = ",2幢\n301室";
  private static final List<String> EXTRA_VALUES = List.of("extra", "column");
  /** Optional columns a reduced duplicate blanks, first filled one wins. */
  private static final int[] REDUCIBLE = {ShopColumns.PHONE, ShopColumns.ADDRESS, ShopColumns.LEGAL_REP,
      ShopColumns.MAIN_CATEGORY, ShopColumns.SHOP_TYPE, ShopColumns.OPENED_ON};

  private DirtyRecords() {}

  /**
   * One rendered faulty record.
   *
   * @param bytes the raw record with its terminator
   * @param needle text that finds the record
   * @param shop for tolerated faults, the shop the record must parse to (it gets labels)
   */
  record Rendered(byte[] bytes, String needle, Optional<SyntheticShop> shop) {}

  static String marker(int ordinal) {
    return String.format(MARKER_FORMAT, ordinal);
  }

  /** The needle of a planned record, as dirty_rows.csv lists it. */
  static String needle(DirtyPlan.Planned p, Codes codes) {
    return p.fault().duplicate() ? codes.shopId(p.source()) : marker(p.ordinal()).trim();
  }

  static Rendered render(DirtyPlan.Planned p, ShopFactory shops, GeneratorSettings.Dirty d, String terminator,
      Counters counters) {
    DirtyFault fault = p.fault();
    // Tolerated records are shops like any other and are counted; quarantined ones are not.
    SyntheticShop base = shops.shop(p.source(), fault == DirtyFault.QUOTED_FIELDS ? counters : new Counters());
    List<String> f = new ArrayList<>(base.fields());
    String needle = needle(p, shops.codes());
    String marked = marker(p.ordinal()) + f.get(ShopColumns.SHOP_NAME);
    switch (fault) {
      case QUOTED_FIELDS -> {
        f.set(ShopColumns.SHOP_NAME, marked + QUOTED_NAME_TAIL);
        f.set(ShopColumns.ADDRESS, f.get(ShopColumns.ADDRESS) + QUOTED_ADDRESS_TAIL);
        SyntheticShop parsed = new SyntheticShop(f, base.labelKey(), base.identityShown(), base.brandLabel());
        return new Rendered(utf8(CsvRecords.line(f, terminator)), needle, Optional.of(parsed));
      }
      case EMPTY_KEY -> {
        f.set(ShopColumns.SHOP_NAME, marked);
        f.set(ShopColumns.SHOP_ID, "");
      }
      case DUPLICATE_EXACT -> { }
      case DUPLICATE_REDUCED -> {
        for (int column : REDUCIBLE) {
          if (!f.get(column).isEmpty()) {
            f.set(column, "");
            break;
          }
        }
      }
      case EXTRA_COLUMNS -> {
        f.set(ShopColumns.SHOP_NAME, marked);
        f.addAll(EXTRA_VALUES);
      }
      case INVALID_UTF8 -> {
        return new Rendered(invalidUtf8(f, marked, terminator), needle, Optional.empty());
      }
      case BAD_DATE -> {
        f.set(ShopColumns.SHOP_NAME, marked);
        f.set(ShopColumns.OPENED_ON, d.badDates().get(p.variant() % d.badDates().size()));
      }
      case FIELD_TOO_LONG -> f.set(ShopColumns.SHOP_NAME,
          padded(marker(p.ordinal()), base.fields().get(ShopColumns.SHOP_NAME), d.fieldTooLongLength()));
      case BAD_ENUM -> {
        f.set(ShopColumns.SHOP_NAME, marked);
        if (p.variant() % 2 == 0) {
          f.set(ShopColumns.SHOP_TYPE, d.badShopType());
        } else {
          f.set(ShopColumns.STATUS, d.badStatus());
        }
      }
      case BROKEN_QUOTE -> {
        return new Rendered(brokenQuote(f, marked, terminator), needle, Optional.empty());
      }
      case BOM, CRLF -> throw new IllegalArgumentException("File-level fault " + fault + " has no record");
    }
    return new Rendered(utf8(CsvRecords.line(f, terminator)), needle, Optional.empty());
  }

  /** The record with invalid bytes right after the marker in shop_name. */
  private static byte[] invalidUtf8(List<String> f, String marked, String terminator) {
    StringBuilder before = new StringBuilder();
    for (int i = 0; i < ShopColumns.SHOP_NAME; i++) {
      CsvRecords.appendField(before, f.get(i));
      before.append(',');
    }
    before.append(marked);
    List<String> rest = new ArrayList<>(f.subList(ShopColumns.SHOP_NAME + 1, f.size()));
    String after = NAME_AFTER_INVALID + "," + CsvRecords.line(rest, terminator);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(utf8(before.toString()));
    out.writeBytes(INVALID_UTF8);
    out.writeBytes(utf8(after));
    return out.toByteArray();
  }

  /** The record with shop_name opened by a quote that is never closed. */
  private static byte[] brokenQuote(List<String> f, String marked, String terminator) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < ShopColumns.SHOP_NAME; i++) {
      CsvRecords.appendField(sb, f.get(i));
      sb.append(',');
    }
    sb.append('"').append(marked);
    for (int i = ShopColumns.SHOP_NAME + 1; i < f.size(); i++) {
      sb.append(',').append(f.get(i).replace("\"", ""));
    }
    return utf8(sb.append(terminator).toString());
  }

  /** The marker followed by the shop name repeated up to {@code length} characters. */
  private static String padded(String marker, String name, int length) {
    StringBuilder sb = new StringBuilder(marker);
    String filler = name.isEmpty() ? NAME_AFTER_INVALID : name;
    while (sb.length() < length) {
      sb.append(filler);
    }
    sb.setLength(length);
    return sb.toString();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
