package org.storerecon.jobs.generate;

import java.io.Serializable;
import java.util.List;
import org.storerecon.common.contract.Contract;

/**
 * One protected brand with its rights holders.
 *
 * @param id stable id (B0001)
 * @param name the brand as listed
 * @param aliases other spellings (pinyin, traditional, Latin)
 * @param tier contract tier code (well_known, time_honored, provincial, registered)
 * @param niceClasses Nice classes the mark is registered in, ascending
 * @param category index of the main category the brand sells in
 * @param owner entity index of the rights holder
 * @param licensees entity indices of authorised licensees
 * @param trapWords longer Latin words that contain the brand but do not use it (PHONE for ONE)
 */
record Brand(String id, String name, List<String> aliases, String tier, List<Integer> niceClasses, int category,
    long owner, List<Long> licensees, List<String> trapWords) implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String WELL_KNOWN = "well_known";
  static final String TIME_HONORED = "time_honored";

  Brand {
    aliases = List.copyOf(aliases);
    niceClasses = List.copyOf(niceClasses);
    licensees = List.copyOf(licensees);
    trapWords = List.copyOf(trapWords);
  }

  /** Whether the name is Latin letters only (LV, GUCCI). */
  boolean latin() {
    return name.chars().allMatch(c -> c < 0x80);
  }

  /** The brands.csv record, in contract column order. */
  List<String> csvFields(String ownerCode, String ownerName, List<String> licenseeCodes) {
    return List.of(id, name, String.join(Contract.LIST_SEPARATOR, aliases), tier,
        String.join(Contract.LIST_SEPARATOR, niceClasses.stream().map(String::valueOf).toList()),
        ownerCode, ownerName, String.join(Contract.LIST_SEPARATOR, licenseeCodes));
  }
}
