package org.storerecon.jobs.cli;

import org.storerecon.jobs.config.ConfigLoader;
import picocli.CommandLine.Option;

/** Input locations that override {@code storerecon.inputs.*.path}, for the commands that read inputs. */
public final class InputOptions {

  @Option(names = "--shops", paramLabel = "PATH", description = "Shops snapshot file or folder (storerecon.inputs.shops.path).")
  String shops;

  @Option(names = "--entities", paramLabel = "PATH", description = "Registry snapshot file or folder (storerecon.inputs.entities.path).")
  String entities;

  @Option(names = "--brands", paramLabel = "PATH", description = "Protected-brand list file or folder (storerecon.inputs.brands.path).")
  String brands;

  void applyTo(ConfigLoader loader) {
    CommonOptions.override(loader, "storerecon.inputs.shops.path", shops);
    CommonOptions.override(loader, "storerecon.inputs.entities.path", entities);
    CommonOptions.override(loader, "storerecon.inputs.brands.path", brands);
  }
}
