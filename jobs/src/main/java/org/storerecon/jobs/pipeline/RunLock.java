package org.storerecon.jobs.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.storerecon.jobs.error.Errors;

/**
 * One writer at a time per warehouse: a lock file {@code <warehouse>/_storerecon/run.lock},
 * created atomically (create without overwrite: atomic on local file systems and HDFS; on object
 * stores only where the connector supports conditional create, for example S3A with conditional
 * writes). Delta's own conflict detection still guards every commit; the lock makes a second run
 * fail at its start, before it reads or writes a table, instead of in the middle of a stage.
 *
 * <p>The holder touches the file every {@code heartbeat} so that a lock left behind by a killed
 * run can be told from a live one: a lock is stale when its holder ran on this host and its
 * process is gone, or when its file was not touched for {@code timeout}. A stale lock is taken
 * over (and the takeover is reported). The file holds the holder's run id, host, pid and start.
 */
public final class RunLock implements AutoCloseable {

  /** Folder of storerecon's own files in the warehouse (not a table: Spark skips names starting with {@code _}). */
  public static final String STATE_FOLDER = "_storerecon";
  private static final String FILE = "run.lock";
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RunLock.class);

  private final FileSystem fs;
  private final Path path;
  private final ScheduledExecutorService heartbeat;
  private final Optional<String> takenOver;

  private RunLock(FileSystem fs, Path path, ScheduledExecutorService heartbeat, Optional<String> takenOver) {
    this.fs = fs;
    this.path = path;
    this.heartbeat = heartbeat;
    this.takenOver = takenOver;
  }

  /**
   * Takes the lock of the warehouse at {@code root} for {@code holder}, or fails with
   * {@link Errors#warehouseLocked} when a live run holds it.
   */
  public static RunLock acquire(String root, String holder, Configuration hadoop, Duration heartbeatEvery, Duration timeout) {
    Path path = new Path(root + "/" + STATE_FOLDER + "/" + FILE);
    try {
      FileSystem fs = path.getFileSystem(hadoop);
      Optional<String> takenOver = Optional.empty();
      if (!tryCreate(fs, path, holder)) {
        String content = read(fs, path);
        if (!stale(fs, path, content, timeout)) {
          throw Errors.warehouseLocked(root, content);
        }
        // Delete and create again: of two runs taking over the same stale lock, one create fails.
        fs.delete(path, false);
        if (!tryCreate(fs, path, holder)) {
          throw Errors.warehouseLocked(root, read(fs, path));
        }
        takenOver = Optional.of(content);
      }
      ScheduledExecutorService beat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "storerecon-run-lock-heartbeat");
        t.setDaemon(true);
        return t;
      });
      long every = heartbeatEvery.toMillis();
      beat.scheduleAtFixedRate(() -> touch(fs, path), every, every, TimeUnit.MILLISECONDS);
      return new RunLock(fs, path, beat, takenOver);
    } catch (IOException e) {
      throw Errors.cannotWrite("the run lock", path.toString(), e);
    }
  }

  /** The content of the stale lock this run took over, if it took one over. */
  public Optional<String> takenOver() {
    return takenOver;
  }

  /** This process's identity as written to the lock: {@code host pid}. */
  static String processIdentity() {
    return host() + " " + ProcessHandle.current().pid();
  }

  @Override
  public void close() {
    heartbeat.shutdownNow();
    try {
      fs.delete(path, false);
    } catch (IOException e) {
      throw Errors.cannotWrite("the run lock (delete it by hand)", path.toString(), e);
    }
  }

  private static boolean tryCreate(FileSystem fs, Path path, String holder) throws IOException {
    String content = "run_id=" + holder + "\nholder=" + processIdentity() + "\nstarted_at=" + Instant.now() + "\n";
    try (OutputStream out = fs.create(path, false)) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
      return true;
    } catch (FileAlreadyExistsException e) {
      return false;
    } catch (IOException e) {
      // Some file systems report an existing file as a plain IOException.
      if (fs.exists(path)) {
        return false;
      }
      throw e;
    }
  }

  private static boolean stale(FileSystem fs, Path path, String content, Duration timeout) throws IOException {
    Optional<String[]> holder = content.lines().filter(l -> l.startsWith("holder=")).findFirst()
        .map(l -> l.substring("holder=".length()).split(" "));
    if (holder.isPresent() && holder.get().length == 2 && holder.get()[0].equals(host())) {
      try {
        long pid = Long.parseLong(holder.get()[1]);
        return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
      } catch (NumberFormatException e) {
        return untouchedFor(fs, path, timeout);
      }
    }
    return untouchedFor(fs, path, timeout);
  }

  private static boolean untouchedFor(FileSystem fs, Path path, Duration timeout) throws IOException {
    if (!fs.exists(path)) {
      return true;
    }
    FileStatus status = fs.getFileStatus(path);
    return Instant.ofEpochMilli(status.getModificationTime()).plus(timeout).isBefore(Instant.now());
  }

  private static void touch(FileSystem fs, Path path) {
    try {
      fs.setTimes(path, System.currentTimeMillis(), -1);
    } catch (IOException e) {
      // A missed heartbeat only makes the lock look older; the next one retries.
      LOG.warn("Cannot touch the run lock {}: {}", path, e.toString());
    }
  }

  private static String read(FileSystem fs, Path path) throws IOException {
    try (InputStream in = fs.open(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.FileNotFoundException e) {
      return "(released meanwhile)";
    }
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return ManagementFactory.getRuntimeMXBean().getName();
    }
  }
}
