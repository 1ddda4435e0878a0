package org.storerecon.jobs.generate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The JSON form of manifests: indented, snake_case keys, ISO dates. Writes the manifests of
 * {@code generate} and {@code evolve}, and reads them back (the settings a data set was generated
 * with travel in its manifest).
 */
final class ManifestJson {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .registerModule(new SimpleModule()
          .addSerializer(LocalDate.class, ToStringSerializer.instance)
          .addDeserializer(LocalDate.class, new IsoDate()))
      .enable(SerializationFeature.INDENT_OUTPUT);

  private ManifestJson() {}

  static String json(Object manifest) {
    try {
      return MAPPER.writeValueAsString(manifest);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot serialise the manifest " + manifest.getClass().getSimpleName(), e);
    }
  }

  static void write(Object manifest, Path target) {
    PartConcatenator.writeSmall(target, (json(manifest) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  /** The manifest at {@code file} as a JSON tree. */
  static JsonNode read(Path file) throws IOException {
    return MAPPER.readTree(file.toFile());
  }

  /** A manifest part converted back to its record (snake_case keys, ISO dates). */
  static <T> T convert(JsonNode node, Class<T> type) throws JsonProcessingException {
    return MAPPER.treeToValue(node, type);
  }

  /** Reads {@code yyyy-MM-dd} strings, as {@link ToStringSerializer} writes them. */
  private static final class IsoDate extends StdDeserializer<LocalDate> {
    private static final long serialVersionUID = 1L;

    IsoDate() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext context) throws IOException {
      return LocalDate.parse(p.getValueAsString());
    }
  }
}
