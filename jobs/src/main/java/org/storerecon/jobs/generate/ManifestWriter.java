package org.storerecon.jobs.generate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

/** Writes the manifest as indented JSON with snake_case keys and ISO dates. */
final class ManifestWriter {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .registerModule(new SimpleModule().addSerializer(LocalDate.class, ToStringSerializer.instance))
      .enable(SerializationFeature.INDENT_OUTPUT);

  private ManifestWriter() {}

  static String json(GenerationManifest manifest) {
    try {
      return MAPPER.writeValueAsString(manifest);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot serialise the generator manifest", e);
    }
  }

  static void write(GenerationManifest manifest, Path target) {
    PartConcatenator.writeSmall(target, (json(manifest) + "\n").getBytes(StandardCharsets.UTF_8));
  }
}
